"""Check one claim with SymPy. Runs inside a worker process (see `pool`).

Policy: *verified* may rest on a high-precision numeric test at random points;
*refuted* only on an exact computation from the strict parser, or on a gap far
beyond any rounding the text could mean. Everything else is *unchecked*.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

import sympy

from tutor.verify.approximate_values import approximate_value_claim
from tutor.verify.claims import RawClaim
from tutor.verify.context import SEGMENT, Context, names_a_quantity
from tutor.verify.derivatives import derivative_claim, derivative_zero_claim
from tutor.verify.division_fractions import both_readings
from tutor.verify.dotted_sums import DOTS, dotted_claim
from tutor.verify.equations import equation_claim
from tutor.verify.euler_form import euler_number_claim, writes_euler
from tutor.verify.exact import (
    DEGREES,
    PRECISION,
    holds,
    strict,
    usual_reading,
)
from tutor.verify.extract.conventions import added_percent, percent_readings, rate_of_factor
from tutor.verify.extract.tex_rules import tex_scripts
from tutor.verify.function_values import function_value_claim, names_an_inverse
from tutor.verify.functions import expand_functions
from tutor.verify.gcd_steps import gcd_step_claim
from tutor.verify.latex_logs import wrong_latex_log
from tutor.verify.lenient_claims import CALCULUS, DIFFERS, lenient_claim
from tutor.verify.letter_products import products_of_known_letters
from tutor.verify.matrices import matrix_claim, vector_claim
from tutor.verify.messages import wrong_order, wrong_value
from tutor.verify.modular import FALSE_HERE, congruence_claim
from tutor.verify.named_values import named_value_claim
from tutor.verify.negated_claims import negated_claim
from tutor.verify.notation import maths_text
from tutor.verify.numerals import in_base_ten
from tutor.verify.plain_functions import as_latex, plain_function_claim
from tutor.verify.plus_minus_restated import restated_two_values
from tutor.verify.plus_minus_values import plus_minus_value_claim
from tutor.verify.point_values import point_claim
from tutor.verify.segment_values import segment_value_claim
from tutor.verify.strict_parser import Parsed
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.verify.written_precision import agrees_at_written_places, decimal_inputs_result
from tutor.verify.wrong_function_values import wrong_function_value
from tutor.verify.wrong_integrals import wrong_integral

__all__ = ["METHODS", "Context", "check_claim"]

_PERCENT = re.compile(r"\\?%")
_ONE_PERCENT = re.compile(r"\s*\d+(?:\.\d+)?\s*\\?%\s*")  # "= 60%"
_NOT_CARRIED = "left unchecked: how it reads rests on the layout or the words around it"


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


def _numeric_claim(claim: RawClaim, lhs: Parsed, rhs: Parsed, *,
                   rounding_asked: bool = False) -> ClaimResult:
    rel = "=" if claim.relation == "≈" else claim.relation
    true = holds(lhs.expr, rel, rhs.expr)
    if true:
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "arithmetic")
    if true is None:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "could not decide", "arithmetic")
    # Not exactly equal. Allow the rounding the text itself shows.
    if rel == "=" and lhs.decimals and not claim.approximate:
        # Rounded inputs ("(2.8284)^2 = 8"): the error grows through the
        # computation, so only a large relative gap is certain.
        gap = abs(sympy.N(lhs.expr - rhs.expr, PRECISION))
        if gap <= abs(sympy.N(rhs.expr, 20)) / 50:
            return decimal_inputs_result(claim.source, lhs.expr, claim.rhs, not rounding_asked)
    if rel == "=":
        decimals = max(lhs.decimals, rhs.decimals)
        gap = abs(sympy.N(lhs.expr - rhs.expr, PRECISION))
        tol = sympy.Rational(1, 10**decimals) if decimals else sympy.Integer(0)
        if claim.approximate:
            scale = max(abs(sympy.N(rhs.expr, 20)), abs(sympy.N(lhs.expr, 20)))
            tol = max(tol, sympy.Rational(1, 2) if not decimals else tol, scale / 50)
        if gap <= tol * (1 + sympy.Rational(1, 10**6)):
            if lhs.decimals and not claim.approximate:  # "1.2 + 1.3 = 2.6": no rounding shown
                return decimal_inputs_result(claim.source, lhs.expr, claim.rhs, not rounding_asked)
            if not lhs.decimals and agrees_at_written_places(
                    lhs.expr, claim.rhs, cut_off=not rounding_asked) is False:
                # "√2 ≈ 1.5", "9π ≈ 28.7": close, but not the value at the places written
                return ClaimResult(claim.source, Verdict.UNCHECKED,
                                   "not the value at the places written", "approximation")
            return ClaimResult(claim.source, Verdict.VERIFIED, "equal after rounding",
                               "approximation")
        if claim.approximate and gap <= 10 * tol:
            return ClaimResult(claim.source, Verdict.UNCHECKED, "rough approximation",
                               "approximation")
    refutable = claim.comparable and (lhs.has_operator or rhs.has_operator or rel != "=")
    if refutable and rel == "=" and not claim.single_link:
        first = strict(_first_term(claim.rhs))
        if first is not None and not first.expr.free_symbols and holds(lhs.expr, "=", first.expr):
            refutable = False  # "20 * 2 = 40 + 10": a running total, sloppy but not wrong
    if not refutable and rel == "=" and claim.comparable and not claim.single_link \
            and not claim.counted and not claim.approximate \
            and not lhs.has_operator and not rhs.has_operator:
        # `gcd(12, 18) = 18 - 12 = 6 = 2`: a bare link between two numbers in a chain may be a
        # label, never refuted; but it counts, so the chain is not verified on its other links
        return ClaimResult(claim.source, Verdict.UNCHECKED,
                           f"{FALSE_HERE}: {maths_text(claim.lhs)} is not {maths_text(claim.rhs)}",
                           "arithmetic")
    if not refutable:  # a link carried from the step before counts, left unchecked
        reason = _NOT_CARRIED if claim.counted else "not a plain equality here"
        return ClaimResult(claim.source, Verdict.UNCHECKED, reason, "arithmetic")
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
_DENIED = "denied by the words around it"
_NOT_CHECKABLE = ("a definition", "not a plain equality here", "percentage", "a supposition",
                  _DENIED)


def check_claim(claim: RawClaim, ctx: Context) -> ClaimResult:
    """The claim's result, with how it was checked and whether it counts as a claim."""
    result = (_with_functions(claim, ctx) if ctx.functions and not claim.supposed else None) \
        or _check_claim(claim, ctx)
    if result.verdict is not Verdict.UNCHECKED:
        return replace(result, method=result.method or METHODS.get(result.kind, ""))
    # `\cos 30^\circ = \frac{1}{2}` read and found apart (DIFFERS) counts though its
    # degrees make it no plain equality: unrefuted, it keeps its step from being verified
    declined = (not claim.comparable and not claim.counted
                and not result.reason.startswith(FALSE_HERE) and result.reason != DIFFERS) \
        or result.reason in _NOT_CHECKABLE or (not claim.latex and result.reason == "not parsed")
    return replace(result, checkable=not declined) if declined else result


