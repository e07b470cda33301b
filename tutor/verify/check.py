"""Check one claim with SymPy. Runs inside a worker process (see `pool`).

Policy: *verified* may rest on a high-precision numeric test at random points;
*refuted* only on an exact computation from the strict parser, or on a gap far
beyond any rounding the text could mean. Everything else is *unchecked*.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import sympy
from sympy.core.function import AppliedUndef

from tutor.verify.claims import RawClaim
from tutor.verify.lenient_parser import parse_lenient
from tutor.verify.messages import wrong_order, wrong_value
from tutor.verify.notation import maths_text
from tutor.verify.strict_parser import Parsed, ParseError, parse_strict
from tutor.verify.verdict import ClaimResult, Verdict

_PRECISION = 40
_PERCENT = re.compile(r"\\?%")
_SAMPLE_POINTS = 3


@dataclass(frozen=True)
class Context:
    """What a claim is checked against: the problem's equation and earlier equations."""

    target_equation: tuple[str, str] | None = None  # "Solve 2x + 3 = 11" -> ("2x + 3", "11")
    previous: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _fmt(expr: sympy.Expr, decimals: int = 0) -> str:
    if expr.is_Rational and not expr.is_Integer:  # in decimals when the claim wrote decimals
        return f"{float(expr):.{decimals + 1}f}".rstrip("0") if decimals else f"{expr.p}/{expr.q}"
    if expr.is_number and not expr.is_Rational:
        return f"{sympy.N(expr, 10)}"
    return str(expr).replace("**", "^")


@lru_cache(maxsize=512)
def _strict(text: str) -> Parsed | None:
    try:
        return parse_strict(text)
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None


