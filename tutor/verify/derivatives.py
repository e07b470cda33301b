"""Derivatives of a function defined earlier, in prime notation: `f'(x) = 4x^3 - 18x` after
`f(x) = x^4 - 9x^2 + 25`, `f''(x) = 6x`, `p'(2) = 11`, `g^{\\prime}(t) = ...`. Worker side.

Two methods must agree: SymPy differentiates the definition and the difference from the
claimed side is zero at random points (40 digits); mpmath differentiates the definition
numerically (finite differences at raised precision, no symbolic rule) at the same
points. A claim such as `f'(x) = 0` is an equation to solve, not an identity, so it stays
unchecked; a derivative that is certainly wrong is refuted in `wrong_derivatives.py`."""

from __future__ import annotations

import re

import mpmath
import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import PRECISION, parse_previous, random_points, strict
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.verify.wrong_derivatives import numeric_derivative, wrong_derivative

__all__ = ["derivative_claim"]

_PRIMES = r"(?P<primes>'{1,3}|\^\s*\{\s*(?:\\prime\s*){1,3}\}|\^\s*\\prime)"
_DERIVATIVE = re.compile(
    rf"^\s*(?P<name>[A-Za-z])\s*{_PRIMES}\s*(?:\\left\s*)?\((?P<arg>[^()]{{1,60}})"
    r"(?:\\right\s*)?\)\s*$")
