"""Lines given by an equation (slope, intercepts) and a quadratic's parameter chosen so
that it has exactly one solution."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import expressions
from tutor.reasoning.symbolic.geometry.line_questions import intercept_step, slope_step
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]


def _line(src: str) -> tuple[sp.Equality, sp.Basic, sp.Basic, sp.Basic]:
    """The line's equation as read, and its coefficients (a, b, c) in a x + b y + c = 0."""
    eq = parse_latex(src)
    x, y = sp.Symbol("x"), sp.Symbol("y")
    if not isinstance(eq, sp.Equality) or not eq.free_symbols <= {x, y} or y not in \
            eq.free_symbols:
        raise Decline("a line in x and y")
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.is_polynomial(x, y) or sp.Poly(f, x, y).total_degree() != 1:
        raise Decline("not a line")
    a, b, c = f.coeff(x), f.coeff(y), f.subs({x: 0, y: 0})
    if not all(v.is_Rational for v in (a, b, c)) or b == 0:
        raise Decline("a non-vertical line with rational coefficients")
    return eq, a, b, c


def line_feature(kind: str, src: str) -> Result:
    """Slope, y-intercept or x-intercept of a line written as an equation."""
    equation, a, b, c = _line(src)
    m, k = -a / b, -c / b
    if kind == "slope":
        value = m
    elif kind == "y":
        value = k
    else:
        if a == 0:
            raise Decline("a horizontal line has no single x-intercept")
        value = -c / a
    on_line = [a * px + b * py + c for px, py in ((0, k), (1, m + k))]
    if kind == "x":
        on_line.append(a * value + c)
    confirm.check(all(sp.simplify(v) == 0 for v in on_line),
                  "the intercepts, substituted, satisfy the line's equation")
    if kind != "slope":
        return value, [intercept_step(equation, kind, value)]
    return value, [slope_step(equation, m, k)]


def slope_and_intercept(src: str) -> Result:
    """"Find the slope and y-intercept of 2x + 3y = 12": both, named as in y = mx + b."""
    slope, steps = line_feature("slope", src)
    intercept, more = line_feature("y", src)
    said = f"m = {latex(slope)}, b = {latex(intercept)}"
    return said, steps + more + [
        step("read off m and b", "In y = mx + b the slope is m and the y-intercept is b.",
             f"${said}$", said)]


def one_solution(k_src: str, eq_src: str, positive: bool) -> Result:
    """"For what value of k does x^2 + kx + 9 = 0 have exactly one solution?": zero
    discriminant; the leading coefficient must not depend on k."""
    k, eq = parse_latex(k_src), parse_latex(eq_src)
    if not isinstance(k, sp.Symbol) or not isinstance(eq, sp.Equality):
        raise Decline("an equation with a parameter")
    rest = eq.free_symbols - {k}
    if len(rest) != 1 or k not in eq.free_symbols:
        raise Decline("one unknown and one parameter")
    x = next(iter(rest))
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.is_polynomial(x, k) or sp.degree(f, x) != 2:
        raise Decline("a quadratic in the unknown")
    a, b, c = sp.Poly(f, x).all_coeffs()
    if a.has(k) or not a.is_Rational or a == 0:
        raise Decline("the leading coefficient depends on the parameter")
    disc = sp.expand(b**2 - 4 * a * c)
    if not disc.has(k):
        raise Decline("the discriminant does not involve the parameter")
    sols = [s for s in sp.solve(sp.Eq(disc, 0), k) if s.is_real]
    if positive:
        sols = [s for s in sols if s.is_positive]
    if len(sols) != 1:
        raise Decline("not one value of the parameter")
    v = sols[0]
    c1 = (f"\\left({latex(b)}\\right)^{{2}} - 4 \\cdot \\left({latex(a)}\\right) \\cdot "
          f"\\left({latex(c)}\\right) = {latex(disc)}")
    c2 = f"{expressions.shown(disc, {k: v})} = 0"
    return v, [step("use the discriminant", "A quadratic has exactly one solution when its "
                    "discriminant is zero.", f"$\\Delta = {c1}$", c1),
               step("solve for the parameter", "Set the discriminant to zero.",
                    f"${latex(k)} = {latex(v)}$: ${c2}$", c2)]
