"""Claims between expressions with variables: identities, rewrites of an earlier
equation, solutions of the problem's equation (worker side)."""

from __future__ import annotations

import re

import sympy

from tutor.verify.barred_equations import barred_pair
from tutor.verify.both_sides import follows_on_both_sides
from tutor.verify.carried import follows_by_definitions, follows_with_values, known_values
from tutor.verify.case_agreement import against_the_case
from tutor.verify.case_split import case_of_earlier
from tutor.verify.claims import RawClaim
from tutor.verify.coefficients import coefficient_claim
from tutor.verify.context import Context
from tutor.verify.elimination import follows_by_elimination
from tutor.verify.equation_products import follows_by_dividing
from tutor.verify.equation_solutions import (
    fails_a_given_equation,
    lost_solution,
    not_implied,
    restates_a_given_equation,
    solution_claim,
    written_denominator_vanishes,
)
from tutor.verify.euler_form import holds_in_euler_form
from tutor.verify.exact import (
    is_identity,
    is_zero_exact,
    parse_pair,
    parse_previous,
    too_high_to_expand,
    zero_to_the_zero,
)
from tutor.verify.formula_substitution import substitutes_given_numbers
from tutor.verify.identity_shape import identity_shaped, linear_or_value
from tutor.verify.independent_answer import answer_settles
from tutor.verify.inequality_bounds import looser_bound
from tutor.verify.inequality_flips import flipped_inequality
from tutor.verify.polynomial_combination import multiplier_claim
from tutor.verify.recurrence_instances import recurrence_instance
from tutor.verify.restated import restates_earlier
from tutor.verify.rewrites import (
    follows_from_previous,
    rewrites_another_equation,
    same_inequality,
)
from tutor.verify.strict_parser import Parsed
from tutor.verify.system_values import system_value_claim
from tutor.verify.target_expressions import wrong_rewrite
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.verify.vieta import vieta_claim

_POWER_OF_I = re.compile(r"(?<![\\a-zA-Z])i\s*\^")


def equation_claim(claim: RawClaim, lhs: Parsed, rhs: Parsed, ctx: Context) -> ClaimResult:
    """The claim checked against the earlier equations (below), then against those of
    the case the step supposes (`case_agreement`)."""
    return against_the_case(claim, lhs.expr - rhs.expr, ctx, _equation_claim(claim, lhs, rhs, ctx))


