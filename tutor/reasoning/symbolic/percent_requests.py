"""A probability asked as a percent ("..., expressed as a percent?", "Express your answer as
a percent."): the question is solved without the request and its exact probability p
written as 100p percent.

Most readers accept a problem only when they know every word, so the request made them
decline probabilities they solve exactly. `split_off` takes the request off (a whole
closing sentence, or the words right before the question mark) only when the problem asks
for a probability; `as_percent` writes p (a fraction from 0 to 1) as 100p when that is a
whole number or a terminating decimal, confirmed by reading the written percent back with
Python's `decimal` and dividing by 100. A repeating percent, or a request to round it, is
declined: the readers answer exactly, and the rounding of a percent is its own question.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step

_ASKED = re.compile(r"\bwhat is the (?:probability|chance)\b", re.IGNORECASE)
_CLOSING = re.compile(r"(?:^|(?<=[.?!)]))\s*\(?\s*(?:express|give|write|state) (?:your|the) "
                      r"(?:answer|result|probability) as a percent(?:age)?\s*\.?\s*\)?\s*\.?\s*$",
                      re.IGNORECASE)
_INLINE = re.compile(r",? (?:expressed|written|given) as a percent(?:age)?(?=\s*\?\s*$)",
                     re.IGNORECASE)


def split_off(text: str) -> str | None:
    """The text without its request for a percent, or None when it has none (or it does not
    ask for a probability)."""
    m = _CLOSING.search(text) or _INLINE.search(text)
    if m is None:
        return None
    rest = (text[:m.start()] + text[m.end():]).strip()
    if not _ASKED.search(rest) or re.search(r"percent|round|nearest|decimal", rest[-120:],
                                           re.IGNORECASE):
        return None
    return rest


def terminating(q: Fraction) -> str | None:
    """q written as a decimal ("62.5", "0.008", "7"), or None when its decimal does not end."""
    den = q.denominator
    for f in (2, 5):
        while den % f == 0:
            den //= f
    if den != 1:
        return None
    sign, q = ("-" if q < 0 else ""), abs(q)
    places = 0
    while (q * 10 ** places).denominator != 1:
        places += 1
    whole = q.numerator * 10 ** places // q.denominator
    if places == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole // 10 ** places}.{str(whole % 10 ** places).zfill(places)}"


def _written(p: Fraction) -> str:
    """100p written out, or Decline when its decimal does not end."""
    shown = terminating(p * 100)
    if shown is None:
        raise Decline("a percent whose decimal does not end")
    return shown


def as_percent(value: sp.Basic | str, steps: list[Step]) -> tuple[str, list[Step]]:
    """The probability `value` as a percent, with the step that converts it."""
    if not isinstance(value, sp.Rational) or not 0 <= value <= 1:
        raise Decline("a probability to write as a percent")
    p = Fraction(int(value.p), int(value.q))
    shown = _written(p)
    confirm.check(Fraction(Decimal(shown)) / 100 == p,
                  "the percent read back, divided by 100, is the probability")
    claim = f"{latex(value)} \\cdot 100\\% = {shown}\\%"
    return f"{shown}\\%", [*steps, step("write it as a percent", "A probability p is "
                                        "100p percent.", f"${claim}$", claim)]


__all__ = ["as_percent", "split_off", "terminating"]
