"""Equations got by equating coefficients (worker side, verify only): after
`(A + B)x + (A - B) = x + 2`, the words "equating coefficients" make `A + B = 1` and
`A - B = 2` claims that the coefficients of x and of 1 on the two sides agree. The
claim must be a nonzero constant multiple of one coefficient of an earlier equation,
as a polynomial in a letter the claim does not use; exact, then again at 40 digits."""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import PRECISION, is_zero_exact, too_high_to_expand
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

# The words that say a step equates coefficients (the step or the one before it).
EQUATES_COEFFICIENTS = re.compile(
    r"\bcoefficients?\b|\bconstant terms?\b|\b(?:compar|match|equat)\w*\s+(?:the\s+)?"
    r"(?:terms|powers|like\s+terms)\b",
    re.IGNORECASE,
)
_MAX_DEGREE = 8


def _is_multiple(diff: sympy.Expr, coefficient: sympy.Expr) -> bool:
    """`diff` is a nonzero number times `coefficient` (exactly, and at 40 digits)."""
    if not coefficient.free_symbols or coefficient.free_symbols != diff.free_symbols:
        return False
    ratio = sympy.cancel(diff / coefficient)
    if ratio.free_symbols or is_zero_exact(ratio) is not False:
        return False
    point = {s: sympy.Rational(k + 3, k + 7) for k, s in enumerate(sorted(
        diff.free_symbols, key=str))}
    value = sympy.N((diff - ratio * coefficient).subs(point), PRECISION)
    return bool(value.is_number and abs(value) < sympy.Float(10) ** (-PRECISION // 2))


def _polynomial(expr: sympy.Expr, var: sympy.Symbol) -> sympy.Poly | None:
    """`expr` as a polynomial in `var` whose coefficients may hold other letters."""
    if too_high_to_expand(expr):
        return None
    try:
        return sympy.Poly(sympy.expand(expr), var)
    except sympy.PolynomialError:
        return None


def coefficient_claim(
    claim: RawClaim, diff: sympy.Expr,
    previous: list[tuple[tuple[str, str], tuple[sympy.Expr, sympy.Expr]]],
) -> ClaimResult | None:
    """Verified when the claim equates one pair of coefficients of an earlier equation
    (`previous`: each as written and as read, the latest last)."""
    if claim.relation != "=" or not diff.free_symbols:
        return None
    for text, (lhs, rhs) in reversed(previous):
        expr = lhs - rhs
        for var in sorted(expr.free_symbols - diff.free_symbols, key=str):
            poly = _polynomial(expr, var)
            if poly is None or not 1 <= poly.degree() <= _MAX_DEGREE:
                continue
            for power, coefficient in zip(range(poly.degree(), -1, -1), poly.all_coeffs(),
                                          strict=True):
                if _is_multiple(diff, sympy.expand(coefficient)):
                    term = "the constant terms" if power == 0 else \
                        f"the coefficients of {var}" + (f"^{power}" if power > 1 else "")
                    return ClaimResult(
                        claim.source, Verdict.VERIFIED,
                        f"equating {term} in {maths_text(f'{text[0]} = {text[1]}')}",
                        "identity",
                        method="coefficients of the earlier equation, exactly and at 40 digits")
    return None