def _equation_claim(claim: RawClaim, lhs: Parsed, rhs: Parsed, ctx: Context) -> ClaimResult:
    diff = lhs.expr - rhs.expr
    if claim.relation == "=" and is_identity(diff):
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "identity")
    symbols = diff.free_symbols
    if claim.relation == "=" and symbols \
            and restates_a_given_equation(lhs.expr, rhs.expr, ctx.given):
        return ClaimResult(claim.source, Verdict.VERIFIED, "the problem's equation", "rewrite",
                           method="compared side for side with the problem's equation")
    if ctx.prior_inequality and (flipped := flipped_inequality(claim, lhs.expr, rhs.expr,
                                                               ctx.prior_inequality)):
        return flipped  # `x > -3` after `-2x > 6`
    if ctx.target_equation and len(symbols) == 1 and claim.relation == "=":
        var = next(iter(symbols))
        target = parse_pair(ctx.target_equation)
        text = ctx.target_equation
        if target and (target[0] - target[1]).free_symbols == {var}:
            result = solution_claim(claim, lhs, rhs, var, target, text) or lost_solution(
                claim, lhs, rhs, var, target, text
            )
            if result is not None:
                return result
        elif target is None and (barred := barred_pair(text)) is not None \
                and (barred[0] - barred[1]).free_symbols == {var} \
                and (result := solution_claim(claim, lhs, rhs, var, barred, text)) is not None:
            return result  # `x = 3` for "Solve |x - 4| = 7"
    if ctx.solve_task and isinstance(lhs.expr, sympy.Symbol) and not rhs.expr.free_symbols \
            and (system := system_value_claim(claim, lhs.expr, rhs.expr, ctx)) is not None:
        return system  # `y = 5` for "Solve x + y = 9 and x - y = 3"
    if claim.relation == "=" and isinstance(lhs.expr, sympy.Symbol) and not rhs.expr.free_symbols \
            and fails_a_given_equation(lhs.expr, rhs.expr, ctx.given):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not a solution of the problem's "
                           "equation", "solution")
    if claim.relation == "=" and _zero_with_imaginary_i(diff):
        return ClaimResult(claim.source, Verdict.VERIFIED, "reading i as the imaginary unit",
                           "arithmetic", method="exact complex arithmetic + 40-digit numeric")
    if claim.relation == "=" and holds_in_euler_form(diff):  # `e^{i\pi} = -1`
        return ClaimResult(claim.source, Verdict.VERIFIED, "reading e^{iθ} in Euler's form",
                           "arithmetic", method="exact complex arithmetic + 40-digit numeric")
    if _POWER_OF_I.search(claim.lhs + claim.rhs) and {str(s) for s in symbols} == {"i"}:
        # `(2+i)^2 = 4 + i^2`: i is the imaginary unit here, not an unknown to solve for
        return ClaimResult(claim.source, Verdict.UNCHECKED, "complex arithmetic", "arithmetic")
    if (rewrite := wrong_rewrite(claim, lhs, rhs, ctx.target_expression)) is not None:
        return rewrite  # "(x + 3)^2 = x^2 + 9" for "Expand (x + 3)^2"
    texts = [(text, pair) for text in reversed(ctx.previous)
             if (pair := parse_previous(text)) is not None]
    if (put_in := substitutes_given_numbers(claim, lhs.expr, rhs.expr, ctx.given_numbers,
                                            ctx.values, [p for _, p in texts])) is not None:
        return put_in  # `rt = 30 \cdot 2.5` after `d = rt`: the problem's numbers put in
    expansion = identity_shaped(lhs.expr, rhs.expr)
    shaped = expansion or (claim.relation == "=" and (
        rewrites_another_equation(diff, [pair for _, pair in texts])))
    if shaped and not expansion and symbols and {str(s) for s in symbols} <= set(ctx.cases):
        shaped = False  # "for n = 3, n^2 + n = 12": a case worked out, not a rewrite
    if shaped:  # an expansion or a factoring, or a rewrite of an earlier equation of degree 2
        # or more: verified only as a rewrite of an equation, never by a value (identity_shape)
        texts = [(text, pair) for text, pair in texts if not linear_or_value(*pair)]
    if isinstance(lhs.expr, sympy.Symbol) and not rhs.expr.free_symbols:
        # `y = 3` never "solves" an earlier equation whose written denominator is 0 there
        texts = [(text, pair) for text, pair in texts
                 if not written_denominator_vanishes(" ".join(text), lhs.expr, rhs.expr)]
    previous = [pair for _, pair in texts]
    if shaped:
        return follows_from_previous(claim, lhs.expr, rhs.expr, previous) or (
            None if expansion else restates_earlier(  # "if d = -1, c^2 + 2(-1) = 1"
                claim, lhs.expr, rhs.expr, ctx.archive, (), _supposed_values(ctx), True)) or (
            None if expansion else not_implied(claim, diff)) or ClaimResult(
            claim.source, Verdict.UNCHECKED, "an equation, not an identity", "equation")
    result = follows_from_previous(claim, lhs.expr, rhs.expr, previous) or same_inequality(
        claim, diff, ctx.inequalities) or looser_bound(claim, diff, ctx.inequalities) \
        or follows_by_elimination(claim, diff, previous) \
        or multiplier_claim(claim, lhs.expr, rhs.expr, previous)
    if result is not None:
        return result
    wrong = not_implied(claim, diff)
    if wrong is not None:
        return wrong
    carried = with_known_values(claim, lhs.expr, rhs.expr, ctx, previous) \
        or follows_by_definitions(claim, diff, previous) or vieta_claim(claim, diff, ctx) \
        or (coefficient_claim(claim, diff, texts) if ctx.coefficients else None) \
        or answer_settles(claim, diff, ctx.answer) \
        or restates_earlier(claim, lhs.expr, rhs.expr, ctx.archive, ctx.previous,
                            _supposed_values(ctx)) \
        or case_of_earlier(claim, diff, previous) \
        or follows_on_both_sides(claim, lhs.expr, rhs.expr, previous) \
        or follows_by_dividing(claim, lhs.expr, rhs.expr, previous) \
        or recurrence_instance(claim, diff, list(dict.fromkeys(
            [*reversed(ctx.previous), *reversed(ctx.archive)])))
    if carried is not None:
        return carried
    if _is_new_name(lhs.expr, rhs.expr, previous, ctx.values) and claim.relation == "=":
        return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "equation")
    kind = "equation" if claim.relation == "=" else "inequality"
    return ClaimResult(claim.source, Verdict.UNCHECKED, "an equation, not an identity", kind)


