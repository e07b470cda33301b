"""Claims between expressions with variables: identities, rewrites of an earlier
equation, solutions of the problem's equation (worker side)."""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import (
    PRECISION,
    is_identity,
    is_zero_exact,
    parse_pair,
    random_points,
    strict,
)
from tutor.verify.messages import lost_solutions, not_a_solution
from tutor.verify.strict_parser import Parsed
from tutor.verify.verdict import ClaimResult, Verdict

_TINY = sympy.Float(10) ** -(PRECISION // 2)


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
    symbols = diff.free_symbols
    if ctx.target_equation and len(symbols) == 1 and claim.relation == "=":
        var = next(iter(symbols))
        target = parse_pair(ctx.target_equation)
        if target and (target[0] - target[1]).free_symbols == {var}:
            text = ctx.target_equation
            result = _solution_claim(claim, lhs, rhs, var, target, text) or _lost_solution(
                claim, lhs, rhs, var, target, text
            )
            if result is not None:
                return result
    previous = [pair for pair in map(parse_pair, reversed(ctx.previous)) if pair is not None]
    result = follows_from_previous(claim, lhs.expr, rhs.expr, previous) or _same_inequality(
        claim, diff, ctx.inequalities)
    if result is not None:
        return result
    if claim.relation == "=" and _true_for_known_values(diff, ctx.values):
        return ClaimResult(claim.source, Verdict.VERIFIED, "with the values found earlier",
                           "substitution", method="substitution of the values found earlier")
    if _is_new_name(lhs.expr, rhs.expr, previous, ctx.values) and claim.relation == "=":
        return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "equation")
    kind = "equation" if claim.relation == "=" else "inequality"
    return ClaimResult(claim.source, Verdict.UNCHECKED, "an equation, not an identity", kind)


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
        if not symbols or not before_diff.free_symbols or symbols - before_diff.free_symbols:
            continue
        if claim.relation == "=":
            if len(symbols) == 1 and before_diff.free_symbols == symbols:
                var = next(iter(symbols))
                if _same_solutions(before, (lhs, rhs), var):
                    return ClaimResult(claim.source, Verdict.VERIFIED, "same solutions as before",
                                       "rewrite")
                if lhs == var and not rhs.free_symbols and is_zero_exact(
                        before_diff.subs(var, rhs)):
                    return ClaimResult(claim.source, Verdict.VERIFIED,
                                       "solves the equation before", "solution")
                if _implied(before, (lhs, rhs), var):
                    return ClaimResult(claim.source, Verdict.VERIFIED, "holds for every "
                                       "solution of an earlier equation", "rewrite",
                                       method="polynomial division by the earlier equation")
            if _proportional(before_diff, diff) is not None:
                return ClaimResult(claim.source, Verdict.VERIFIED, "a multiple of an earlier "
                                   "equation", "rewrite", method="constant multiple of an "
                                   "earlier equation, at random points (40 digits)")
    if claim.relation == "=" and symbols and _holds_at_linear_solution(diff, previous):
        return ClaimResult(claim.source, Verdict.VERIFIED, "holds at the solution of the "
                           "earlier equations", "rewrite",
                           method="substitution of the earlier equations' one solution")
    return None


_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _same_inequality(claim: RawClaim, diff: sympy.Expr,
                     inequalities: tuple[tuple[str, str, str], ...]) -> ClaimResult | None:
    """An inequality that is a positive multiple of an earlier one (or a negative
    multiple with the sign turned): a rewrite. Verifies only."""
    if claim.relation not in _FLIP or not diff.free_symbols:
        return None
    for lhs, relation, rhs in reversed(inequalities):
        pair = parse_pair((lhs, rhs))
        if pair is None:
            continue
        ratio = _proportional(pair[0] - pair[1], diff, numerators=False)  # signs matter
        if ratio is None or not ratio.is_real:
            continue
        if (ratio > 0 and relation == claim.relation) or (
                ratio < 0 and _FLIP[relation] == claim.relation):
            return ClaimResult(claim.source, Verdict.VERIFIED, "a rewrite of an earlier "
                               "inequality", "rewrite", method="constant multiple of an earlier "
                               "inequality, at random points (40 digits)")
    return None


def _implied(before: tuple[sympy.Expr, sympy.Expr], after: tuple[sympy.Expr, sympy.Expr],
             var: sympy.Symbol) -> bool:
    """Every solution of `before` solves `after` (one variable, polynomials)."""
    roots = _root_polynomial(*before, var)
    numer, denom = sympy.fraction(sympy.together(after[0] - after[1]))
    if roots is None or denom.has(var):
        return False
    try:
        poly = sympy.Poly(numer, var)
    except sympy.PolynomialError:
        return False
    if poly.free_symbols - {var} or poly.degree() > 12 or poly.is_zero:
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
        if d.free_symbols and d.is_polynomial(*d.free_symbols) and len(d.free_symbols) <= 4:
            if sympy.Poly(d, *d.free_symbols).total_degree() == 1:
                linear.append(d)
    symbols = sorted(set().union(*(d.free_symbols for d in linear)) if linear else set(), key=str)
    if not linear or diff.free_symbols - set(symbols) or len(symbols) > 4:
        return False
    solutions = sympy.linsolve(linear, symbols)
    if not isinstance(solutions, sympy.FiniteSet) or len(solutions) != 1:
        return False
    (point,) = solutions
    if any(value.free_symbols for value in point):
        return False
    return is_zero_exact(diff.subs(dict(zip(symbols, point, strict=True)))) is True


