"""Claims outside the strict grammar (calculus, functions, sums, Greek letters, `\\gcd`):
verified when an independent check confirms them, never refuted.

A sum, integral or limit is confirmed by its own two methods (`series`); an identity in the
unknowns by random points (`exact`); an equation by following from a nearby earlier one
(a rewrite, known values, the same step on both sides, a division, a multiple); a number by
40-digit evaluation. Anything else is unchecked: the lenient reading is never certain enough
to refute.
"""

from __future__ import annotations

import re

import sympy
from sympy.core.function import AppliedUndef

from tutor.verify.both_sides import follows_on_both_sides
from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.equation_products import follows_by_dividing
from tutor.verify.equations import with_known_values
from tutor.verify.exact import (
    PRECISION,
    is_exponent_law,
    is_identity,
    is_identity_in_unknown_values,
    is_identity_with_i,
    is_log_identity,
)
from tutor.verify.extract.calculus_arithmetic import DERIVATIVE
from tutor.verify.function_values import function_value_claim
from tutor.verify.lenient_parser import parse_lenient
from tutor.verify.log_rewrites import follows_by_log_rules
from tutor.verify.polynomial_combination import multiplier_claim
from tutor.verify.rewrites import follows_from_previous
from tutor.verify.series import integral_holds, limit_holds, sum_holds
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.verify.written_precision import agrees_to_places

# "S = ...", "P(x) = ...", "a_n = ...": names being defined, not claims.
_DEFINITION = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?|\^\{-1\})?(?:\([a-z](?:,\s*[a-z])*\))?\s*$")
# (`\cot^2 45^\circ`: a function of degrees too, never a number of degrees to strip)
CALCULUS = re.compile(rf"{DERIVATIVE.pattern}|\\int|\\lim|\\sum|\\sin|\\cos|\\tan|\\log|\\ln|\\exp"
                      r"|\\cot|\\sec|\\csc")


# A number read leniently that is not the other side's (plain_functions counts it)
DIFFERS = "the two sides differ at 40 digits"

_BOUNDED = (sympy.Sum, sympy.Integral, sympy.Limit)
_HOLDS = {sympy.Sum: sum_holds, sympy.Integral: integral_holds, sympy.Limit: limit_holds}
_INVERSE = re.compile(r"\^\s*\{?\s*-\s*1")  # `f^{-1}(x)`: not a reciprocal


def _series_method(expr: sympy.Expr) -> str:
    if isinstance(expr, sympy.Integral):
        return "symbolic + numeric quadrature"
    if isinstance(expr, sympy.Limit):
        return "symbolic + numeric evaluation near the point"
    if expr.limits[0][2] is sympy.oo:
        return "partial sums with a tail bound + mpmath extrapolation"
    return "exact term-by-term + 40-digit numeric"


