"""Values carried into earlier equations (worker side, verify only).

"If x = 5, the equation xy - 8y = -3 becomes 5y - 8y = -3", "substituting h = 3, we
get 2(lw + 3l + 3w) = 52", "when y = 10, 4x = 88": the values the chain gave to names
the claim does not use (`Context.values`, suppositions included) are put into the
earlier equations, and the claim is checked against the equations that result, as a
rewrite of one of them or a combination of them. A name whose value is a `±` pair
has both branches: `x = (3 + √33)/2` after `x = (3 ± √33)/2`.

Only verifies: a name may have been reused, and a claim that matches none of the
substituted equations may still be right for a reason not written down.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.elimination import follows_by_elimination
from tutor.verify.exact import (
    is_identity,
    is_zero_exact,
    strict,
    too_high_to_expand,
    zero_to_the_zero,
)
from tutor.verify.messages import value_text
from tutor.verify.numerals import text_in_base_ten
from tutor.verify.parse_limits import numbers_within_size
from tutor.verify.rewrites import follows_from_previous
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[sympy.Expr, sympy.Expr]
_PLUS_MINUS = re.compile(r"\\pm(?![a-zA-Z])|±")
_MAX_SUBSTITUTED = 6


def known_values(values: tuple[tuple[str, str], ...]) -> dict[sympy.Symbol, sympy.Expr]:
    """The names whose latest value is a number (strictly read); a value whose numbers
    are too long to put into an equation (`parse_limits.numbers_within_size`) leaves its
    name unknown."""
    point: dict[sympy.Symbol, sympy.Expr] = {}
    for name, text in values:
        symbol, parsed = strict(name), strict(text_in_base_ten(text) or text)  # `a = 1021_3`
        if symbol is not None and isinstance(symbol.expr, sympy.Symbol) \
                and parsed is not None and not parsed.expr.free_symbols:
            if numbers_within_size(parsed.expr):
                point[symbol.expr] = parsed.expr
            else:
                point.pop(symbol.expr, None)  # its latest value is too long to put in
    return point


def follows_with_values(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                        values: tuple[tuple[str, str], ...], previous: list[Pair]
                        ) -> ClaimResult | None:
    """Verified when the claim, with the known values put in, restates or combines the
    earlier equations with the same values put in (see module doc), else None."""
    if claim.relation != "=":
        return None
    return _one_of_two_values(claim, lhs, rhs, values) or _substituted(
        claim, lhs, rhs, known_values(values), previous)


def _substituted(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                 point: dict[sympy.Symbol, sympy.Expr], previous: list[Pair]
                 ) -> ClaimResult | None:
    # The names the claim itself uses are its unknowns: a value they had earlier is
    # another case's (`y = -1/4` when x was 4, before "if x = 5, 5y - 8y = -3 + 5").
    mine = (lhs - rhs).free_symbols
    point = {name: value for name, value in point.items() if name not in mine}
    if not point or not mine:
        return None
    lhs_in, rhs_in = lhs, rhs
    substituted: list[Pair] = []
    for before_lhs, before_rhs in previous:
        if not (before_lhs - before_rhs).free_symbols & set(point):
            continue
        pair = (before_lhs.xreplace(point), before_rhs.xreplace(point))
        if (pair[0] - pair[1]).free_symbols and pair not in substituted:
            substituted.append(pair)
        if len(substituted) >= _MAX_SUBSTITUTED:
            break
    if not substituted:
        return None
    # The other earlier equations as they are: `r = \\frac{3}{a}` is still there to put in.
    substituted += [pair for pair in previous if pair not in substituted
                    and (pair[0] - pair[1]).free_symbols][:_MAX_SUBSTITUTED]
    result = follows_from_previous(claim, lhs_in, rhs_in, substituted) \
        or follows_by_elimination(claim, lhs_in - rhs_in, substituted)
    if result is None or result.verdict is not Verdict.VERIFIED:
        return None
    used = _symbols(previous)
    names = ", ".join(f"{name} = {value_text(value)}"
                      for name, value in sorted(point.items(), key=str) if name in used)
    return ClaimResult(claim.source, Verdict.VERIFIED, f"with {names} put in",
                       "substitution", method=f"the values found earlier put into the "
                       f"earlier equations, then {result.method or 'the same solutions'}")


def _symbols(pairs: list[Pair]) -> set[sympy.Symbol]:
    return {s for pair in pairs for side in pair for s in side.free_symbols}


def _one_of_two_values(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                       values: tuple[tuple[str, str], ...]) -> ClaimResult | None:
    """`x = (3 + √33)/2` after `x = (3 ± √33)/2`: one of the two values given earlier."""
    if not isinstance(lhs, sympy.Symbol) or rhs.free_symbols:
        return None
    text = next((value for name, value in reversed(values)
                 if (symbol := strict(name)) is not None and symbol.expr == lhs), None)
    if text is None or len(_PLUS_MINUS.findall(text)) != 1:
        return None
    for sign in ("+", "-"):
        branch = strict(_PLUS_MINUS.sub(sign, text))
        if branch is not None and not branch.expr.free_symbols \
                and is_zero_exact(branch.expr - rhs) is True:
            return ClaimResult(claim.source, Verdict.VERIFIED, "one of the two values found "
                               "earlier", "substitution", method="exact arithmetic on the "
                               "sign taken, then 40-digit numeric")
    return None


def _definitions(previous: list[Pair]) -> dict[sympy.Expr, sympy.Expr]:
    """`x = 2/k`, `rst = -1`: earlier equations that give one name (or one product of
    names) a formula in other names; a name given two different formulas is left out
    (two cases, or a name reused), and so is a formula whose numbers are too long to put in
    (`parse_limits.numbers_within_size`)."""
    found: dict[sympy.Expr, sympy.Expr] = {}
    clashes: set[sympy.Expr] = set()
    for lhs, rhs in previous:
        for name, formula in ((lhs, rhs), (rhs, lhs)):
            named = name.is_Symbol or (name.is_Mul and all(f.is_Symbol for f in name.args))
            if not named or name.free_symbols & formula.free_symbols \
                    or not numbers_within_size(formula):
                continue
            if name in found and found[name] != formula:
                clashes.add(name)
            found[name] = formula
            break
    return {name: formula for name, formula in found.items() if name not in clashes}


def _holds_with(diff: sympy.Expr, formulas: dict[sympy.Expr, sympy.Expr]) -> bool:
    put_in = diff
    for _ in range(2):  # a formula may use a name another formula gives
        put_in = put_in.subs(formulas)
    if put_in.free_symbols & set(formulas) or too_high_to_expand(put_in):
        return False
    if zero_to_the_zero(diff, formulas):
        return False
    if not put_in.free_symbols:
        return is_zero_exact(put_in) is True
    return is_identity(put_in) and (is_zero_exact(sympy.expand(put_in)) is True
                                    or sympy.simplify(put_in) == 0)


def follows_by_definitions(claim: RawClaim, diff: sympy.Expr, previous: list[Pair]
                           ) -> ClaimResult | None:
    """`x^3 = (2/k)^3` after `x = 2/k`, `(rst)^2 = 1` after `rst = -1`: the claim holds
    once the formulas the chain gave its names are put in (exactly, and at random points
    when names are left). Verifies only."""
    if claim.relation != "=" or not diff.free_symbols or too_high_to_expand(diff):
        return None
    formulas = _definitions(previous)
    used = {name: formula for name, formula in formulas.items()
            if name.free_symbols <= diff.free_symbols}
    for name, formula in formulas.items():  # `d = \sqrt{x^2 + y^2}` with `y = x^2 - 5`
        if name not in used and name.is_Symbol and any(
                name in value.free_symbols for value in used.values()):
            used[name] = formula
    tries = [{name: formula} for name, formula in sorted(used.items(), key=str)]
    for chosen in [*tries, used] if len(used) > 1 else tries:
        if _holds_with(diff, chosen):
            names = ", ".join(f"{value_text(name)} = {value_text(formula)}" for name, formula in
                              sorted(chosen.items(), key=lambda item: str(item[0])))
            return ClaimResult(claim.source, Verdict.VERIFIED, f"with {names} put in",
                               "substitution", method="the earlier formulas put in, then "
                               "exact simplification and 40-digit values at random points")
    return None