def _is_zero_exact(diff: sympy.Expr) -> bool | None:
    """True/False when certain, None when SymPy cannot tell."""
    if diff.is_Rational:
        return bool(diff == 0)
    value = sympy.N(diff, _PRECISION)
    if not value.is_number or value.has(sympy.nan, sympy.zoo):
        return None
    if abs(value) > sympy.Float(10) ** (-_PRECISION // 2):
        return False
    simplified = sympy.nsimplify(diff) if diff.is_algebraic else sympy.simplify(diff)
    return True if simplified == 0 else None


def _holds(lhs: sympy.Expr, rel: str, rhs: sympy.Expr) -> bool | None:
    if rel == "=":
        return _is_zero_exact(lhs - rhs)
    if rel == "!=":
        z = _is_zero_exact(lhs - rhs)
        return None if z is None else not z
    lv, rv = sympy.N(lhs, _PRECISION), sympy.N(rhs, _PRECISION)
    if not (lv.is_real and rv.is_real) or _is_zero_exact(lhs - rhs) is None:
        return None
    return bool({"<": lv < rv, ">": lv > rv, "<=": lv <= rv, ">=": lv >= rv}[rel])


def _first_term(text: str) -> str:
    """`40 + 10` -> `40`: the running-total habit `20 * 2 = 40 + 10 = 50`."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "({[":
            depth += 1
        elif ch in ")}]":
            depth -= 1
        elif ch in "+-" and depth == 0 and i > 0:
            return text[:i]
    return text


def _numeric_claim(claim: RawClaim, lhs: Parsed, rhs: Parsed) -> ClaimResult:
    rel = "=" if claim.relation == "≈" else claim.relation
    holds = _holds(lhs.expr, rel, rhs.expr)
    if holds:
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "arithmetic")
    if holds is None:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "could not decide", "arithmetic")
    # Not exactly equal. Allow the rounding the text itself shows.
    if rel == "=" and lhs.decimals and not claim.approximate:
        # Rounded inputs ("(2.8284)^2 = 8"): the error grows through the
        # computation, so only a large relative gap is certain.
        gap = abs(sympy.N(lhs.expr - rhs.expr, _PRECISION))
        if gap <= abs(sympy.N(rhs.expr, 20)) / 50:
            return ClaimResult(claim.source, Verdict.UNCHECKED, "rounded inputs", "approximation")
    if rel == "=":
        decimals = max(lhs.decimals, rhs.decimals)
        gap = abs(sympy.N(lhs.expr - rhs.expr, _PRECISION))
        tol = sympy.Rational(1, 10**decimals) if decimals else sympy.Integer(0)
        if claim.approximate:
            scale = max(abs(sympy.N(rhs.expr, 20)), abs(sympy.N(lhs.expr, 20)))
            tol = max(tol, sympy.Rational(1, 2) if not decimals else tol, scale / 50)
        if gap <= tol * (1 + sympy.Rational(1, 10**6)):
            return ClaimResult(
                claim.source, Verdict.VERIFIED, "equal after rounding", "approximation"
            )
        if claim.approximate and gap <= 10 * tol:
            return ClaimResult(
                claim.source, Verdict.UNCHECKED, "rough approximation", "approximation"
            )
    refutable = claim.comparable and (lhs.has_operator or rhs.has_operator or rel != "=")
    if refutable and rel == "=" and not claim.single_link:
        first = _strict(_first_term(claim.rhs))
        if first is not None and not first.expr.free_symbols and _holds(lhs.expr, "=", first.expr):
            refutable = False  # "20 * 2 = 40 + 10": a running total, sloppy but not wrong
    if not refutable:
        return ClaimResult(
            claim.source, Verdict.UNCHECKED, "not a plain equality here", "arithmetic"
        )
    if rel == "=":
        reason = wrong_value(claim.lhs, lhs.expr, claim.rhs, max(lhs.decimals, rhs.decimals),
                             lhs.has_operator)
    else:
        reason = wrong_order(claim.source, lhs.expr, rhs.expr)
    if claim.source.replace(" ", "") != f"{claim.lhs}{claim.relation}{claim.rhs}".replace(" ", ""):
        reason = f"{maths_text(claim.source)}: {reason}"  # a reading of what the step wrote
    if claim.note:
        reason = f"{reason} ({claim.note})"
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "arithmetic")


def _random_points(symbols: set[sympy.Symbol], seed: int) -> list[dict[sympy.Symbol, sympy.Float]]:
    rng = random.Random(seed)
    return [
        {s: sympy.Float(rng.uniform(-9.7, 9.7) + 1 / 7, _PRECISION) for s in symbols}
        for _ in range(_SAMPLE_POINTS)
    ]


def _is_identity(diff: sympy.Expr) -> bool:
    """Zero at several random points, evaluated numerically at high precision.

    evalf with `subs` never builds exact powers of the sample values, so
    `a^{4002/1001}` costs microseconds instead of minutes.
    """
    symbols = diff.free_symbols
    for point in _random_points(symbols, seed=len(str(diff))):
        value = diff.evalf(_PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo):
            return False
        if abs(value) > sympy.Float(10) ** (-_PRECISION // 2):
            return False
    return True


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


def _equation_claim(claim: RawClaim, lhs: Parsed, rhs: Parsed, ctx: Context) -> ClaimResult:
    diff = lhs.expr - rhs.expr
    if claim.relation == "=" and _is_identity(diff):
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "identity")
    if claim.relation != "=":
        return ClaimResult(claim.source, Verdict.UNCHECKED, "", "inequality")
    symbols = diff.free_symbols
    if ctx.target_equation and len(symbols) == 1:
        var = next(iter(symbols))
        target = _parse_pair(ctx.target_equation)
        if target and (target[0] - target[1]).free_symbols == {var}:
            result = _solution_claim(claim, lhs, rhs, var, target)
            if result is not None:
                return result
    for prev in reversed(ctx.previous):
        pair = _parse_pair(prev)
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
    zero = _is_zero_exact(at_value)
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


@lru_cache(maxsize=256)
def _parse_pair(pair: tuple[str, str]) -> tuple[sympy.Expr, sympy.Expr] | None:
    a, b = _strict(pair[0]), _strict(pair[1])
    return (a.expr, b.expr) if a and b else None


# "S = ...", "P(x) = ...", "a_n = ...": names being defined, not claims.
_DEFINITION = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?)?(?:\([a-z]\))?\s*$")
_CALCULUS = re.compile(r"\\frac\{d|\\int|\\lim|\\sum|\\sin|\\cos|\\tan|\\log|\\ln|\\exp|\\binom")


def _lenient_claim(claim: RawClaim) -> ClaimResult:
    """Claims outside the strict grammar: verify if we can, never refute."""
    if claim.relation not in ("=", "≈") or _DEFINITION.match(claim.lhs):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "other")
    pair = parse_lenient(claim.lhs, claim.rhs)
    if pair is None:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "other")
    lhs, rhs = pair
    diff = lhs - rhs
    if diff.has(sympy.Sum, sympy.Product) or diff.atoms(AppliedUndef):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not checked", "other")
    if isinstance(lhs, sympy.Integral) and len(lhs.limits[0]) == 1:
        var = lhs.limits[0][0]
        diff = lhs.function - sympy.diff(rhs, var)  # d/dx of the antiderivative
    elif diff.has(sympy.Derivative, sympy.Integral, sympy.Limit):
        diff = diff.doit()
    if not isinstance(diff, sympy.Expr):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "other")
    if diff.free_symbols:
        ok = _is_identity(diff)
    else:
        value = sympy.N(diff, _PRECISION)
        tol = sympy.Float(10) ** -(_PRECISION // 2) if claim.relation == "=" else 10**-2
        ok = value.is_number and not value.has(sympy.nan, sympy.zoo) and abs(value) <= tol
    verdict = Verdict.VERIFIED if ok else Verdict.UNCHECKED
    return ClaimResult(
        claim.source, verdict, "", "calculus" if _CALCULUS.search(claim.source) else "other"
    )


# How each kind of claim was confirmed, for the student.
METHODS = {
    "arithmetic": "exact arithmetic + 40-digit numeric",
    "approximation": "40-digit numeric, at the precision written",
    "identity": "equal at random points (40 digits)",
    "solution": "substitution",
    "rewrite": "same solutions as the previous equation",
    "calculus": "symbolic, then 40-digit numeric",
    "other": "40-digit numeric",
}
# Unchecked results that are not claims at all, or forms that were declined.
_NOT_CHECKABLE = ("a definition", "not a plain equality here", "percentage")


def check_claim(claim: RawClaim, ctx: Context) -> ClaimResult:
    """The claim's result, with how it was checked and whether it counts as a claim."""
    result = _check_claim(claim, ctx)
    if result.verdict is not Verdict.UNCHECKED:
        return replace(result, method=result.method or METHODS.get(result.kind, ""))
    declined = not claim.comparable or result.reason in _NOT_CHECKABLE or (
        not claim.latex and result.reason == "not parsed"
    )
    return replace(result, checkable=not declined) if declined else result


def _check_claim(claim: RawClaim, ctx: Context) -> ClaimResult:
    if claim.latex and _CALCULUS.search(claim.source):
        return _lenient_claim(claim)
    lhs, rhs = _strict(claim.lhs), _strict(claim.rhs)
    if lhs is None or rhs is None:
        return (
            _lenient_claim(claim)
            if claim.latex
            else ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "other")
        )
    if not lhs.expr.free_symbols and not rhs.expr.free_symbols:
        result = _numeric_claim(claim, lhs, rhs)
        if result.verdict is Verdict.VERIFIED or "%" not in claim.source:
            return result
        # "0.2 × 100 = 20%": a percentage may stand for its number; refute only
        # when neither reading holds.
        bare = replace(claim, lhs=_PERCENT.sub("", claim.lhs), rhs=_PERCENT.sub("", claim.rhs))
        lhs2, rhs2 = _strict(bare.lhs), _strict(bare.rhs)
        if lhs2 is None or rhs2 is None:
            return ClaimResult(claim.source, Verdict.UNCHECKED, "percentage", "arithmetic")
        other = _numeric_claim(bare, lhs2, rhs2)
        return result if other.verdict is Verdict.REFUTED else replace(other, claim=claim.source)
    return _equation_claim(claim, lhs, rhs, ctx)