def lenient_claim(claim: RawClaim, ctx: Context) -> ClaimResult:
    """Claims outside the strict grammar: verify if we can, never refute."""
    if claim.relation not in ("=", "≈") or _DEFINITION.match(claim.lhs):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "other")
    pair = parse_lenient(claim.lhs, claim.rhs)
    if pair is None:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "other")
    lhs, rhs = pair
    if not isinstance(lhs, _BOUNDED) and isinstance(rhs, _BOUNDED):
        lhs, rhs = rhs, lhs
    if isinstance(lhs, _BOUNDED) and not isinstance(lhs, sympy.Integral) or (
            isinstance(lhs, sympy.Integral) and len(lhs.limits[0]) == 3):
        holds = _HOLDS[type(lhs)]
        # a limit = a limit (L'Hopital): the right side's value, confirmed by its own methods
        found = _confirmed_value(rhs) if isinstance(rhs, _BOUNDED) else None
        rhs = rhs if found is None else found
        if claim.relation == "=" and not rhs.has(*_BOUNDED) \
                and holds(lhs, rhs):  # type: ignore[operator]
            return ClaimResult(claim.source, Verdict.VERIFIED, "", "series",
                               method=_series_method(lhs))
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not confirmed twice", "calculus")
    diff = lhs - rhs
    if diff.atoms(AppliedUndef) and (found := function_value_claim(claim, ctx)):
        return found  # `g(4) = 2g(3)` after `g(x + 1) = 2g(x)` and `x = 3`
    if claim.relation == "=" and not _INVERSE.search(claim.source) \
            and is_identity_in_unknown_values(diff):
        return ClaimResult(claim.source, Verdict.VERIFIED, "an identity whatever the "
                           "function's values", "identity")
    if diff.has(sympy.Sum, sympy.Product, sympy.Limit) or diff.atoms(AppliedUndef) or any(
            len(i.limits[0]) == 3 for i in diff.atoms(sympy.Integral)):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not checked", "other")
    if isinstance(lhs, sympy.Integral) and len(lhs.limits[0]) == 1:
        var = lhs.limits[0][0]
        diff = lhs.function - sympy.diff(rhs, var)  # d/dx of the antiderivative
    elif diff.has(sympy.Derivative, sympy.Integral, sympy.Limit):
        diff = diff.doit()
    if not isinstance(diff, sympy.Expr):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "other")
    if diff.free_symbols:
        ok = is_identity(diff) or is_log_identity(diff) or is_identity_with_i(diff) \
            or is_exponent_law(diff)
        if not ok and claim.relation == "=" and not isinstance(lhs, _BOUNDED):
            nearby = [pair for pair in reversed(ctx.previous)
                      if _names(" ".join(pair)) & _names(claim.source)][:_LENIENT_PREVIOUS]
            previous = [p for p in (parse_lenient(*pair) for pair in nearby) if p is not None]
            restated = follows_from_previous(claim, lhs, rhs, previous) \
                or with_known_values(claim, lhs, rhs, ctx, previous) \
                or follows_on_both_sides(claim, lhs, rhs, previous) \
                or follows_by_dividing(claim, lhs, rhs, previous) \
                or multiplier_claim(claim, lhs, rhs, previous) \
                or follows_by_log_rules(claim, lhs, rhs, previous)
            if restated is not None:
                return restated
    else:
        value = sympy.N(diff.doit(), PRECISION)  # `\gcd(12, 18)` arrives unevaluated
        tol = sympy.Float(10) ** -(PRECISION // 2) if claim.relation == "=" else 10**-2
        small = abs(value) <= tol if value.is_number else sympy.false
        ok = not value.has(sympy.nan, sympy.zoo) and small is sympy.true \
            or _at_written_places(claim, lhs, rhs, ctx)
        if not ok and claim.relation == "=" and _clearly_apart(
                value, lhs, rhs, rounded=bool(_DECIMAL.search(claim.lhs + claim.rhs))):
            # `cos(π/3) = √3/2`: never refuted (the lenient reading may not be the writer's)
            return ClaimResult(claim.source, Verdict.UNCHECKED, DIFFERS, "other")
    verdict = Verdict.VERIFIED if ok else Verdict.UNCHECKED
    return ClaimResult(
        claim.source, verdict, "", "calculus" if CALCULUS.search(claim.source) else "other"
    )


_DECIMAL = re.compile(r"\d\.\d")


def _at_written_places(claim: RawClaim, lhs: sympy.Basic, rhs: sympy.Basic,
                       ctx: Context) -> bool:
    """`\\ln 2 = 0.6931`, `ln(10) = 2.302585`, `\\pi = 3.1416`: a value with no decimal in
    it written as a plain decimal with `=`, at the places written (rounded, or cut off
    where the problem asks no rounding; see written_precision), two places or more
    (`log_10(50) = 1.7` is too rough a reading to confirm)."""
    if claim.relation not in ("=", "≈") or _DECIMAL.search(claim.lhs) \
            or not isinstance(lhs, sympy.Expr) or lhs.free_symbols or rhs.free_symbols:
        return False
    return agrees_to_places(lhs, claim.rhs, cut_off=not ctx.rounding_asked)


def _clearly_apart(gap: sympy.Basic, lhs: sympy.Basic, rhs: sympy.Basic,
                   rounded: bool = False) -> bool:
    """Two numbers (no unknowns) whose 40-digit difference is far from 0 beside their size
    (beyond a fiftieth of it where a side has rounded decimals: `ln 64/ln 2 = 4.1589/0.6931`)."""
    if not isinstance(gap, sympy.Expr) or not gap.is_number or gap.has(sympy.nan, sympy.zoo) \
            or not gap.is_real:
        return False
    try:
        scale = max(abs(sympy.N(lhs, PRECISION)), abs(sympy.N(rhs, PRECISION)), 1)
        return bool(abs(gap) > scale * (sympy.Rational(1, 50) if rounded
                                         else sympy.Float(10) ** -6))
    except (TypeError, ValueError):
        return False


def _confirmed_value(expr: sympy.Basic) -> sympy.Basic | None:
    """The value of a sum, integral or limit when SymPy finds it and the numerical method
    confirms it; None otherwise."""
    if isinstance(expr, sympy.Integral) and len(expr.limits[0]) != 3:
        return None
    value = expr.doit()
    if value.has(*_BOUNDED) or not _HOLDS[type(expr)](expr, value):  # type: ignore[operator]
        return None
    return value


_NAME = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z]{1,3}(?![a-zA-Z])|\\(?:alpha|beta|gamma|delta|theta|"
                   r"phi|varphi|psi|omega|lambda|mu|sigma|tau|rho|epsilon)(?![a-zA-Z])")
_LENIENT_PREVIOUS = 4


def _names(text: str) -> set[str]:
    """The one-letter and Greek names in LaTeX text (a cheap test that two equations
    may share a variable, before parsing either); a short run of letters is a product of
    one-letter names (`\\log_2 (uv)` names u and v)."""
    return {name for found in _NAME.findall(text)
            for name in ([found] if found.startswith("\\") else found)}


__all__ = ["CALCULUS", "lenient_claim"]