_TOLERANCE = sympy.Float(10) ** -(PRECISION // 2)
_NUMERIC_TOLERANCE = mpmath.mpf(10) ** -12  # finite differences: fewer digits than 40
_MAX_ORDER = 3


def _order(primes: str) -> int:
    return primes.count("'") + primes.count("\\prime")


def _numeric_derivative(body: sympy.Expr, var: sympy.Symbol, point: dict[sympy.Symbol, sympy.Float],
                        at: sympy.Expr, order: int) -> mpmath.mpc | None:
    """The order-th derivative of `body` in `var` at `at` (other letters at `point`), by
    mpmath's finite differences on values of the body alone."""
    others = {s: v for s, v in point.items() if s != var}
    fixed = body.subs(others)
    where = at.evalf(PRECISION, subs=others)
    if not where.is_number or where.has(sympy.nan, sympy.zoo):
        return None
    real, imag = where.as_real_imag()
    if imag != 0:
        return None  # a derivative at a complex point: not ours to check
    return numeric_derivative(fixed, var, real, order, real_only=False)


def _agrees(derivative: sympy.Expr, body: sympy.Expr, var: sympy.Symbol, arg: sympy.Expr,
            rhs: sympy.Expr, order: int) -> bool:
    """The claimed side equals the symbolic derivative at `arg` at random points of every
    letter, and the numeric derivative there too."""
    diff = derivative.subs(var, arg) - rhs
    symbols = diff.free_symbols | body.free_symbols | arg.free_symbols
    for point in random_points(symbols, seed=len(str(diff))) if symbols else [{}]:
        value = diff.evalf(PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo) or abs(value) > _TOLERANCE:
            return False
        numeric = _numeric_derivative(body, var, point, arg.subs(point), order)
        claimed = rhs.evalf(PRECISION, subs=point)
        if numeric is None or not claimed.is_number:
            return False
        real, imag = claimed.as_real_imag()
        with mpmath.workdps(PRECISION):
            gap = abs(numeric - mpmath.mpc(mpmath.mpf(str(real)), mpmath.mpf(str(imag))))
        if gap > _NUMERIC_TOLERANCE * max(1, abs(numeric)):
            return False
    return True


def _given_expression(name: str, arg: str, equations: tuple[tuple[str, str], ...]
                      ) -> list[tuple[str, str, str]]:
    """`y'(x)` (`dy/dx` typed plainly) after `y = x^4 - 2x`: each different expression in
    the letter asked alone that an earlier equation gives the name, the latest last."""
    letter = strict(arg)
    if letter is None or not isinstance(letter.expr, sympy.Symbol):
        return []
    found: dict[str, tuple[str, str, str]] = {}
    for known, value in equations:
        body = strict(value) if known.strip() == name else None
        if body is not None and body.expr.free_symbols == {letter.expr}:
            found.pop(value.strip(), None)
            found[value.strip()] = (name, str(letter.expr), value)
    return list(found.values())


def derivative_claim(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """Verified when the claim is the derivative of a function defined earlier, refuted
    when certainly not (`wrong_derivatives.py`), else None (see module doc). A name
    given an expression by an equation (`y = x^4 - 2x`) counts as defined; when several
    earlier equations give it one, each may verify and none refutes."""
    m = _DERIVATIVE.match(claim.lhs)
    if claim.relation != "=" or m is None or not 1 <= _order(m["primes"]) <= _MAX_ORDER:
        return None
    defined = [f for f in ctx.functions if f[0] == m["name"] and "," not in f[1]][-1:] \
        or _given_expression(m["name"], m["arg"], (*ctx.archive, *ctx.given, *ctx.previous))
    for index, (name, var_name, body_text) in enumerate(reversed(defined)):
        found = _checked(claim, m, name, var_name, body_text)
        if found is not None and found.verdict is Verdict.VERIFIED:
            return found
        if found is not None and index == 0 and len(defined) == 1:
            return wrong_derivative(claim, ctx, name, var_name, body_text, m["arg"],
                                    _order(m["primes"]))
    return None


def _checked(claim: RawClaim, m: re.Match[str], name: str, var_name: str,
             body_text: str) -> ClaimResult | None:
    """Verified when the claim is the derivative of the body; unchecked when it is not
    (a refutation is for the caller to decide); None when not read."""
    pair = parse_previous((body_text, claim.rhs))
    arg = strict(m["arg"])
    if pair is None or arg is None:
        return None
    body, rhs = pair
    var = sympy.Symbol(var_name)
    if body.has(sympy.Derivative, sympy.Integral, sympy.Sum) or var not in body.free_symbols:
        return None
    order = _order(m["primes"])
    try:
        derivative = sympy.diff(body, var, order)
    except (TypeError, ValueError, NotImplementedError):
        return None
    if not _agrees(derivative, body, var, arg.expr, rhs, order):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not the derivative", "calculus")
    return ClaimResult(claim.source, Verdict.VERIFIED, f"the derivative of {name}({var_name}) "
                       "as defined earlier", "calculus",
                       method="differentiated symbolically and numerically (finite "
                       "differences), compared at random points (40 digits)")


def derivative_zero_claim(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                          ctx: Context) -> ClaimResult | None:
    """`3x^2 - 3 = 0` (or `x^2 = 1`) after `f(x) = x^3 - 3x`, in a problem that asks where
    a derivative is zero (`Context.asks_extrema`): the equation f'(x) = 0 written out, up
    to a nonzero constant factor. Verified when lhs - rhs is that multiple of the
    derivative (symbolically and by finite differences, at random points); else None.
    Verify only: an equation is no identity, so a wrong one may be another question's."""
    if not ctx.asks_extrema or claim.relation != "=" or claim.supposed:
        return None
    side = lhs - rhs
    for name, var_name, body_text in reversed(ctx.functions):
        var = sympy.Symbol(var_name)
        body = parse_previous((body_text, "0"))
        if body is None or side.free_symbols != {var} or body[0].free_symbols != {var}:
            continue
        try:
            derivative = sympy.diff(body[0], var)
            factor = sympy.cancel(side / derivative)
        except (TypeError, ValueError, NotImplementedError, ZeroDivisionError):
            continue
        if not factor.is_number or factor == 0 or not factor.is_finite:
            continue
        if not _agrees(derivative, body[0], var, var, side / factor, 1):
            continue
        return ClaimResult(claim.source, Verdict.VERIFIED,
                           f"{name}'({var_name}) = 0 written out, with {name}({var_name}) "
                           "as defined earlier", "calculus",
                           method="differentiated symbolically and numerically (finite "
                           "differences), compared at random points (40 digits)")
    return None
