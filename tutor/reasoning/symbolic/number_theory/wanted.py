"""What the integer-condition readers search for: a range, an order and a list of conditions
(`Wanted`), each condition a plain test of one integer, and the bounds a phrase sets.
`integer_conditions.read_wanted` builds one from the words of a question."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integer_properties, value_conditions

SPAN = 1_000_000
FACTOR_LIMIT = 10**12
TRIAL_LIMIT = 10**12  # trial division up to 10^6 per number: a fraction of a second

@dataclass
class Wanted:
    """What is searched for: a range, an order and the conditions (as (kind, a, b))."""

    largest: bool
    lo: int | None = None
    hi: int | None = None
    conditions: list[tuple[str, int, int]] = field(default_factory=list)
    between: tuple[int, int] | None = None  # ends included or not: both readings are tried
    values: list[value_conditions.ValueCondition] = field(default_factory=list)  # of f(n)
    claims: list[tuple[str, str]] = field(default_factory=list)  # a power's bound: why
    roots: list[tuple[int, str, str]] = field(default_factory=list)  # k-th root in [a, b]
    edges: list[int] = field(default_factory=list)  # ends left out that must not qualify

    def readings(self) -> list[Wanted]:
        """The problem with "between a and b" read with its ends and without them."""
        if self.between is None:
            return [self]
        out = []
        for lo, hi in (self.between, (self.between[0] + 1, self.between[1] - 1)):
            w = replace(self, conditions=list(self.conditions), between=None)
            bound(w, "ge", lo)
            bound(w, "le", hi)
            out.append(w)
        return out

    def test(self) -> Callable[[int], bool]:
        checks: list[Callable[[int], bool]] = []
        for kind, a, b in sorted(self.conditions, key=lambda c: c[0] == "prime"):
            if kind == "mod":
                checks.append(partial(_has_remainder, a, b))
            elif kind == "div":
                checks.append(partial(_is_multiple_of, a))
            elif kind == "factor":
                checks.append(partial(_divides, a))
            elif kind == "prime":
                checks.append(sp.isprime)
            elif kind == "power":
                checks.append(partial(is_power, a))
            elif kind in ("either", "neither"):
                checks.append(partial(_square_or_cube, kind == "either"))
            elif kind in integer_properties.KINDS:
                checks.append(integer_properties.test(kind, a, b))
        checks += [v.first() for v in self.values]
        return lambda n: all(c(n) for c in checks)


def _has_remainder(a: int, b: int, n: int) -> bool:
    return n % b == a


def _is_multiple_of(a: int, n: int) -> bool:
    return n % a == 0


def _divides(a: int, n: int) -> bool:
    return a % n == 0


def is_power(k: int, n: int) -> bool:
    """n is a perfect k-th power (0 and 1 included)."""
    if k == 2:
        return n >= 0 and math.isqrt(n) ** 2 == n
    return n >= 0 and bool(sp.integer_nthroot(n, k)[1])


def _square_or_cube(either: bool, n: int) -> bool:
    return (is_power(2, n) or is_power(3, n)) == either


def bound(w: Wanted, kind: str, n: int) -> None:
    if kind in ("gt", "ge"):
        low = n + 1 if kind == "gt" else n
        w.lo = low if w.lo is None else max(w.lo, low)
    else:
        high = n - 1 if kind == "lt" else n
        w.hi = high if w.hi is None else min(w.hi, high)


def factor_of(w: Wanted, x: int) -> None:
    """A divisor of x: positive (school maths) and at most x."""
    if x < 1:
        raise Decline("divisors of a positive integer")
    w.conditions.append(("factor", x, 0))
    w.lo = max(w.lo or 1, 1)
    w.hi = x if w.hi is None else min(w.hi, x)


__all__ = ["FACTOR_LIMIT", "SPAN", "TRIAL_LIMIT", "Wanted", "bound", "factor_of", "is_power"]