def _supposed_values(ctx: Context) -> dict[sympy.Symbol, sympy.Expr]:
    """The numbers a supposition of this step gave its names ("if d = -1")."""
    return {name: value for name, value in known_values(ctx.values).items()
            if str(name) in ctx.cases}


def _is_new_name(lhs: sympy.Expr, rhs: sympy.Expr, previous: list[tuple[sympy.Expr, sympy.Expr]],
                 values: tuple[tuple[str, str], ...]) -> bool:
    """`y = x^2 - 2x` with y used nowhere before: a name being defined."""
    if not isinstance(lhs, sympy.Symbol) or lhs in rhs.free_symbols:
        return False
    seen = {str(s) for pair in previous for side in pair for s in side.free_symbols}
    return str(lhs) not in seen and str(lhs) not in dict(values)


def with_known_values(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr, ctx: Context,
                      previous: list[tuple[sympy.Expr, sympy.Expr]]) -> ClaimResult | None:
    """Verified when the claim holds with the values found earlier put in, or restates an
    earlier equation with them put in (see carried); verify only."""
    if claim.relation == "=" and _true_for_known_values(lhs - rhs, ctx.values, previous):
        return ClaimResult(claim.source, Verdict.VERIFIED, "with the values found earlier",
                           "substitution", method="substitution of the values found earlier")
    return follows_with_values(claim, lhs, rhs, ctx.values, previous)


def _true_for_known_values(diff: sympy.Expr, values: tuple[tuple[str, str], ...],
                           previous: list[tuple[sympy.Expr, sympy.Expr]] | None = None) -> bool:
    """The claim holds once the names take the values earlier steps gave them, directly
    (`a = 2`) or through an earlier formula whose names all have values (`A = \\pi ab`
    after `a = 2`, `b = 4/5`). Verifies only: a name may have been reused since."""
    point = known_values(values)
    for _ in range(3):  # a formula may use a name another formula gives
        missing = diff.free_symbols - set(point)
        if not missing:
            break
        for lhs, rhs in previous or ():
            for name, formula in ((lhs, rhs), (rhs, lhs)):
                if name in missing and formula.free_symbols and \
                        formula.free_symbols <= set(point):
                    point.setdefault(name, formula.subs(point))
    used = {k: v for k, v in point.items() if k in diff.free_symbols}
    if not used or diff.free_symbols - set(used):
        return False
    return is_zero_exact(diff.subs(used)) is True and not zero_to_the_zero(diff, used)


def _zero_with_imaginary_i(diff: sympy.Expr) -> bool:
    """`12^2 - (5i)^2 = 144 - 25(-1)`: with i the only letter, the claim holds when i is
    the imaginary unit (exactly, and again numerically); `(z - 3i)(z + 3i) = z^2 + 9`, with
    other letters too, holds for every value of them (expanded exactly, and zero at random
    points). Verifies only."""
    unit = [s for s in diff.free_symbols if str(s) == "i"]
    if not unit:
        return False
    value = diff.subs(unit[0], sympy.I)
    if len(diff.free_symbols) == 1:
        return is_zero_exact(sympy.expand(value)) is True and is_zero_exact(value) is True
    return not too_high_to_expand(value) and sympy.expand(value) == 0 and is_identity(value)