def _with_functions(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """Verified once the functions defined earlier are put in (`f(2) = 3(2) + 2`
    after `f(x) = 3x + 2`); verify only: a name may have been reused."""
    lhs = expand_functions(claim.lhs, ctx.functions)
    rhs = expand_functions(claim.rhs, ctx.functions)
    if lhs is None and rhs is None:
        return None
    expanded = replace(claim, lhs=lhs or claim.lhs, rhs=rhs or claim.rhs, supposed=False)
    result = _check_claim(expanded, replace(ctx, functions=()))
    if result.verdict is not Verdict.VERIFIED:
        return wrong_function_value(claim, lhs, ctx)  # `f(3) = 9` after `f(x) = x^2 + 1`
    names = ", ".join(sorted({f"{name}({var})" for name, var, _ in ctx.functions
                              if re.search(re.escape(name) + r"\s*(?:\\left\s*)?\(",
                                           claim.lhs + claim.rhs)}))
    return ClaimResult(claim.source, Verdict.VERIFIED, f"with {names} as defined earlier",
                       result.kind, method=f"the definition of {names} put in, then "
                       f"{result.method or METHODS.get(result.kind, '')}")


def _false_both_ways(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """A number claim with a fraction typed after a division sign (`6 ÷ 2/3 = 4`),
    refuted when it is false in the school reading and in strict order alike."""
    readings = [both_readings(side) or (side, side) for side in (claim.lhs, claim.rhs)]
    if all(school == strict_order for school, strict_order in readings):
        return None
    results = []
    for pick in (0, 1):
        lhs, rhs = strict(readings[0][pick]), strict(readings[1][pick])
        if lhs is None or rhs is None or lhs.expr.free_symbols or rhs.expr.free_symbols:
            return None
        results.append(_numeric_claim(claim, lhs, rhs, rounding_asked=ctx.rounding_asked))
    return results[0] if all(r.verdict is Verdict.REFUTED for r in results) else None


def _percent_added_on(claim: RawClaim) -> ClaimResult | None:
    """`50 + 10% = 55` (a calculator's % key) and `50 + 10% = 50.1` (10% the number 0.1)
    each hold in one reading and not the other: unchecked, naming both."""
    readings = percent_readings(claim.lhs) if claim.relation == "=" else None
    if readings is None or "%" in claim.rhs:
        return None
    try:
        stated = Fraction(claim.rhs.strip().lstrip("$").replace(",", ""))
    except ValueError:
        return None
    if stated not in readings:
        return None
    on, literal = (float(r) for r in readings)
    return ClaimResult(claim.source, Verdict.UNCHECKED, f"percentage: {on:g} with each "
                       f"percentage of the total so far, {literal:g} with it a number",
                       "arithmetic")


def _check_claim(claim: RawClaim, ctx: Context) -> ClaimResult:
    if claim.modulus:  # `8 ≡ 1 (mod 7)`
        return congruence_claim(claim)
    if claim.supposed:  # "if c = 2", "let x = 15", "for 0 < x < 5"; "not 6 + 7 = 12"
        return negated_claim(claim) or ClaimResult(claim.source, Verdict.UNCHECKED,
                           _DENIED if claim.denied else "a supposition", "other")
    if (on := _percent_added_on(claim)) is not None:
        return on
    if (two := plus_minus_value_claim(claim, ctx.target_equation)) is not None:
        return two  # `x = \frac{108 \pm 259}{122}` for "Solve 61x^2 - 108x - 227 = 0"
    if not claim.latex and (restated := restated_two_values(claim, ctx)) is not None:
        return restated  # `x = ±1` typed plainly after `x^2 = 1` (LaTeX: named_value_claim)
    if claim.relation == "=" and names_a_quantity(claim.lhs, ctx.previous):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "other")
    if SEGMENT.search(claim.lhs + claim.rhs):  # `AB^2 = 36`: (AB)², though A·B² in algebra
        claim = replace(claim, comparable=False)
        if (lengths := segment_value_claim(claim, ctx, check_claim)) is not None:
            return lengths  # `AB \cdot BC = 12 \cdot 5` after `AB = 12`, `BC = 5`
    if claim.latex and (based := in_base_ten(claim)) is not None:
        claim = based  # `321_5 = 86_{10}`: numerals in a base; verify only
    if claim.latex and (wrong_log := wrong_latex_log(claim)) is not None:
        return wrong_log  # `\log_2 32 = 6`, before its scripts are rewritten
    if claim.latex:
        lhs, rhs = tex_scripts(claim.lhs), tex_scripts(claim.rhs)
        if (lhs, rhs) != (claim.lhs, claim.rhs):
            claim = replace(claim, lhs=lhs, rhs=rhs, comparable=False)
    if DEGREES.search(claim.lhs + claim.rhs) and not CALCULUS.search(
            claim.source if claim.latex else as_latex(claim.source) or ""):
        # `3 × 66.4° = 199.2°`: arithmetic in degrees; verify only (`90° = π/2` is not false)
        claim = replace(claim, lhs=DEGREES.sub("", claim.lhs), rhs=DEGREES.sub("", claim.rhs),
                        comparable=False)
    if claim.latex and (named := named_value_claim(claim, ctx)) is not None:
        return named  # vectors, probabilities and discriminants known by name
    if claim.latex and ("matrix}" in claim.lhs + claim.rhs or vector_claim(claim)):
        return matrix_claim(claim)
    if DOTS.search(claim.lhs + claim.rhs) and (dotted := dotted_claim(claim)) is not None:
        return dotted  # `1 + 2 + \\cdots + 50 = 1275`
    if claim.latex and CALCULUS.search(claim.source):
        return wrong_integral(claim) or lenient_claim(claim, ctx)
    if claim.latex and "\\gcd" in claim.lhs and (euclid := gcd_step_claim(claim)):
        return euclid  # `\gcd(5n + 2, 2n + 1) = \gcd(2n + 1, n)`
    if (ctx.functions or ctx.previous) and (derived := derivative_claim(claim, ctx)) is not None:
        return derived  # `f'(x) = 4x^3 - 18x` after `f(x) = x^4 - 9x^2 + 25`
    if claim.latex and names_an_inverse(claim.lhs + claim.rhs):  # `f^{-1}(9)` is no product
        return function_value_claim(claim, ctx) or ClaimResult(
            claim.source, Verdict.UNCHECKED, "not checked", "other")
    lhs_read, rhs_read = strict(claim.lhs), strict(claim.rhs)
    if (lhs_read is None or rhs_read is None) and (both := usual_reading((claim.lhs, claim.rhs))):
        # `x^3 + 2x^2 = x(x^2 + 2x)`, `1\frac{1}{2} + 2 = 3.5`: as usually read; verify only
        usual = replace(claim, comparable=False)
        numbers = not (both[0].expr.free_symbols or both[1].expr.free_symbols)
        result = _numeric_claim(usual, *both, rounding_asked=ctx.rounding_asked) if numbers \
            else equation_claim(usual, *both, ctx)
        if result.verdict is Verdict.VERIFIED or result.reason == "a definition":
            return result  # `\\frac{n(n+1)}{2} = \\frac{40 \\cdot 41}{2}`: the problem's 40 put in
    if (lhs_read is None or rhs_read is None) and (
            lettered := products_of_known_letters(claim, ctx)) is not None:
        found = equation_claim(replace(claim, comparable=False), *lettered, ctx)
        if found.verdict is Verdict.VERIFIED:
            return found  # `2(2)^2 + b(2) - 36 = 0` after `2t^2 + bt - 36 = 0`
    if (lhs_read is None or rhs_read is None) and (
            false_both := _false_both_ways(claim, ctx)) is not None:
        return false_both  # `1/2 ÷ 3/8 = 5`: neither 4/3 nor 1/48
    if lhs_read is None or rhs_read is None:
        if claim.latex:
            return lenient_claim(claim, ctx)
        return plain_function_claim(claim, ctx, lenient_claim) \
            or ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "other")
    if not lhs_read.expr.free_symbols and not rhs_read.expr.free_symbols:
        result = _numeric_claim(claim, lhs_read, rhs_read, rounding_asked=ctx.rounding_asked)
        if result.verdict is Verdict.VERIFIED or "%" not in claim.source:
            return result
        # "0.2 × 100 = 20%": a percentage may stand for its number; refute only
        # when neither reading holds.
        bare = replace(claim, lhs=_PERCENT.sub("", claim.lhs), rhs=_PERCENT.sub("", claim.rhs))
        lhs2, rhs2 = strict(bare.lhs), strict(bare.rhs)
        # "50 + 10% = 60": a bare number and a percentage added, a bare result; the
        # calculator's reading is 55 (conventions.is_percent_added_on), so no other
        if lhs2 is None or rhs2 is None or (added_percent(claim.lhs) and not _ONE_PERCENT.fullmatch(
                claim.rhs)):  # ("50 + 10% = 55 + 5%" runs on: not 50 + 10 = 55 + 5)
            return ClaimResult(claim.source, Verdict.UNCHECKED, "percentage", "arithmetic")
        other = _numeric_claim(bare, lhs2, rhs2)
        if other.verdict is Verdict.REFUTED and _ONE_PERCENT.fullmatch(claim.rhs) \
                and lhs2.expr.is_Rational and rate_of_factor(Fraction(str(lhs2.expr)),
                                                             Fraction(str(rhs2.expr))):
            return ClaimResult(claim.source, Verdict.UNCHECKED,
                               "percentage: a factor written as its rate", "arithmetic")
        return result if other.verdict is Verdict.REFUTED else replace(other, claim=claim.source)
    known = {name for name, value in ctx.values if name != "e" or not writes_euler(value)}
    if (euler := euler_number_claim(claim, lhs_read, rhs_read, known, _numeric_claim)):
        return euler  # `e^1.6094 ≈ 5.000`: e is Euler's number; verify only
    if (approximate := approximate_value_claim(claim, ctx)) is not None:
        return approximate  # `x ≈ 2.33` after `x = 7/3`; verify only
    result = equation_claim(claim, lhs_read, rhs_read, ctx)
    if result.verdict is Verdict.UNCHECKED and ctx.functions and ctx.asks_extrema:
        result = derivative_zero_claim(claim, lhs_read.expr, rhs_read.expr, ctx) or result
    if ctx.points and result.verdict is Verdict.UNCHECKED:  # `3 = 2k + 1`: (2, 3) on y = kx + 1
        return point_claim(claim, lhs_read.expr, rhs_read.expr, ctx) or result
    return result
