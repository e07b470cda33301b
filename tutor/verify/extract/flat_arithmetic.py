"""The exact value of a flat computation typed in plain text: numbers (with thousands
separators and decimals) joined by + − × ÷ * / · (and `x` between spaces), with the usual
precedence. No parentheses, powers or names: anything else has no value here (None).

Readers use it to tell a writing convention from a claim before the claim is checked
("12 + 15 = 27 − 4 = 23" runs on from 27; "50 × 4 = 2 m" converts 200 cm): a reading is
taken only when this exact value says so, and the claim itself is still checked in the
worker pool like any other. Plain text work (no SymPy, no eval).
"""

from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["flat_value", "leading_number"]

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_TOKEN = re.compile(rf"\s*(?:(?P<num>{_NUMBER})|(?P<op>[-+*/×÷·−]|(?<=\s)x(?=\s)))\s*")
_OPS = {"−": "-", "×": "*", "·": "*", "x": "*", "÷": "/"}
_LEADING = re.compile(rf"\s*(?P<num>{_NUMBER})\s*(?P<rest>[-+*/×÷·−]\s*\S.*)$", re.DOTALL)
_MAX_TERMS = 12


def _number(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def flat_value(text: str) -> Fraction | None:
    """Exact value of `a op b op c ...` (see module doc), or None."""
    pos, numbers, ops = 0, list[Fraction](), list[str]()
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            return None
        if m.group("num") is not None:
            if len(numbers) != len(ops):
                return None  # two numbers in a row
            numbers.append(_number(m.group("num")))
        else:
            if len(numbers) != len(ops) + 1:
                return None  # an operator without a number before it
            ops.append(_OPS.get(m.group("op"), m.group("op")))
        pos = m.end()
    if not numbers or len(numbers) != len(ops) + 1 or len(numbers) > _MAX_TERMS:
        return None
    terms, signs = [numbers[0]], []
    for op, number in zip(ops, numbers[1:], strict=True):
        if op == "*":
            terms[-1] *= number
        elif op == "/":
            if number == 0:
                return None
            terms[-1] /= number
        else:
            signs.append(op)
            terms.append(number)
    total = terms[0]
    for sign, number in zip(signs, terms[1:], strict=True):
        total = total + number if sign == "+" else total - number
    return total


def leading_number(text: str) -> Fraction | None:
    """The number that opens a computation going on (`27 − 4` gives 27), or None."""
    m = _LEADING.match(text)
    return _number(m.group("num")) if m else None
