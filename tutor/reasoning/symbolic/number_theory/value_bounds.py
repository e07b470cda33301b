"""Why only finitely many integers can give a prime or a perfect square, when they can:
"for how many positive integers n is n^2 - 7n + 12 prime?", "the sum of all n for which
n^2 - 19n + 99 is a perfect square".

- Prime: a polynomial with integer coefficients that factors over the integers into two or
  more non-constant factors is prime only where one factor is 1 or -1 (otherwise the value
  has a divisor strictly between 1 and itself). Every such n is a root of g - 1 or g + 1
  for a factor g, and Cauchy's bound limits those roots.
- Perfect square: a n^2 + b n + c with a = k^2 a perfect square and D = b^2 - 4ac not 0. If
  it equals m^2 then (2an + b)^2 - (2km)^2 = D, so (2an + b - 2km)(2an + b + 2km) = D; both
  factors divide D, so |2an + b| <= |D|.

The bound only narrows the search: every candidate in it is still tested two ways by
`value_conditions`. The bound rests on the algebra above; as a guard against a slip in it,
the integers in a band just outside it are tested too, and any that qualifies declines.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.number_theory.value_tests import cauchy_bound, horner

_LIMIT = 10**5
_BAND = 500  # integers tested on each side of a bound


Bound = tuple[int, int, str, str]  # lowest, highest, why (words with maths), the claim


@lru_cache(maxsize=64)  # asked once to bound the search and again for its step
def prime_bound(expr: sp.Expr, x: sp.Symbol) -> Bound | None:
    """[-N, N] holding every integer n at which the polynomial `expr` can be prime, with the
    factorisation that shows it; None when it does not factor."""
    poly = _integer_poly(expr, x)
    if poly is None or poly.degree() < 2:
        return None
    _, factors = poly.factor_list()
    moving = [(g, e) for g, e in factors if g.degree() > 0]
    if sum(e for _, e in moving) < 2:
        return None
    bound = 1 + max(max(cauchy_bound(g - 1), cauchy_bound(g + 1)) for g, _ in moving)
    if bound > _LIMIT:
        raise Decline("too many candidates to test")
    _guard(poly, -bound, bound, lambda v: v > 1 and sp.isprime(v))
    claim = f"{latex(poly.as_expr())} = {latex(sp.factor(poly.as_expr()))}"
    return -bound, bound, (f"${claim}$: a product of integers is prime only when all but one of "
                           "its factors are $1$ or $-1$"), claim


@lru_cache(maxsize=64)
def square_bound(expr: sp.Expr, x: sp.Symbol) -> Bound | None:
    """The integers n at which a n^2 + b n + c (a a perfect square, b^2 - 4ac not 0) can be
    a perfect square, with the reason; None otherwise."""
    poly = _integer_poly(expr, x)
    if poly is None or poly.degree() != 2:
        return None
    a, b, c = (int(k) for k in poly.all_coeffs())
    k = math.isqrt(a) if a > 0 else 0
    disc = b * b - 4 * a * c
    if k * k != a or disc == 0:
        return None
    lo = math.ceil(sp.Rational(-abs(disc) - b, 2 * a))
    hi = math.floor(sp.Rational(abs(disc) - b, 2 * a))
    if hi - lo > _LIMIT:
        raise Decline("too many candidates to test")
    _guard(poly, lo, hi, lambda v: v >= 0 and math.isqrt(v) ** 2 == v)
    lhs = f"{2 * a}{x} {'+' if b >= 0 else '-'} {abs(b)}" if b else f"{2 * a}{x}"
    why = (f"If ${latex(poly.as_expr())} = m^2$ then $({lhs})^2 - ({2 * k}m)^2 = {disc}$; both "
           f"factors of the difference of squares divide ${disc}$, so $|{lhs}| \\le {abs(disc)}$")
    claim = (f"{4 * a}\\left({latex(poly.as_expr())}\\right) = \\left({lhs}\\right)^2 - "
             f"{_signed(disc)}")
    return lo, hi, why, claim


def _signed(v: int) -> str:
    return f"\\left({v}\\right)" if v < 0 else str(v)


def _guard(poly: sp.Poly, lo: int, hi: int, holds: Callable[[int], bool]) -> None:
    coeffs = [int(k) for k in poly.all_coeffs()]
    for n in [*range(lo - _BAND, lo), *range(hi + 1, hi + _BAND + 1)]:
        if holds(horner(coeffs, n)):
            raise Decline("a value outside the bound qualifies: the bound is wrong")


def _integer_poly(expr: sp.Expr, x: sp.Symbol) -> sp.Poly | None:
    try:
        poly = sp.Poly(sp.expand(expr), x)
    except sp.PolynomialError:
        return None
    if not all(isinstance(c, sp.Integer) for c in poly.all_coeffs()):
        return None
    return poly


__all__ = ["Bound", "prime_bound", "square_bound"]
