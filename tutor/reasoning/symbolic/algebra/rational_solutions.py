"""Every rational solution of equations in one or two unknowns, listed by the rational root
theorem and checked in exact fractions: a second way to find what SymPy's `solve` found.

One unknown: the candidates p/q (p divides the lowest coefficient of the first equation's
numerator, q its leading one) are tried in every equation. Two unknowns: the second
unknown is eliminated by a resultant, the first one's candidates are listed the same way,
and for each the second one's candidates from the first equation that still holds a
polynomial in it. Returns None when the equations leave a whole family of solutions or
the numbers are too large to list divisors of.
"""

from __future__ import annotations

import math
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.prealgebra.relations import exact_value

_MAX = 10 ** 12


def _divisors(n: int) -> list[int] | None:
    n = abs(n)
    if n == 0 or n > _MAX:
        return None
    return confirm.divisors_listed(n)


def _integer_coeffs(p: sp.Expr, x: sp.Symbol) -> list[int] | None:
    """The coefficients of the numerator of p as a polynomial in x, made whole."""
    num = sp.numer(sp.together(sp.expand(p)))
    try:
        coeffs = sp.Poly(num, x).all_coeffs()
    except sp.PolynomialError:
        return None
    if any(not isinstance(c, sp.Rational) for c in coeffs):
        return None
    scale = math.lcm(*(int(c.q) for c in coeffs))
    return [int(c * scale) for c in coeffs]


def _roots(coeffs: list[int]) -> set[Fraction] | None:
    """The rational roots of the polynomial (coefficients from the leading one): the
    theorem's candidates that Horner's rule sends to 0."""
    found = _candidates(coeffs)
    if found is None:
        return None
    out = set()
    for v in found:
        acc = Fraction(0)
        for c in coeffs:
            acc = acc * v + c
        if acc == 0:
            out.add(v)
    return out


def _candidates(coeffs: list[int]) -> set[Fraction] | None:
    """Every rational root the rational root theorem allows (0 when the constant is 0)."""
    while len(coeffs) > 1 and coeffs[-1] == 0:
        coeffs = coeffs[:-1]
    if len(coeffs) <= 1:
        return {Fraction(0)}  # c x^k
    tops, bottoms = _divisors(coeffs[-1]), _divisors(coeffs[0])
    if tops is None or bottoms is None:
        return None
    out = {Fraction(0)}
    for p in tops:
        for q in bottoms:
            out |= {Fraction(p, q), Fraction(-p, q)}
    return out


def _holds(exprs: list[sp.Expr], values: dict[sp.Symbol, Fraction]) -> bool:
    try:
        return all(exact_value(e, values) == 0 for e in exprs)
    except (Decline, ZeroDivisionError, KeyError):
        return False


def rational_solutions(exprs: list[sp.Expr], unknowns: list[sp.Symbol]
                       ) -> list[dict[sp.Symbol, sp.Rational]] | None:
    """Every rational point where each expression is 0, or None (see the module's text)."""
    exprs = [e for e in exprs if e != 0]
    if not exprs:
        return None
    if len(unknowns) == 1:
        x = unknowns[0]
        coeffs = next((c for e in exprs if (c := _integer_coeffs(e, x)) and len(c) > 1), None)
        if coeffs is None:
            return None
        found = _roots(coeffs)
        if found is None:
            return None
        return [{x: sp.Rational(v.numerator, v.denominator)} for v in sorted(found)
                if _holds(exprs, {x: v})]
    if len(unknowns) != 2 or len(exprs) < 2:
        return None
    x, y = unknowns
    nums = [sp.numer(sp.together(sp.expand(e))) for e in exprs]
    out: list[dict[sp.Symbol, sp.Rational]] = []
    resultant = sp.resultant(nums[0], nums[1], y) if all(n.has(y) for n in nums[:2]) else None
    if resultant is None:  # one of the first two has no y: it fixes x by itself
        resultant = nums[0] if not nums[0].has(y) else nums[1]
    rc = _integer_coeffs(resultant, x)
    if not rc or len(rc) < 2:
        return None
    xs = _roots(rc)
    if xs is None:
        return None
    for xv in sorted(xs):
        at = [sp.expand(n.subs(x, sp.Rational(xv.numerator, xv.denominator))) for n in nums]
        with_y = sorted((c for n in at if n.has(y) and (c := _integer_coeffs(n, y))
                         and len(c) > 1), key=len)
        yc = with_y[0] if with_y else None
        if yc is None:
            if all(n == 0 for n in at):
                return None  # every y works for this x
            continue
        ys = _roots(yc)
        if ys is None:
            return None
        for yv in sorted(ys):
            if _holds(exprs, {x: xv, y: yv}):
                out.append({x: sp.Rational(xv.numerator, xv.denominator),
                            y: sp.Rational(yv.numerator, yv.denominator)})
    return out


__all__ = ["rational_solutions"]
