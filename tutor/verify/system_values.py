"""A value given to one unknown of a system of equations the problem asks to solve
(`y = 5` for "Solve x + y = 9 and x - y = 3"): refuted when no solution of the system
has that value (worker side).

Certain twice over: exactly, the system's lex Groebner basis holds a polynomial in that
name alone (every solution's value is one of its roots) that is not zero at the value;
numerically, none of that polynomial's roots, found to 30 digits, is the value."""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import parse_pair, too_high_to_expand
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["system_value_claim"]

_MAX_UNKNOWNS = 4
_MAX_DEGREE = 4


def system_value_claim(claim: RawClaim, name: sympy.Expr, value: sympy.Expr,
                       ctx: Context) -> ClaimResult | None:
    """Refuted when the problem's system (two or more equations, polynomial with rational
    coefficients) allows no solution where `name` has `value`; None otherwise."""
    if not (ctx.solve_task and len(ctx.given) >= 2 and isinstance(name, sympy.Symbol)
            and value.is_Rational and claim.relation == "=" and claim.comparable
            and claim.single_link and claim.asserted and not claim.supposed
            and not claim.approximate and not claim.counted):
        return None
    polys = _system(ctx.given)
    if polys is None:
        return None
    unknowns = sorted(set().union(*(p.free_symbols for p in polys)), key=str)
    if name not in unknowns or len(unknowns) > _MAX_UNKNOWNS:
        return None
    others = [s for s in unknowns if s != name]
    try:
        basis = sympy.groebner(polys, *others, name, order="lex")
    except (sympy.PolynomialError, sympy.CoercionFailed, ValueError):
        return None
    if basis.exprs == [1] or any(not p.free_symbols for p in basis.exprs):
        return None  # no solution at all: the equations are not one system
    for eliminated in basis.exprs:
        if eliminated.free_symbols != {name}:
            continue
        poly = sympy.Poly(eliminated, name)
        if poly.eval(value) == 0 or _near_a_root(poly, value):
            return None
        equations = ", ".join(f"{maths_text(a)} = {maths_text(b)}" for a, b in ctx.given)
        reason = (f"{maths_text(claim.source)} does not fit {equations}: no solution of "
                  f"these equations has {name} = {value_text(value)}")
        return ClaimResult(claim.source, Verdict.REFUTED, reason, "solution",
                           method="exact elimination (Groebner basis) + 30-digit roots")
    return None


def _system(given: tuple[tuple[str, str], ...]) -> list[sympy.Expr] | None:
    """The problem's equations as polynomials with rational coefficients, or None."""
    polys = []
    for pair in given:
        parsed = parse_pair(pair)
        if parsed is None:
            return None
        diff = sympy.expand(parsed[0] - parsed[1])
        if too_high_to_expand(diff) or not diff.free_symbols:
            return None
        try:
            poly = sympy.Poly(diff, *sorted(diff.free_symbols, key=str))
        except sympy.PolynomialError:
            return None
        if poly.total_degree() > _MAX_DEGREE or not all(c.is_Rational for c in poly.coeffs()):
            return None
        polys.append(diff)
    return polys


def _near_a_root(poly: sympy.Poly, value: sympy.Expr) -> bool:
    """A root of the polynomial, found numerically, is the value (or the roots could not
    be found): then the exact answer is not confirmed."""
    try:
        roots = poly.nroots(n=30)
    except (sympy.polys.polyerrors.NoConvergence, sympy.PolynomialError):
        return True
    scale = max(1, abs(value))
    return any(abs(root - value) < scale * sympy.Rational(1, 10**12) for root in roots)