def _proportional(a: sympy.Expr, b: sympy.Expr, numerators: bool = True) -> sympy.Expr | None:
    """The constant c with b = c·a (or, with `numerators`, the same for their
    numerators: denominators cleared), else None."""
    pairs = ((a, b), (_numerator(a), _numerator(b))) if numerators else ((a, b),)
    for x, y in pairs:
        if x is None or y is None:
            continue
        ratio = _constant_ratio(x, y)
        if ratio is not None:
            return ratio
    return None


def _numerator(expr: sympy.Expr) -> sympy.Expr | None:
    if sympy.count_ops(expr) > 200:
        return None
    return sympy.fraction(sympy.together(expr))[0]


def _constant_ratio(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr | None:
    symbols = a.free_symbols | b.free_symbols
    ratios = []
    for point in random_points(symbols, seed=len(symbols) + 7):
        va, vb = a.evalf(PRECISION, subs=point), b.evalf(PRECISION, subs=point)
        if not (va.is_number and vb.is_number) or va.has(sympy.nan, sympy.zoo) \
                or vb.has(sympy.nan, sympy.zoo) or abs(va) < _TINY or abs(vb) < _TINY:
            return None
        ratios.append(vb / va)
    first = ratios[0]
    if any(abs(r - first) > abs(first) * _TINY for r in ratios[1:]):
        return None
    return first


def _is_new_name(lhs: sympy.Expr, rhs: sympy.Expr, previous: list[tuple[sympy.Expr, sympy.Expr]],
                 values: tuple[tuple[str, str], ...]) -> bool:
    """`y = x^2 - 2x` with y used nowhere before: a name being defined."""
    if not isinstance(lhs, sympy.Symbol) or lhs in rhs.free_symbols:
        return False
    seen = {str(s) for pair in previous for side in pair for s in side.free_symbols}
    return str(lhs) not in seen and str(lhs) not in dict(values)


def _true_for_known_values(diff: sympy.Expr, values: tuple[tuple[str, str], ...]) -> bool:
    """The claim holds once the names take the values earlier steps gave them
    (verifies only: a name may have been reused since)."""
    known = dict(values)
    point = {}
    for symbol in diff.free_symbols:
        parsed = strict(known[str(symbol)]) if str(symbol) in known else None
        if parsed is None or parsed.expr.free_symbols:
            return False
        point[symbol] = parsed.expr
    return bool(point) and is_zero_exact(diff.subs(point)) is True


def _degree_one_root(expr: sympy.Expr, var: sympy.Symbol) -> sympy.Expr | None:
    """The one solution of `expr = 0` when it is a polynomial of degree 1 in `var`."""
    numer, denom = sympy.fraction(sympy.together(expr))
    if denom.has(var):
        return None
    try:
        poly = sympy.Poly(numer, var)
    except sympy.PolynomialError:
        return None
    if poly.degree() != 1 or poly.free_symbols - {var}:
        return None
    a, b = poly.all_coeffs()
    return -b / a


def _lost_solution(
    claim: RawClaim,
    lhs: Parsed,
    rhs: Parsed,
    var: sympy.Symbol,
    target: tuple[sympy.Expr, sympy.Expr],
    target_text: tuple[str, str],
) -> ClaimResult | None:
    """`2x = 12` for the problem's `2x + 3 = 11`: both determined, with different
    solutions, so the rewrite lost the problem's only solution."""
    if not (claim.comparable and claim.single_link and not claim.approximate):
        return None
    solution = _degree_one_root(lhs.expr - rhs.expr, var)
    if solution is None or _degree_one_root(target[0] - target[1], var) is None:
        return None
    if is_zero_exact((target[0] - target[1]).subs(var, solution)) is not False:
        return None
    equation = f"{target_text[0]} = {target_text[1]}"
    reason = lost_solutions(claim.source, str(var), solution, equation)
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "rewrite", method="substitution")


def _solution_claim(
    claim: RawClaim,
    lhs: Parsed,
    rhs: Parsed,
    var: sympy.Symbol,
    target: tuple[sympy.Expr, sympy.Expr],
    target_text: tuple[str, str],
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
        left, right = t_lhs.subs(var, rhs.expr), t_rhs.subs(var, rhs.expr)
        reason = not_a_solution(claim.source, f"{target_text[0]} = {target_text[1]}", left, right)
        return ClaimResult(claim.source, Verdict.REFUTED, reason, "solution")
    return None


