"""Is a claim a restatement of what the chain already wrote? Same solutions, a
constant multiple (denominators cleared for equations), every solution of an
earlier equation, the one solution of the earlier linear equations, a rounded
root, an inequality times a constant. Verify only (worker side)."""

from __future__ import annotations

import re
from functools import lru_cache

import mpmath
import sympy

from tutor.verify.exact import (
    NEGLIGIBLE,
    PRECISION,
    is_zero_exact,
    parse_pair,
    random_points,
    too_high_to_expand,
    zero_to_the_zero,
)
from tutor.verify.extract.claim import RawClaim
from tutor.verify.verdict import ClaimResult, Verdict


@lru_cache(maxsize=4096)
def polynomial_in(expr: sympy.Expr, var: sympy.Symbol) -> sympy.Poly | None:
    """`expr = 0` as a polynomial equation in `var` alone (denominators free of
    `var` cleared), or None. Cached: each earlier equation is read again for every
    later claim."""
    if too_high_to_expand(expr):
        return None
    numer, denom = sympy.fraction(sympy.together(expr))
    if denom.has(var):
        return None
    try:
        poly = sympy.Poly(numer, var)
    except sympy.PolynomialError:
        return None
    return None if poly.free_symbols - {var} else poly


@lru_cache(maxsize=4096)
def root_polynomial(lhs: sympy.Expr, rhs: sympy.Expr, var: sympy.Symbol) -> sympy.Poly | None:
    """The square-free polynomial whose roots are the equation's solutions, if it has one."""
    poly = polynomial_in(lhs - rhs, var)
    if poly is None or poly.degree() < 1 or poly.degree() > 8:
        return None
    return sympy.Poly(sympy.sqf_part(poly), var).monic()


def same_solutions(
    a: tuple[sympy.Expr, sympy.Expr], b: tuple[sympy.Expr, sympy.Expr], var: sympy.Symbol
) -> bool:
    pa, pb = root_polynomial(*a, var), root_polynomial(*b, var)
    return pa is not None and pb is not None and pa == pb


def follows_from_previous(
    claim: RawClaim,
    lhs: sympy.Expr,
    rhs: sympy.Expr,
    previous: list[tuple[sympy.Expr, sympy.Expr]],
) -> ClaimResult | None:
    """Verified when the claim restates one of the recent equations: the same
    solutions (one variable), a constant multiple of it (with denominators
    cleared), or `x = value` that solves it. Verifies only."""
    diff = lhs - rhs
    symbols = diff.free_symbols
    for before in previous:
        before_diff = before[0] - before[1]
        if not symbols or not before_diff.free_symbols or symbols - before_diff.free_symbols \
                or _holds_for_every_value(before_diff):
            continue  # `0 \times (n - 3) = 0`: every value solves it, so it shows nothing
        if claim.relation == "=":
            if len(symbols) == 1 and before_diff.free_symbols == symbols:
                var = next(iter(symbols))
                if same_solutions(before, (lhs, rhs), var):
                    return ClaimResult(claim.source, Verdict.VERIFIED, "same solutions as before",
                                       "rewrite")
                if lhs == var and not rhs.free_symbols and is_zero_exact(
                        before_diff.subs(var, rhs)) and not zero_to_the_zero(
                        before_diff, {var: rhs}):
                    return ClaimResult(claim.source, Verdict.VERIFIED,
                                       "solves the equation before", "solution")
                if lhs == var and _near_a_root(before, var, rhs, claim.rhs):
                    return ClaimResult(claim.source, Verdict.VERIFIED, "a rounded solution of "
                                       "the equation before", "solution", method="a sign change "
                                       "of the equation within the rounding written")
                if _implied(before, (lhs, rhs), var):
                    return ClaimResult(claim.source, Verdict.VERIFIED, "holds for every "
                                       "solution of an earlier equation", "rewrite",
                                       method="polynomial division by the earlier equation")
            if proportionality_constant(before_diff, diff) is not None:
                return ClaimResult(claim.source, Verdict.VERIFIED, "a multiple of an earlier "
                                   "equation", "rewrite", method="constant multiple of an "
                                   "earlier equation, at random points (40 digits)")
            if proportionality_constant(before[0] ** 2 - before[1] ** 2, diff) is not None:
                return ClaimResult(claim.source, Verdict.VERIFIED, "an earlier equation "
                                   "squared", "rewrite", method="both sides of an earlier "
                                   "equation squared, compared at random points (40 digits)")
    if claim.relation == "=" and symbols and _holds_at_linear_solution(diff, previous):
        return ClaimResult(claim.source, Verdict.VERIFIED, "holds at the solution of the "
                           "earlier equations", "rewrite",
                           method="substitution of the earlier equations' one solution")
    return None


