"""The count of the positive divisors two numbers have in common (the divisors of their
gcd)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.readers import all_slots, whole
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def common_divisors(s: Split, m: re.Match[str]) -> Result:
    """How many positive integers divide both a and b: the divisors of their gcd."""
    all_slots(s, m)
    a, b = whole(s, m.group(1)), whole(s, m.group(2))
    if not 1 <= a <= 10**12 or not 1 <= b <= 10**12:
        raise Decline("positive integers")
    g = int(sp.gcd(a, b))
    f = sorted(sp.factorint(g).items())
    first = _one("the greatest common divisor", "A common divisor of both is a divisor of the "
                 "gcd.", f"{a} = {g} \\cdot {a // g}, \\quad {b} = {g} \\cdot {b // g}")
    if g == 1:
        return sp.S.One, [first]
    fac = " \\cdot ".join(f"{p}^{{{k}}}" if k > 1 else str(p) for p, k in f)
    prod = " \\cdot ".join(f"({k} + 1)" for _, k in f)
    v = int(sp.divisor_count(g))
    return sp.Integer(v), [first, _one("count the divisors of the gcd", "Each exponent can be "
                                       "chosen from 0 up to its value.",
                                       f"{g} = {fac}, \\quad {prod} = {v}")]


TEMPLATES: list[tuple[str, Handler]] = [
    (r"how many positive divisors do " + M + r" and " + M + r" have in common" + END,
     common_divisors),
]


__all__ = ["TEMPLATES"]
