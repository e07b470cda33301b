"""The closed vocabulary of events the probability readers understand: a statistic
(the sum or product of the outcomes) compared with a number, or a property of a
number (even, odd, prime, a perfect square, a multiple of k), read from words."""

from __future__ import annotations

import re
from collections.abc import Callable
from math import isqrt

import sympy as sp

from tutor.reasoning.symbolic.model import Decline

# "is even", "is a multiple of #5", "is greater than #7", "is #7", "equals #7"
PROPERTY = (r"(?:is |are |be |equals? )?(?:(?:an? )?(?P<even>even)(?: number| integer)?|(?:an? )?"
            r"(?P<odd>odd)(?: number| integer)?|(?P<prime>prime|a prime"
            r"(?: number)?)|(?P<square>a perfect square|a square number)|(?P<cube>a perfect cube)"
            r"|(?:a multiple of|divisible by|evenly divisible by) #(?P<mult>\d+)|an? (?:divisor|"
            r"factor) of #(?P<div>\d+)|(?P<cmp>greater "
            r"than|more than|less than|smaller than|larger than|at least|at most|no more than"
            r"|no less than|equal to|exactly) #(?P<t>\d+)|#(?P<eq>\d+))\b")

CMP: dict[str, Callable[[int, int], bool]] = {
    "greater than": lambda v, t: v > t, "more than": lambda v, t: v > t,
    "larger than": lambda v, t: v > t, "less than": lambda v, t: v < t,
    "smaller than": lambda v, t: v < t, "at least": lambda v, t: v >= t,
    "no less than": lambda v, t: v >= t, "at most": lambda v, t: v <= t,
    "no more than": lambda v, t: v <= t, "equal to": lambda v, t: v == t,
    "exactly": lambda v, t: v == t}


def predicate(m: re.Match[str]) -> tuple[Callable[[int], bool], str]:
    """The test a PROPERTY match states, and its words for the steps."""
    g = m.groupdict()
    if g["even"]:
        return (lambda v: v % 2 == 0), "even"
    if g["odd"]:
        return (lambda v: v % 2 == 1), "odd"
    if g["prime"]:
        return (lambda v: bool(sp.isprime(v))), "prime"
    if g["square"]:
        return (lambda v: v >= 0 and isqrt(v) ** 2 == v), "a perfect square"
    if g["cube"]:
        return (lambda v: bool(sp.integer_nthroot(abs(v), 3)[1])), "a perfect cube"
    if g["mult"]:
        k = int(g["mult"])
        if k < 1:
            raise Decline("a multiple of zero")
        return (lambda v: v % k == 0), f"a multiple of {k}"
    if g["div"]:
        n = int(g["div"])
        if n < 1:
            raise Decline("divisors of a positive integer")
        return (lambda v: v >= 1 and n % v == 0), f"a divisor of {n}"
    if g["cmp"]:
        t, test = int(g["t"]), CMP[g["cmp"]]
        return (lambda v: test(v, t)), f"{g['cmp']} {t}"
    t = int(g["eq"])
    return (lambda v: v == t), f"{t}"


__all__ = ["CMP", "PROPERTY", "predicate"]