TURNED_RELATION = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def same_inequality(claim: RawClaim, diff: sympy.Expr,
                     inequalities: tuple[tuple[str, str, str], ...]) -> ClaimResult | None:
    """An inequality that is a positive multiple of an earlier one (or a negative
    multiple with the sign turned): a rewrite. Verifies only."""
    if claim.relation not in TURNED_RELATION or not diff.free_symbols:
        return None
    for lhs, relation, rhs in reversed(inequalities):
        pair = parse_pair((lhs, rhs))
        if pair is None:
            continue
        ratio = proportionality_constant(pair[0] - pair[1], diff, numerators=False)  # signs matter
        if ratio is None or not ratio.is_real:
            continue
        if (ratio > 0 and relation == claim.relation) or (
                ratio < 0 and TURNED_RELATION[relation] == claim.relation):
            return ClaimResult(claim.source, Verdict.VERIFIED, "a rewrite of an earlier "
                               "inequality", "rewrite", method="constant multiple of an earlier "
                               "inequality, at random points (40 digits)")
    return None


def _near_a_root(before: tuple[sympy.Expr, sympy.Expr], var: sympy.Symbol,
                 value: sympy.Expr, written: str) -> bool:
    """`x = -1.37` rounds a solution of the earlier polynomial equation: the
    polynomial changes sign within the rounding the decimals written allow."""
    places = re.fullmatch(r"\s*-?\d+\.(\d+)\s*", written)
    roots = root_polynomial(*before, var)
    if not places or roots is None or not value.is_Rational:
        return False
    half = sympy.Rational(1, 2 * 10 ** len(places.group(1)))
    low, high = roots.eval(value - half), roots.eval(value + half)
    return bool(low * high < 0) or low == 0 or high == 0


def _degree(expr: sympy.Expr, var: sympy.Symbol) -> int | None:
    poly = polynomial_in(expr, var)
    return None if poly is None else poly.degree()


def rewrites_another_equation(diff: sympy.Expr,
                              previous: list[tuple[sympy.Expr, sympy.Expr]]) -> bool:
    """`diff = 0` is a polynomial equation of degree 2 or more in one variable, and
    an earlier one in it of degree 2 or more has solutions it lacks while it has
    solutions the earlier one lacks (not a factor of it, nor implied by it). The
    claim then reads as a wrong rewrite of that equation: `(y - 4)(y + 6) = 0`
    for `y^2 + y - 20 = 0`."""
    if len(diff.free_symbols) != 1:
        return False
    var = next(iter(diff.free_symbols))
    roots = root_polynomial(diff, sympy.Integer(0), var)
    if roots is None or roots.degree() < 2:
        return False
    for before in previous:
        before_diff = before[0] - before[1]
        if before_diff.free_symbols != {var} or (_degree(before_diff, var) or 0) < 2:
            continue
        earlier = root_polynomial(*before, var)
        if earlier is not None and not roots.rem(earlier).is_zero \
                and not earlier.rem(roots).is_zero:
            return True
    return False


def _implied(before: tuple[sympy.Expr, sympy.Expr], after: tuple[sympy.Expr, sympy.Expr],
             var: sympy.Symbol) -> bool:
    """Every solution of `before` solves `after` (one variable, polynomials)."""
    roots = root_polynomial(*before, var)
    poly = polynomial_in(after[0] - after[1], var)
    if roots is None or poly is None or poly.degree() > 12 or poly.is_zero:
        return False
    return poly.rem(roots).is_zero


def _holds_at_linear_solution(
    diff: sympy.Expr, previous: list[tuple[sympy.Expr, sympy.Expr]]
) -> bool:
    """The earlier equations that are linear determine every variable of the claim
    (one solution), and the claim holds there."""
    linear = []
    for before in previous:
        d = before[0] - before[1]
        if d.free_symbols and len(d.free_symbols) <= 4 and not too_high_to_expand(d) \
                and d.is_polynomial(*d.free_symbols):
            poly = sympy.Poly(d, *d.free_symbols)
            if poly.total_degree() == 1:
                linear.append(poly.as_expr())  # expanded: linsolve wants it linear as written
    symbols = sorted(set().union(*(d.free_symbols for d in linear)) if linear else set(), key=str)
    if not linear or diff.free_symbols - set(symbols) or len(symbols) > 4:
        return False
    solutions = sympy.linsolve(linear, symbols)
    if not isinstance(solutions, sympy.FiniteSet) or len(solutions) != 1:
        return False
    (point,) = solutions
    if any(value.free_symbols for value in point) or not any(point):
        return False  # equations without constants meet only at 0 (`c = 2d`, `c = d/2`)
    return is_zero_exact(diff.subs(dict(zip(symbols, point, strict=True)))) is True


