"""The values of a quadratic's parameter for which its roots are integers, rationals or primes.

"What is the sum of all values of $k$ such that $3x^2 - kx + 12 = 0$ has two distinct
integer solutions?", "For how many positive integers $c$ does $x^2 + 7x + c = 0$ have
rational roots?", "Find the least positive integer $b$ for which $x^2 + bx + 360$ factors
into two binomials with integer coefficients", "Both roots of $x^2 - 40x + k = 0$ are prime
numbers: how many values can $k$ take?". The parameter sits, to the first power, in the x
or the constant coefficient; the leading one is a fixed number.

Two independent methods must give the same set of values:
- every admissible value of the varying coefficient, an integer in a range the conditions
  bound (Vieta for integer roots, the discriminant for rational ones), is tried and the
  roots of the quadratic found exactly;
- the roots are listed instead (integer pairs with the fixed product or sum; for rational
  roots the factor pairs of 4ac, or the square values of the discriminant), and the
  coefficient read from them by Vieta's formulas.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline

_SPAN = 20000  # coefficient values tried one by one, at most


def _roots_fit(poly: sp.Poly, kind: str, sign: str | None, distinct: bool,
               two: bool) -> bool | None:
    """Whether the quadratic's roots are of the kind (None: a double root where "two"
    roots are asked and "distinct" is not said, which reads two ways)."""
    a, b, c = (poly.coeff_monomial(poly.gen ** n) for n in (2, 1, 0))
    disc = b * b - 4 * a * c
    if disc < 0:
        return False
    m = math.isqrt(int(disc)) if disc.is_Integer else None
    if m is None or m * m != disc:
        return False
    roots = [(-b + m) / (2 * a), (-b - m) / (2 * a)]
    if m == 0 and (distinct or two):
        return False if distinct else None
    if kind in ("integer", "prime") and not all(r.is_Integer for r in roots):
        return False
    if kind == "prime" and not all(r > 1 and sp.isprime(int(r)) for r in roots):
        return False
    if sign == "positive" and not all(r > 0 for r in roots):
        return False
    if sign == "negative" and not all(r < 0 for r in roots):
        return False
    return True


def _divisor_pairs(n: int) -> list[tuple[int, int]]:
    """Integer pairs (u, v) with u v = n != 0, by trial division."""
    out = []
    for d in confirm.divisors_listed(abs(n)):
        out += [(d, n // d), (-d, -(n // d))]
    return out


def _by_roots(a: int, b: int | None, c: int | None, kind: str, sign: str | None,
              distinct: bool, bounds: tuple[int, int] | None) -> set[int]:
    """The varying coefficient's values read off the roots (Vieta), with no trial of the
    coefficient itself. `b` or `c` is None: the one that varies."""
    out: set[int] = set()
    if kind in ("integer", "prime"):
        if c is not None:  # r s = c / a fixed
            if c == 0 or c % a:
                raise Decline("a product of roots that is not a nonzero integer")
            pairs = _divisor_pairs(c // a)
        else:  # r + s = -b / a fixed; the product bounded by the coefficient's range
            assert b is not None
            if b % a or bounds is None:
                raise Decline("the roots are not bounded")
            total = -b // a
            reach = max(abs(bounds[0]), abs(bounds[1])) // abs(a) + abs(total) + 2
            pairs = [(r, total - r) for r in range(-reach, reach + 1)]
        for r, s in pairs:
            if distinct and r == s:
                continue
            if kind == "prime" and not (r > 1 and s > 1 and sp.isprime(r) and sp.isprime(s)):
                continue
            if sign == "positive" and not (r > 0 and s > 0) or sign == "negative" and not (
                    r < 0 and s < 0):
                continue
            out.add(-a * (r + s) if b is None else a * r * s)
        return out
    if c is not None:  # rational roots, b varies: b^2 - m^2 = 4ac
        if c == 0:
            raise Decline("a zero constant term")
        for u, v in _divisor_pairs(4 * a * c):
            if (u + v) % 2 == 0 and not (distinct and u == v):
                out.add((u + v) // 2)
        return out
    assert b is not None and bounds is not None
    for m in range(0, math.isqrt(max(0, b * b - 4 * a * min(bounds, key=lambda t: a * t))) + 2):
        if (b * b - m * m) % (4 * a) == 0 and not (distinct and m == 0):  # c = (b^2 - m^2)/4a
            out.add((b * b - m * m) // (4 * a))
    return out


Bound = tuple[int | None, int | None]


def _range(a: int, b: int | None, c: int | None, kind: str, sign: str | None,
           bounds: Bound) -> tuple[int, int]:
    """A range of integers that holds every admissible value of the varying coefficient."""
    lo, hi = bounds
    if c is not None:  # b varies: |b| bounded by Vieta (integer roots) or 4ac (rational)
        reach = abs(a) * (abs(c) // abs(a) + 1) + 1 if kind != "rational" else 4 * abs(a * c) + 1
        lo, hi = max(lo if lo is not None else -reach, -reach), min(
            hi if hi is not None else reach, reach)
    else:  # c varies: real roots need b^2 - 4ac >= 0; same-signed roots make ac > 0
        assert b is not None
        edge = b * b // (4 * a) if a > 0 else -((b * b) // (-4 * a))
        same_sign = kind == "prime" or sign == "positive" or (sign == "negative")
        if a > 0:
            hi = min(hi, edge) if hi is not None else edge
            lo = max(lo, 1) if same_sign and lo is not None else 1 if same_sign else lo
        else:
            lo = max(lo, edge) if lo is not None else edge
            hi = min(hi, -1) if same_sign and hi is not None else -1 if same_sign else hi
    if lo is None or hi is None:
        raise Decline("the varying coefficient is not bounded")
    if hi - lo > _SPAN:
        raise Decline("too many coefficient values to try")
    return lo, hi


def coefficient_values(a: int, b: int | None, c: int | None, kind: str, sign: str | None,
                       distinct: bool, two: bool, allowed: Callable[[int], bool],
                       bounds: Bound) -> list[int]:
    """The values of the varying coefficient (b or c, the one given as None) for which the
    roots fit, among those `allowed` (the parameter's own conditions) and within `bounds`
    (on the coefficient, either side None); confirmed by the two methods of the module."""
    x = sp.Symbol("x")
    lo, hi = _range(a, b, c, kind, sign, bounds)
    tried: list[int] = []
    for v in range(lo, hi + 1):
        if not allowed(v):
            continue
        poly = sp.Poly(a * x**2 + (v if b is None else b) * x + (v if c is None else c), x)
        fits = _roots_fit(poly, kind, sign, distinct, two)
        if fits is None:
            raise Decline("a double root where two roots are asked")
        if fits:
            tried.append(v)
    listed = sorted(v for v in _by_roots(a, b, c, kind, sign, distinct,
                                         (lo, hi) if c is None else None)
                    if lo <= v <= hi and allowed(v))
    confirm.check(listed == tried, "the values found by trying each coefficient agree with "
                  "those read off the roots by Vieta's formulas")
    return tried


__all__ = ["coefficient_values"]
