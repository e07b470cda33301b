"""Questions about a function's derivative beyond the derivative itself: the second
derivative, the derivative's value at a point, the slope and the equation of the tangent
line there, and the critical points.

"Find the second derivative of $x^4 - x$", "Find the derivative of $x^3$ at $x = 2$", "Find
the slope of the tangent line to $y = x^2$ at $x = 3$", "Find the equation of the tangent
line to $y = x^2 + 1$ at the point $(1, 2)$", "Find the critical points of $f(x) = x^3 -
3x$". The derivative is SymPy's (`rules.derivative`, its steps); confirmed independently by
mpmath's numerical differentiation at high precision (first and second order), the tangent
line by touching the curve at the point, and critical points by substitution into the
derivative.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.calculus import rules
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import ASK, END, Handler, M, Result, maths

_FUNCTION = r"(?:the (?:function|curve|graph of|graph) )?"
_AT = r"(?:at|where|when) (?:the point )?"


def curve_body(src: str) -> sp.Basic:
    """E read from "E", "y = E" or "f(x) = E"."""
    return parse_latex(re.sub(r"^\s*(?:[a-zA-Z]\s*\(\s*[a-z]\s*\)|y)\s*=\s*", "", src))


def function_of_one_letter(src: str) -> tuple[sp.Expr, sp.Symbol]:
    """A function of one letter, written "E", "y = E" or "f(x) = E"."""
    f = curve_body(src)
    if not isinstance(f, sp.Expr) or len(f.free_symbols) != 1:
        raise Decline("a function of one letter")
    return f, next(iter(f.free_symbols))


def _numeric(f: sp.Expr, x: sp.Symbol, a: sp.Expr, n: int) -> mpmath.mpf | None:
    """The n-th derivative of f at a by mpmath's numerical differentiation (not SymPy's)."""
    g = sp.lambdify(x, f, "mpmath")
    try:
        with mpmath.workdps(40):
            got = mpmath.diff(g, mpmath.mpf(str(sp.N(a, 50))), n)
            return got if mpmath.isfinite(got) and abs(mpmath.im(got)) < 1e-20 else None
    except (ValueError, TypeError, ZeroDivisionError, OverflowError):
        return None


def _derivative(f: sp.Expr, x: sp.Symbol, n: int) -> tuple[sp.Expr, list]:
    value, steps = rules.derivative(sp.Derivative(f, (x, n)))
    if not isinstance(value, sp.Expr):
        raise Decline("a derivative")
    return value, steps


def _checked_at(f: sp.Expr, x: sp.Symbol, d: sp.Expr, a: sp.Expr, n: int) -> sp.Expr:
    value = sp.nsimplify(sp.simplify(d.subs(x, a)))
    if not value.is_real or not value.is_finite:
        raise Decline("the derivative at the point is not a real number")
    if not confirm.number(_numeric(f, x, a, n), value, "mpmath's numerical derivative there"):
        raise Decline("the derivative could not be checked numerically")
    return value


def second(split: Split, m: re.Match[str]) -> Result:
    f, x = function_of_one_letter(maths(split, m.group(1)))
    d, steps = _derivative(f, x, 2)
    for t in (sp.Rational(3, 7), sp.Rational(11, 10)):  # checked at two points of its own
        _checked_at(f, x, d, t, 2)
    return d, steps


def _point(split: Split, g: str, x: sp.Symbol) -> tuple[sp.Expr, sp.Expr | None]:
    """The point "x = a" (a number) or "(a, b)"."""
    src = maths(split, g)
    pair = as_point(src) if src.strip().startswith("(") else None
    if pair is not None and len(pair) == 2 and all(c.is_number for c in pair):
        return pair[0], pair[1]
    p = parse_latex(src)
    if isinstance(p, sp.Equality) and p.lhs == x and p.rhs.is_number:
        return p.rhs, None
    raise Decline("a point on the curve")


def at_point(split: Split, m: re.Match[str]) -> Result:
    f, x = function_of_one_letter(maths(split, m.group(1)))
    a, b = _point(split, m.group(2), x)
    if b is not None and sp.simplify(f.subs(x, a) - b) != 0:
        raise Decline("the point is not on the curve")
    d, steps = _derivative(f, x, 1)
    value = _checked_at(f, x, d, a, 1)
    claim = f"{latex(d.subs(x, sp.UnevaluatedExpr(a)))} = {latex(value)}"
    return value, steps + [step("put the point in", f"At ${latex(x)} = {latex(a)}$.",
                                f"${claim}$", claim)]


def tangent_line(split: Split, m: re.Match[str]) -> Result:
    slope, steps = at_point(split, m)
    f, x = function_of_one_letter(maths(split, m.group(1)))
    a, _ = _point(split, m.group(2), x)
    height = sp.nsimplify(sp.simplify(f.subs(x, a)))
    if not height.is_real:
        raise Decline("the curve at the point")
    c = sp.expand(height - slope * a)
    line = slope * x + c
    confirm.check(sp.simplify(line.subs(x, a) - f.subs(x, a)) == 0,
                  "the tangent line passes through the point of the curve")
    answer = f"y = {latex(line)}"  # the letter of the curve's own equation
    claim = (f"{latex(slope)}\\left({latex(x)} {_less(a)}\\right) {_less(-height)} = "
             f"{latex(line)}")
    return answer, steps + [step("write the line through the point", "The line through "
                                 f"$({latex(a)}, {latex(height)})$ with slope "
                                 f"${latex(slope)}$: point-slope form, solved for y.",
                                 f"$y = {claim}$", claim)]


def _less(v: sp.Expr) -> str:
    """"- v" written after another term ("+ 1" for v = -1)."""
    return f"+ {latex(-v)}" if v.is_negative else f"- {latex(v)}"


def critical(split: Split, m: re.Match[str]) -> Result:
    f, x = function_of_one_letter(maths(split, m.group(1)))
    if not f.is_rational_function(x):
        raise Decline("critical points of a fraction of polynomials")
    d, steps = _derivative(f, x, 1)
    num, den = sp.fraction(sp.together(d))
    roots = sorted({r for r in sp.solve(num, x) if r.is_real and den.subs(x, r) != 0},
                   key=lambda r: float(r))
    if not roots or sp.degree(num, x) > 6:
        raise Decline("no critical points to list")
    confirm.solutions(sp.Eq(d, 0), x, roots)
    shown = ", ".join(latex(r) for r in roots)
    claim = f"{latex(d)} = 0"
    return shown, steps + [step("set the derivative to zero", "A critical point is where the "
                                "derivative is zero (the derivative is defined wherever the "
                                "function is).", f"${claim}$ at ${latex(x)} = {shown}$", claim)]


TEMPLATES: list[tuple[str, Handler]] = [
    (ASK + r" the second derivative of " + _FUNCTION + M + END, second),
    (ASK + r" (?:the value of )?the derivative of " + _FUNCTION + M + r",? " + _AT + M + END,
     at_point),
    (ASK + r" the (?:slope|gradient) of the (?:tangent(?: line)?|line tangent) (?:to|of) "
     + _FUNCTION + M + r",? " + _AT + M + END, at_point),
    # "the slope of y = x^3 at x = 2", "the gradient of the curve ... at", "the (instantaneous)
    # rate of change of f(x) = x^2 at x = 3": the derivative's value there too
    (ASK + r" the (?:slope|gradient|(?:instantaneous )?rate of change) of " + _FUNCTION + M
     + r",? " + _AT + M + END, at_point),
    (ASK + r" (?:the )?(?:equation of )?the (?:tangent(?: line)?|line tangent) (?:to|of) "
     + _FUNCTION + M + r",? " + _AT + M + END, tangent_line),
    (ASK + r" (?:all )?the critical (?:points|numbers|values) of " + _FUNCTION + M + END,
     critical),
]

__all__ = ["TEMPLATES", "function_of_one_letter"]
