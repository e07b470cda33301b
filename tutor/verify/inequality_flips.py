"""An inequality solved for its unknown with the sign the wrong way round (`x > -3` after
`-2x > 6`, whose solutions are x < -3): the two have the same boundary and lie on opposite
sides of it, so the step cannot follow from the one before (worker side).

Only the step's one inequality is compared, with the inequality of the step before
(`Context.prior_inequality`), and only when both are of degree one in the same single
unknown and the one before is not yet solved for it: a list of cases (`x < 3 or x > 3`)
and a bound set against another (`k > -2`, then `k < -2`) never meet this check."""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import PRECISION, strict
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.rewrites import polynomial_in
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["flipped_inequality"]

_TURNED = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}
_SHOWN = {"<": "<", ">": ">", "<=": "≤", ">=": "≥"}


def _solved(lhs: sympy.Expr, relation: str,
            rhs: sympy.Expr) -> tuple[sympy.Symbol, str, sympy.Rational, sympy.Rational] | None:
    """`a·x + b  rel  0` as (x, relation for x, boundary, a), when of degree one in one
    unknown with rational coefficients."""
    diff = lhs - rhs
    if len(diff.free_symbols) != 1:
        return None
    var = next(iter(diff.free_symbols))
    poly = polynomial_in(diff, var)
    if poly is None or poly.degree() != 1:
        return None
    a, b = poly.all_coeffs()
    if not (a.is_Rational and b.is_Rational) or a == 0:
        return None
    return var, relation if a > 0 else _TURNED[relation], -b / a, a


def flipped_inequality(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                       prior: tuple[str, str, str] | None) -> ClaimResult | None:
    """Refuted when the claim and the inequality before it share their boundary and
    lie on opposite sides of it; None otherwise."""
    if prior is None or claim.relation not in _TURNED or not claim.comparable \
            or not claim.asserted or claim.supposed or claim.approximate or claim.counted:
        return None
    before_lhs, before_rhs = strict(prior[0]), strict(prior[2])
    if before_lhs is None or before_rhs is None or prior[1] not in _TURNED:
        return None
    if any(isinstance(side.expr, sympy.Symbol) for side in (before_lhs, before_rhs)):
        return None  # `k > -2` then `k < -2`: another case, or a contradiction, not a slip
    mine = _solved(lhs, claim.relation, rhs)
    theirs = _solved(before_lhs.expr, prior[1], before_rhs.expr)
    if mine is None or theirs is None or mine[0] != theirs[0] or mine[2] != theirs[2]:
        return None
    var, boundary = mine[0], mine[2]
    if mine[1][0] == theirs[1][0] or not _opposite_sides(var, boundary, mine[1], theirs[1],
                                                   lhs - rhs, before_lhs.expr - before_rhs.expr,
                                                   claim.relation, prior[1]):
        return None
    before = f"{maths_text(prior[0])} {_SHOWN[prior[1]]} {maths_text(prior[2])}"
    reason = (f"{maths_text(claim.source)} does not follow from {before}: its solutions are "
              f"{var} {_SHOWN[theirs[1]]} {value_text(boundary)}")
    if theirs[3] < 0:
        reason += " (dividing or multiplying by a negative number turns the inequality round)"
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "inequality",
                       method="exact solution sets + 40-digit values at test points")


def _opposite_sides(var: sympy.Symbol, boundary: sympy.Rational, mine: str, theirs: str,
              my_diff: sympy.Expr, their_diff: sympy.Expr, my_rel: str, their_rel: str) -> bool:
    """No number but perhaps the boundary satisfies both (they lie on opposite sides of
    it: `x <= -3` against `x >= -3` meet only at -3, and each holds where the other
    fails), then again by evaluating both inequalities, as written, at 40 digits just
    below and just above the boundary (and at it, unless both include it)."""
    steps = [-sympy.Rational(1, 7), sympy.Rational(1, 7)]
    if not ("=" in mine and "=" in theirs):
        steps.append(sympy.Integer(0))
    for step in steps:
        point = boundary + step
        values = [sympy.N(d.subs(var, point), PRECISION) for d in (my_diff, their_diff)]
        holds = [_holds(v, r) for v, r in zip(values, (my_rel, their_rel), strict=True)]
        if all(holds):
            return False
    return True


def _holds(value: sympy.Expr, relation: str) -> bool:
    return bool({"<": value < 0, ">": value > 0, "<=": value <= 0, ">=": value >= 0}[relation])
