"""Claims between expressions with variables: identities, rewrites of an earlier
equation, solutions of the problem's equation (worker side)."""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import is_identity, is_zero_exact, parse_pair
from tutor.verify.strict_parser import Parsed
from tutor.verify.verdict import ClaimResult, Verdict


def _fmt(expr: sympy.Expr, decimals: int = 0) -> str:
    if expr.is_Rational and not expr.is_Integer:  # in decimals when the claim wrote decimals
        return f"{float(expr):.{decimals + 1}f}".rstrip("0") if decimals else f"{expr.p}/{expr.q}"
    if expr.is_number and not expr.is_Rational:
        return f"{sympy.N(expr, 10)}"
    return str(expr).replace("**", "^")


def _root_polynomial(lhs: sympy.Expr, rhs: sympy.Expr, var: sympy.Symbol) -> sympy.Poly | None:
    """The square-free polynomial whose roots are the equation's solutions, if it has one."""
    numer, denom = sympy.fraction(sympy.together(lhs - rhs))
    if denom.has(var):
        return None
    try:
        poly = sympy.Poly(numer, var)
    except sympy.PolynomialError:
        return None
    if poly.degree() < 1 or poly.degree() > 8 or poly.free_symbols - {var}:
        return None
    return sympy.Poly(sympy.sqf_part(poly), var).monic()


def _same_solutions(
    a: tuple[sympy.Expr, sympy.Expr], b: tuple[sympy.Expr, sympy.Expr], var: sympy.Symbol
) -> bool:
    pa, pb = _root_polynomial(*a, var), _root_polynomial(*b, var)
    return pa is not None and pb is not None and pa == pb


def equation_claim(claim: RawClaim, lhs: Parsed, rhs: Parsed, ctx: Context) -> ClaimResult:
    diff = lhs.expr - rhs.expr
    if claim.relation == "=" and is_identity(diff):
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "identity")
    if claim.relation != "=":
        return ClaimResult(claim.source, Verdict.UNCHECKED, "", "inequality")
    symbols = diff.free_symbols
    if ctx.target_equation and len(symbols) == 1:
        var = next(iter(symbols))
        target = parse_pair(ctx.target_equation)
        if target and (target[0] - target[1]).free_symbols == {var}:
            result = _solution_claim(claim, lhs, rhs, var, target)
            if result is not None:
                return result
    for prev in reversed(ctx.previous):
        pair = parse_pair(prev)
        if pair is None or len(symbols) != 1:
            continue
        var = next(iter(symbols))
        if (pair[0] - pair[1]).free_symbols != {var}:
            continue
        if _same_solutions(pair, (lhs.expr, rhs.expr), var):
            return ClaimResult(
                claim.source, Verdict.VERIFIED, "same solutions as before", "rewrite"
            )
        break
    return ClaimResult(claim.source, Verdict.UNCHECKED, "an equation, not an identity", "equation")


def _solution_claim(
    claim: RawClaim,
    lhs: Parsed,
    rhs: Parsed,
    var: sympy.Symbol,
    target: tuple[sympy.Expr, sympy.Expr],
) -> ClaimResult | None:
    """`x = 6` for the problem's `2x + 3 = 11`: substitute back."""
    if lhs.expr != var or rhs.expr.free_symbols:
        return None
    t_lhs, t_rhs = target
    if not (t_lhs - t_rhs).is_polynomial(var):
        return None
    at_value = (t_lhs - t_rhs).subs(var, rhs.expr)
    zero = is_zero_exact(at_value)
    if zero:
        return ClaimResult(claim.source, Verdict.VERIFIED, "solves the equation", "solution")
    if zero is False and claim.comparable and claim.single_link and not claim.approximate:
        eq = f"{_fmt(t_lhs)} = {_fmt(t_rhs)}"
        left, right = t_lhs.subs(var, rhs.expr), t_rhs.subs(var, rhs.expr)
        reason = (
            f"{claim.source} is not a solution of {eq}: "
            f"with {var} = {_fmt(rhs.expr)}, the left side is {_fmt(left)}, "
            f"the right side {_fmt(right)}"
        )
        return ClaimResult(claim.source, Verdict.REFUTED, reason, "solution")
    return None


