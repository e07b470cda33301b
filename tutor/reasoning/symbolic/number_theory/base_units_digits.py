"""The units digit of a number written in another base: "What is the units digit of
$123 \\cdot 57$ when written in base 8?", "the last digit of the base-5 representation of
$2024$", "When 2024 is written in base 6, what is its last digit?".

The number is a whole-number expression. Its units digit in base b is its remainder on
division by b; it is found that way, and again as the last digit of the number written out
in base b (`integers.to_base`). Bases 2 to 10 only (a digit above 9 would be a letter).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.integers import integer, to_base
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_DIGIT = r"(?:units|ones|last|rightmost|final) digit"
_BASE = r"base-? ?@(?P<b>\d+)@"
_ASKS = [
    re.compile(r"^(?:what is |find |determine )?the " + _DIGIT + r" of (?P<e>@\d+@),? (?:(?:when "
               r"(?:it is )?|if (?:it is )?|)(?:written|expressed|represented) )?in " + _BASE
               + r"$"),
    # the writing told first: "When 2024 is written in base 6, what is its units digit?"
    re.compile(r"^when (?P<e>@\d+@) is (?:written|expressed|represented|converted) (?:in|to|into) "
               + _BASE + r"(?: (?:number|numeral|representation))?,? (?:what is |find |determine )?"
               r"(?:its|the) " + _DIGIT + r"$"),
    re.compile(r"^(?:what is |find |determine )?the " + _DIGIT + r" (?:in|of) the " + _BASE
               + r" (?:representation|expansion|form) of (?P<e>@\d+@)$"),
]


def read(split: Split, template: str) -> Result | None:
    if "digit" not in template or "base" not in template:
        return None
    body = re.sub(r"\s+", " ", template.strip().rstrip(" .?"))
    for pattern in _ASKS:
        m = pattern.match(body)
        if m is None:
            continue
        src = split.maths[int(m.group("e")[1:-1])]
        return _units(integer(src), latex(parse_latex(src)),
                      integer(split.maths[int(m.group("b"))]))
    return None


def _units(value: int, shown: str, base: int) -> Result:
    if value < 0 or not 2 <= base <= 10:
        raise Decline("a whole number in a base from 2 to 10")
    if value.bit_length() > 4000:
        raise Decline("a number of modest size")
    digit = value % base
    written, _ = to_base(value, base)
    confirm.check(int(written[-1]) == digit, "the last digit of the number written out in "
                  f"base {base} is the same")
    q = value // base
    claim = f"{value} = {base} \\cdot {q} + {digit}"
    first = [step("the number", "Work out the number in base ten.", f"${shown} = {value}$",
                  f"{shown} = {value}")] if shown.strip() != str(value) else []
    return sp.Integer(digit), [
        *first,
        step("divide by the base", f"The units digit in base {base} is the remainder on "
             f"division by {base}.", f"${claim}$, so the units digit is ${digit}$.", claim)]


__all__ = ["read"]
