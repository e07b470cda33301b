"""The values of a parameter that sits in both lower coefficients of a quadratic for which
its roots are integers.

"For how many real numbers $a$ does $x^2 + ax + 6a = 0$ have only integer roots?", "Find the
sum of all $k$ for which $x^2 - kx + 2k + 3 = 0$ has two distinct integer solutions".
`root_kinds` handles a parameter in one coefficient; here A x^2 + (b1 k + b0) x + (c1 k + c0)
with integers A, b1 != 0, b0, c1, c0. Two methods must give the same values:
- Vieta: r + s = -(b1 k + b0)/A and r s = (c1 k + c0)/A; taking k out leaves
  (A b1 r + A c1)(A b1 s + A c1) = (A c1)^2 - A b1 (c1 b0 - c0 b1) = N, so the roots come
  from the factor pairs of N (N = 0: a root shared by every k, infinitely many values,
  declined), and k from r + s;
- each integer r in the range the factor pairs allow is tried as a root: that fixes k
  (one linear equation), and the quadratic at that k is solved exactly in integers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline

_SPAN = 20000  # integer roots tried one by one, at most


def _divisor_pairs(n: int) -> list[tuple[int, int]]:
    out = []
    for d in confirm.divisors_listed(abs(n)):
        out += [(d, n // d), (-d, -(n // d))]
    return out


def _integer_roots(a: int, b: Fraction, c: Fraction) -> tuple[int, int] | None:
    """The two roots of a x^2 + b x + c when both are integers (a double root twice)."""
    if b.denominator != 1 or c.denominator != 1:
        return None
    disc = int(b) ** 2 - 4 * a * int(c)
    if disc < 0 or math.isqrt(disc) ** 2 != disc:
        return None
    m = math.isqrt(disc)
    if (-int(b) + m) % (2 * a) or (-int(b) - m) % (2 * a):
        return None
    return (-int(b) + m) // (2 * a), (-int(b) - m) // (2 * a)


def _fits(r: int, s: int, sign: str | None, distinct: bool, two: bool) -> bool:
    if r == s and distinct:
        return False
    if r == s and two:
        raise Decline("a double root where two roots are asked")
    return not (sign == "positive" and min(r, s) <= 0 or sign == "negative" and max(r, s) >= 0)


def parameter_values(a: int, b: tuple[int, int], c: tuple[int, int], sign: str | None,
                     distinct: bool, two: bool, allowed: Callable[[Fraction], bool]
                     ) -> list[Fraction]:
    """The values of k for which a x^2 + (b1 k + b0) x + (c1 k + c0) has integer roots
    (`b` = (b1, b0), `c` = (c1, c0)), among those `allowed`; confirmed two ways."""
    (b1, b0), (c1, c0) = b, c
    if a == 0 or b1 == 0:
        raise Decline("a quadratic whose x coefficient holds the parameter")
    n = (a * c1) ** 2 - a * b1 * (c1 * b0 - c0 * b1)
    if n == 0:
        raise Decline("a root shared by every value of the parameter: infinitely many")
    reach = (abs(n) + abs(a * c1)) // abs(a * b1) + 1
    if reach > _SPAN:
        raise Decline("too many roots to try")
    by_vieta: set[Fraction] = set()
    for u, v in _divisor_pairs(n):
        if (u - a * c1) % (a * b1) or (v - a * c1) % (a * b1):
            continue
        r, s = (u - a * c1) // (a * b1), (v - a * c1) // (a * b1)
        k = Fraction(-a * (r + s) - b0, b1)
        if _fits(r, s, sign, distinct, two) and allowed(k):
            by_vieta.add(k)
    by_roots: set[Fraction] = set()
    for r in range(-reach, reach + 1):
        if b1 * r + c1 == 0:  # r is a root for no k (n != 0 rules out every k)
            continue
        k = Fraction(-(a * r * r + b0 * r + c0), b1 * r + c1)
        roots = _integer_roots(a, b1 * k + b0, c1 * k + c0)
        if roots is not None and r in roots and _fits(*roots, sign, distinct, two) \
                and allowed(k):
            by_roots.add(k)
    confirm.check(by_vieta == by_roots, "the values read off the factor pairs agree with "
                  "those found by trying each integer root")
    return sorted(by_vieta)


__all__ = ["parameter_values"]
