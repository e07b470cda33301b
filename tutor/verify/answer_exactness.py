"""A written decimal is exactly the number it writes.

math-verify compares a decimal with another number after rounding both to six places,
so `0.142857` matched `1/7` and `3.141593` matched `\\pi`. An exact grader takes a
decimal at its word: it equals the other answer only when the values are the same
(`0.375` and `3/8`); a decimal that merely rounds the reference is right at the
writer's precision, which `answers.equivalent(..., approximate=True)` accepts.

Decides only a pair that math-verify matched, and only against it when certain: one
answer is a plain decimal and the other an exact number (no decimal of its own) whose
value differs from it by more than rounding noise at 50 digits; or both are plain
decimals of different values.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.answer_forms import core

_DECIMAL = re.compile(r"^-?(?:\d+\.\d+|\.\d+)$")
_NAME_IS = re.compile(r"^[a-zA-Z]\s*=\s*")
_BOXED = re.compile(r"^\\boxed\s*\{(?P<body>.*)\}$", re.DOTALL)
_CUT_OFF = re.compile(r"(?:\.\.|…|\\[lc]?dots)\W*$")
_NOISE = sympy.Rational(1, 10**40)


def written_decimal(answer: str) -> sympy.Rational | None:
    """The exact value of an answer written as a plain decimal (`0.25`, `x = .5`)."""
    if _CUT_OFF.search(answer):  # `0.6666...`: a repeating or cut-off decimal, not this one
        return None
    text = core(answer)
    m = _BOXED.match(text)
    if m:
        text = core(m.group("body"))
    text = _NAME_IS.sub("", text).replace(" ", "")
    if not _DECIMAL.match(text):
        return None
    return sympy.Rational(text)


def _exact_number(parsed: object) -> sympy.Expr | None:
    """The value math-verify read, when it is a number written without decimals."""
    value = parsed[0] if isinstance(parsed, list) and parsed else None
    if not isinstance(value, sympy.Expr) or not value.is_number or value.atoms(sympy.Float):
        return None
    return value


def only_rounded(gold: str, pred: str, gold_parsed: object, pred_parsed: object) -> bool:
    """True when a pair math-verify matched differs in value: a written decimal against
    an exact number (or another decimal) it only rounds."""
    ours, theirs = written_decimal(gold), written_decimal(pred)
    if ours is None and theirs is None:
        return False
    if ours is not None and theirs is not None:
        return bool(ours != theirs)
    decimal = ours if ours is not None else theirs
    other = _exact_number(pred_parsed if ours is not None else gold_parsed)
    if other is None or decimal is None:
        return False
    try:
        gap = sympy.N(other - decimal, 50)
        return bool(gap.is_number and gap.is_real and abs(gap) > _NOISE)
    except (TypeError, ValueError, ArithmeticError):
        return False
