"""An integral that is certainly wrong (worker side): `\\int x^2 \\, dx = x^3 + C` (the
derivative of x³ is 3x², not x²) and `\\int_0^3 x^2 \\, dx = 27` (it is 9), in LaTeX or
typed plainly (`plain_calculus.py`). The broad reader verifies right ones and never
refutes; this refutes, only when all of these hold:

- the integrand and the claimed side are read by the strict reader (only its readings
  refute), with no letter but the variable of integration (and, for an antiderivative,
  a constant C or K), no bars, and no decimal in the claimed side;
- an antiderivative: at two or more points where it is real, SymPy's derivative of the
  claimed side and mpmath's finite differences of it agree with each other and both
  differ from the integrand (a missing `+ C` is no error);
- a definite integral of a polynomial between two numbers: SymPy's exact value and
  mpmath's quadrature agree with each other and differ from the claimed number.
"""

from __future__ import annotations

import re

import mpmath
import sympy

from tutor.verify.exact import PRECISION, strict
from tutor.verify.extract.claim import RawClaim
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.verify.wrong_derivatives import POINTS, numeric_derivative, real_value, shown

__all__ = ["wrong_integral"]

_INTEGRAL = re.compile(
    r"^\s*\\int\s*(?:_(?:\{(?P<low>[^{}]{1,20})\}|(?P<low1>-?[0-9a-zA-Z]))"
    r"\s*\^(?:\{(?P<high>[^{}]{1,20})\}|(?P<high1>-?[0-9a-zA-Z])))?"
    r"\s*(?P<integrand>[^=]{1,120}?)\s*(?:\\[,;!]\s*)?d(?P<var>[a-z])\s*$")
_CONSTANTS = (sympy.Symbol("C"), sympy.Symbol("K"))
_AGREE = mpmath.mpf(10) ** -12
_DIFFER = mpmath.mpf(10) ** -6


def _written(m: re.Match[str]) -> str:
    """The integral as a student reads it: `∫ x² dx`, `∫ from 0 to 3 of x² dx`."""
    low, high = m["low"] or m["low1"], m["high"] or m["high1"]
    bounds = f" from {maths_text(low)} to {maths_text(high)} of" if low is not None else ""
    return f"∫{bounds} {maths_text(m['integrand'].strip())} d{m['var']}"


def _refuted(claim: RawClaim, reason: str, method: str) -> ClaimResult:
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "calculus", method=method)


def _antiderivative(claim: RawClaim, written: str, integrand: sympy.Expr, claimed: sympy.Expr,
                    var: sympy.Symbol) -> ClaimResult | None:
    if not claimed.free_symbols <= {var, *_CONSTANTS} or var not in claimed.free_symbols:
        return None
    primitive = claimed.subs({c: 0 for c in _CONSTANTS})
    slope = sympy.diff(primitive, var)
    misses = []
    for at in POINTS:
        if real_value(primitive.evalf(PRECISION, subs={var: at})) is None:
            continue
        symbolic = real_value(slope.subs(var, at).evalf(PRECISION))
        numeric = numeric_derivative(primitive, var, at, 1)
        wanted = real_value(integrand.subs(var, at).evalf(PRECISION))
        if symbolic is None or numeric is None or wanted is None:
            continue
        scale = max(mpmath.mpf(1), abs(symbolic))
        if abs(symbolic - numeric) <= _AGREE * scale and abs(symbolic - wanted) > _DIFFER * scale:
            misses.append(at)
    if len(misses) < 2:
        return None
    at = misses[0]
    return _refuted(claim, f"{written} is not {maths_text(claim.rhs)}: the "
                    f"derivative of {maths_text(sympy.latex(primitive))} is "
                    f"{maths_text(sympy.latex(slope))}, not {maths_text(sympy.latex(integrand))} "
                    f"(at {var} = {shown(at)}: {shown(slope.subs(var, at))}, not "
                    f"{shown(integrand.subs(var, at))})",
                    "the claimed side differentiated symbolically and by finite differences "
                    "(40 digits); both differ from the integrand")


def _definite(claim: RawClaim, written: str, integrand: sympy.Expr, claimed: sympy.Expr,
              var: sympy.Symbol, low: sympy.Expr, high: sympy.Expr) -> ClaimResult | None:
    if claimed.free_symbols or low.free_symbols or high.free_symbols \
            or not integrand.is_polynomial(var):
        return None
    exact = sympy.integrate(integrand, (var, low, high))
    value, said = real_value(exact.evalf(PRECISION)), real_value(claimed.evalf(PRECISION))
    lo, hi = real_value(low.evalf(PRECISION)), real_value(high.evalf(PRECISION))
    if value is None or said is None or lo is None or hi is None:
        return None
    poly = sympy.lambdify(var, integrand, "mpmath")
    with mpmath.workdps(PRECISION):
        quadrature = mpmath.quad(poly, [lo, hi])
    scale = max(mpmath.mpf(1), abs(value))
    if abs(quadrature - value) > _AGREE * scale or abs(said - value) <= _DIFFER * scale:
        return None
    return _refuted(claim, f"{written} = {shown(exact)}, not "
                    f"{maths_text(claim.rhs)}",
                    "integrated exactly and by quadrature (40 digits); both differ from "
                    "the claim")


def wrong_integral(claim: RawClaim) -> ClaimResult | None:
    """Refuted when the claimed integral is certainly wrong (see the module doc), else
    None (then the broad reader may still verify it)."""
    m = _INTEGRAL.match(claim.lhs)
    if m is None or claim.relation != "=" or not claim.comparable or not claim.asserted \
            or claim.approximate or claim.supposed or "." in claim.rhs \
            or "|" in claim.lhs + claim.rhs:
        return None
    integrand, claimed = strict(m["integrand"]), strict(claim.rhs)
    var = sympy.Symbol(m["var"])
    if integrand is None or claimed is None or not integrand.expr.free_symbols <= {var}:
        return None
    low_text, high_text = m["low"] or m["low1"], m["high"] or m["high1"]
    try:
        if low_text is None:
            return _antiderivative(claim, _written(m), integrand.expr, claimed.expr, var)
        low, high = strict(low_text), strict(high_text)
        if low is None or high is None:
            return None
        return _definite(claim, _written(m), integrand.expr, claimed.expr, var, low.expr, high.expr)
    except (TypeError, ValueError, NotImplementedError, ZeroDivisionError):
        return None
