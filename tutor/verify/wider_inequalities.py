"""A student's step in solving a linear inequality that lets in values the problem does
not ("solve 4 - x < 2x + 1", then "-x - 2x < 1 + 4": a term moved without its sign
changed), in the app's own-steps path (`check_step`).

The step follows from the problem (x > 1 gives -3x < 5), so the chain checker verifies
it as a looser bound; but in solving, each step must have the same solutions as the
problem, and this one has more: x = 0 satisfies -3x < 5 and not 4 - x < 2x + 1. Such a
step is refuted, with that value as the witness. A step with fewer solutions (x > 2) only
leaves some out and is not refuted here; an inequality not turned round is refuted by
inequality_flips.

Certain only: the problem is a request to solve one inequality and nothing else
(incomplete_solutions.only_solving), the problem's inequality and the step's are linear in
the same one letter with number coefficients (inequality_bounds.bound_on_variable, signs
decided exactly and at 40 digits), and the witness is a rational number at which both
are decided exactly and again at 40 digits."""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim, extract_claims
from tutor.verify.context import is_inequality
from tutor.verify.exact import NEGLIGIBLE, PRECISION, parse_pair
from tutor.verify.incomplete_solutions import only_solving
from tutor.verify.inequality_bounds import Bound, bound_on_variable
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["wider_inequality"]

_EITHER = re.compile(r"\bor\b|∨|∪|\\lor|\\cup", re.IGNORECASE)
_SYMBOLS = {"<": "<", ">": ">", "<=": "≤", ">=": "≥"}


def wider_inequality(problem: str, step: str) -> ClaimResult | None:
    """Refuted: the step's one inequality holds at a number where the problem's fails."""
    if not only_solving(problem):
        return None
    given, claims = extract_claims(problem), extract_claims(step)
    # each of the step's inequalities ("2x ≥ 12, so x ≥ 5": the second lets in x = 5)
    if len(given) != 1 or not claims or len(claims) > 3 or not all(
            is_inequality(c) for c in (*given, *claims)) or len(claims) > 1 and (
            _EITHER.search(step) or any(c.supposed for c in claims)):
        return None  # "x > -3 or x < -3", "if x > 1 then ...": a union or a case
    problem_sides = parse_pair((given[0].lhs, given[0].rhs))
    if problem_sides is None:
        return None
    problem_diff = problem_sides[0] - problem_sides[1]
    problem_bound = bound_on_variable(problem_diff, given[0].relation)
    if problem_bound is None:
        return None
    for claim in claims:
        if (found := _wider(given[0], problem_diff, problem_bound, claim)) is not None:
            return found
    return None


def _wider(given: RawClaim, problem_diff: sympy.Expr, problem_bound: Bound,
           claim: RawClaim) -> ClaimResult | None:
    """Refuted: `claim` holds at a number where the problem's inequality fails."""
    step_sides = parse_pair((claim.lhs, claim.rhs))
    if step_sides is None:
        return None
    step_diff = step_sides[0] - step_sides[1]
    step_bound = bound_on_variable(step_diff, claim.relation)
    if step_bound is None or problem_bound[0] != step_bound[0]:
        return None
    var = problem_bound[0]
    for point in _candidates(problem_bound[2], step_bound[2]):
        inside = _holds(step_diff, claim.relation, var, point)
        outside = _holds(problem_diff, given.relation, var, point)
        if inside is True and outside is False:
            step_text, problem_text = (maths_text(f"{c.lhs} {_SYMBOLS[c.relation]} {c.rhs}")
                                       for c in (claim, given))
            return ClaimResult(
                claim.source, Verdict.REFUTED,
                f"{step_text} does not have the same solutions as {problem_text}: "
                f"{var} = {value_text(point)} satisfies {step_text} but not {problem_text}",
                "rewrite", method="a value put in, exactly and at 40 digits")
    return None


def _candidates(first: sympy.Expr, second: sympy.Expr) -> list[sympy.Expr]:
    """Rational numbers near and between the two boundaries."""
    points: list[sympy.Expr] = [sympy.Integer(0)]
    for value in (first, second):
        if value.is_Rational:
            points.extend([value, value + 1, value - 1])
    if first.is_Rational and second.is_Rational:
        points.append((first + second) / 2)
    return points


def _holds(diff: sympy.Expr, relation: str, var: sympy.Symbol,
           point: sympy.Expr) -> bool | None:
    """`diff relation 0` at the point, exactly, and again at 40 digits; None when unsure."""
    exact = diff.subs(var, point)
    if not exact.is_Rational:
        return None
    numeric = sympy.N(diff, PRECISION, subs={var: point})
    if not numeric.is_Number or abs(numeric - exact) > NEGLIGIBLE:
        return None
    return bool({"<": exact < 0, ">": exact > 0, "<=": exact <= 0, ">=": exact >= 0}[relation])
