"""A derivative in prime notation that is certainly wrong (worker side): `f'(x) = 2x^3`
after `f(x) = x^3`, `f'(2) = 12` after `f(x) = x^3 + x`, `f''(x) = 20x^4` after
`f(x) = x^5`. `derivatives.py` verifies the right ones; this refutes, only when all of
these hold:

- the definition and the claimed side are read by the strict reader (only its readings
  refute), the definition has no letter but its variable, and nothing marked it as
  possibly piecewise (`Context.unsure_functions`: a comparison, "otherwise", cases or
  bars in the text that defined it);
- `f'(x) = ...` has the variable on its right side (`f'(x) = 0` or `f'(x) = 5` is an
  equation to solve, never refuted); `f'(2) = ...` has a number there, written without
  decimals (a rounded value is not read); any other argument is not read;
- at two or more points (whole numbers and fractions above 0, or the number asked) where
  the function is real, SymPy's derivative and mpmath's finite differences of the
  definition agree with each other, and the claimed side differs from both, far beyond
  the precision of either.
"""

from __future__ import annotations

import mpmath
import sympy

from tutor.verify.context import Context
from tutor.verify.exact import PRECISION, strict
from tutor.verify.extract.claim import RawClaim
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["POINTS", "numeric_derivative", "real_value", "shown", "wrong_derivative"]

# Whole numbers first: the message names the first point where the claim fails.
POINTS = (sympy.Integer(2), sympy.Integer(3), sympy.Integer(1), sympy.Rational(7, 3),
           sympy.Rational(13, 4))
_AGREE = mpmath.mpf(10) ** -12  # the two methods on the true derivative
_DIFFER = mpmath.mpf(10) ** -6  # the claim against the true derivative


def real_value(value: sympy.Expr) -> mpmath.mpf | None:
    """The value as an mpf when it is a finite real number, else None."""
    if not value.is_number or value.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
        return None
    real, imag = value.as_real_imag()
    if abs(imag) > 0:
        return None
    return mpmath.mpf(str(real))


def numeric_derivative(body: sympy.Expr, var: sympy.Symbol, at: sympy.Expr, order: int,
                       real_only: bool = True) -> mpmath.mpf | mpmath.mpc | None:
    """The order-th derivative of `body` at the real point `at` by finite differences of
    its values (no symbolic rule); None when a value near `at` is not a finite number, or
    with `real_only`, not a real one."""
    def value(t: mpmath.mpf) -> mpmath.mpf | mpmath.mpc:
        digits = mpmath.mp.dps + 10  # mpmath.diff raises the precision for its steps
        result = body.evalf(digits, subs={var: sympy.Float(t, digits)})
        if not result.is_number or result.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
            raise ValueError("not a number")
        real, imag = result.as_real_imag()
        if real_only:
            if abs(imag) > 0:
                raise ValueError("not a real number")
            return mpmath.mpf(str(real))
        return mpmath.mpc(mpmath.mpf(str(real)), mpmath.mpf(str(imag)))

    with mpmath.workdps(PRECISION):
        try:
            return mpmath.diff(value, mpmath.mpf(str(sympy.N(at, PRECISION))), order)
        except (ValueError, TypeError, ZeroDivisionError):
            return None


def _mismatch(body: sympy.Expr, derivative: sympy.Expr, var: sympy.Symbol, at: sympy.Expr,
              claimed: sympy.Expr, order: int) -> tuple[sympy.Expr, sympy.Expr] | None:
    """(the derivative's value, the claimed value) at `at` when both methods agree on the
    derivative and the claim differs from it there; None otherwise."""
    if real_value(body.evalf(PRECISION, subs={var: at})) is None:
        return None
    exact = derivative.subs(var, at)
    symbolic = real_value(exact.evalf(PRECISION))
    stated = claimed.subs(var, at)
    said = real_value(stated.evalf(PRECISION))
    numeric = numeric_derivative(body, var, at, order)
    if symbolic is None or said is None or numeric is None:
        return None
    scale = max(mpmath.mpf(1), abs(symbolic))
    if abs(symbolic - numeric) > _AGREE * scale or abs(symbolic - said) < _DIFFER * scale:
        return None
    return exact, stated


def shown(value: sympy.Expr) -> str:
    return value_text(value) if value.is_Rational else maths_text(sympy.latex(value))


def wrong_derivative(claim: RawClaim, ctx: Context, name: str, var_name: str, body_text: str,
                     arg_text: str, order: int) -> ClaimResult | None:
    """Refuted when the claimed derivative is certainly not that of the definition
    (see the module doc), else None."""
    if not claim.comparable or not claim.asserted or claim.approximate or claim.supposed \
            or name in ctx.unsure_functions or "." in claim.rhs:
        return None
    body, rhs, arg = strict(body_text), strict(claim.rhs), strict(arg_text)
    var = sympy.Symbol(var_name)
    if body is None or rhs is None or arg is None or body.expr.free_symbols != {var}:
        return None
    points: tuple[sympy.Expr, ...]
    if arg.expr == var and rhs.expr.free_symbols == {var}:
        points = POINTS
    elif not arg.expr.free_symbols and not rhs.expr.free_symbols:
        points = (arg.expr,)
    else:
        return None
    try:
        derivative = sympy.diff(body.expr, var, order)
    except (TypeError, ValueError, NotImplementedError):
        return None
    found = [(at, m) for at in points
             if (m := _mismatch(body.expr, derivative, var, at, rhs.expr, order)) is not None]
    if len(found) < min(2, len(points)):
        return None
    at, (true_value, stated) = found[0]
    primes = "'" * order
    kind = ("derivative", "second derivative", "third derivative")[order - 1]
    differentiated = f"{name}{primes}({var_name}) = {maths_text(sympy.latex(derivative))}"
    if arg.expr == var:
        reason = (f"{name}{primes}({var_name}) = {maths_text(claim.rhs)} is not the {kind} of "
                  f"{name}({var_name}) = {maths_text(body_text)}: at {var_name} = {shown(at)} it "
                  f"is {shown(true_value)}, not {shown(stated)} ({differentiated})")
    else:
        reason = (f"{name}{primes}({maths_text(arg_text)}) = {shown(true_value)}, not "
                  f"{shown(stated)}, for {name}({var_name}) = {maths_text(body_text)} "
                  f"({differentiated})")
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "calculus",
                       method="differentiated symbolically and by finite differences "
                       "(40 digits); both differ from the claim")