@lru_cache(maxsize=4096)
def _holds_for_every_value(diff: sympy.Expr) -> bool:
    r"""`0 \times (n - 3)` read as written: zero once multiplied out."""
    return not too_high_to_expand(diff) and sympy.expand(diff) == 0


def proportionality_constant(a: sympy.Expr, b: sympy.Expr,
                             numerators: bool = True) -> sympy.Expr | None:
    """The constant c with b = c·a (or, with `numerators`, the same for their
    numerators: denominators cleared), else None."""
    pairs = ((a, b), (_numerator(a), _numerator(b))) if numerators else ((a, b),)
    for x, y in pairs:
        if x is None or y is None:
            continue
        ratio = constant_ratio(x, y)
        if ratio is not None:
            return ratio
    return None


@lru_cache(maxsize=4096)
def _numerator(expr: sympy.Expr) -> sympy.Expr | None:
    """Cached: a claim is compared with each earlier equation, and each earlier
    equation with every later claim."""
    if sympy.count_ops(expr) > 200:
        return None
    return sympy.fraction(sympy.together(expr))[0]


@lru_cache(maxsize=64)
def _points(symbols: frozenset[sympy.Symbol]) -> list[dict[sympy.Symbol, sympy.Float]]:
    """The sample points for a set of names: one list, so that both sides of a
    comparison (and every cached value) are taken at the same points."""
    return random_points(set(symbols), seed=len(symbols) + 7)


@lru_cache(maxsize=4096)
def _values_at_points(expr: sympy.Expr,
                      symbols: frozenset[sympy.Symbol]) -> tuple[sympy.Expr, ...] | None:
    """`expr` at the sample points of `symbols` (40 digits), or None when a value is
    not a number, undefined or too small to divide by."""
    values = []
    for point in _points(symbols):
        value = expr.evalf(PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo) or abs(value) < NEGLIGIBLE:
            return None
        values.append(value)
    return tuple(values)


def _spread(ratios: list[sympy.Expr]) -> bool:
    """Some ratio differs from the first by more than a negligible part of it (SymPy's
    comparison; it raises TypeError when it cannot decide). For complex ratios SymPy's
    `abs` of a quotient left unevaluated tries to simplify it (tens of milliseconds
    each), so they are first compared as their values at 40 digits: ratios that differ
    there differ (the common case, a claim against an unrelated earlier equation), and
    only ratios that agree go through SymPy's own comparison, so the outcome is the same."""
    first = ratios[0]
    if not all(r.is_Float for r in ratios):
        read = [_complex_value(r) for r in ratios]
        values = [v for v in read if v is not None]
        if len(values) == len(read):
            with mpmath.workprec(_BITS):
                bound = abs(values[0]) * _NEGLIGIBLE_MP * 1000  # far past any rounding
                if any(abs(v - values[0]) > bound for v in values[1:]):
                    return True
    return any(abs(r - first) > abs(first) * NEGLIGIBLE for r in ratios[1:])


_BITS = 3 * PRECISION + 20  # more than 40 decimal digits
_NEGLIGIBLE_MP = mpmath.mpf(10) ** -(PRECISION // 2)


def _complex_value(value: sympy.Expr) -> mpmath.mpc | None:
    """`value` at 40 digits as an mpmath complex number, or None when it does not
    evaluate to one."""
    real, imaginary = sympy.N(value, PRECISION).as_real_imag()
    if not (real.is_Number and imaginary.is_Number):
        return None
    return mpmath.mpc(real._to_mpmath(_BITS), imaginary._to_mpmath(_BITS))


def constant_ratio(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr | None:
    symbols = frozenset(a.free_symbols | b.free_symbols)
    try:  # a value left unevaluated (`sqrt(...)` of a complex square) cannot be compared
        va = _values_at_points(a, symbols)
        vb = _values_at_points(b, symbols) if va is not None else None
        if va is None or vb is None:
            return None
        ratios = [y / x for x, y in zip(va, vb, strict=True)]
        first = ratios[0]
        if _spread(ratios):
            return None
    except TypeError:
        return None
    return first
