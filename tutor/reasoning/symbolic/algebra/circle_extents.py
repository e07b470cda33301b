"""Typed reader: how far a circle told by its equation reaches - the greatest or least value
of x, y or a linear expression in them over its points, the square it is inscribed in, and
the one point a "circle" of radius 0 is.

"Let $(x,y)$ be an ordered pair of real numbers that satisfies $x^2+y^2=10x+24y$. What is
the maximum value of $x$?", "... the least possible value of $x + 2y$", "The circle
$x^2 + y^2 = 6x - 2y + 6$ is inscribed in a square with a side parallel to the x-axis.
What is the area of the square?", "Real numbers $x$ and $y$ satisfy $x^2 + y^2 = 4x - 6y
- 13$. What is $x + y$?".

The squares are completed: (x - h)^2 + (y - k)^2 = r^2. A linear expression a x + b y + c
ranges over c + a h + b k -+ r sqrt(a^2 + b^2), reached at the points of the circle in the
direction (a, b) from the centre; confirmed by those points lying exactly on the equation
and 720 points around the circle never going past the bound. The square's side is the
diameter, confirmed by the four points of contact lying on the circle. With r^2 = 0 the
equation is a sum of squares equal to 0, confirmed as an identity, so (h, k) is the only
point; r^2 < 0 (no points) declines.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SATISFY = frozenset(
    "let be an ordered pair pairs real numbers number satisfies satisfy satisfying the "
    "equation with where point points on graph lies lie".split())
_EXTREME = {"maximum": max, "greatest": max, "largest": max, "minimum": min, "least": min,
            "smallest": min}
_SQUARE = frozenset(
    "circle inscribed inside within square which whose with pair sides side parallel x axis y "
    "its area perimeter length one".split())


def _completed(eq: sp.Equality) -> tuple[sp.Expr, sp.Expr, sp.Expr, sp.Expr, list[Step]]:
    """Centre (h, k), r^2 and the leading coefficient A of A x^2 + A y^2 + ... = 0."""
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.is_polynomial(X, Y):
        raise Decline("a polynomial equation")
    poly = sp.Poly(f, X, Y)
    a = poly.coeff_monomial(X**2)
    if poly.total_degree() != 2 or a == 0 or poly.coeff_monomial(Y**2) != a \
            or poly.coeff_monomial(X * Y) != 0 or not all(c.is_Rational for c in poly.coeffs()):
        raise Decline("a circle's equation")
    h, k = -poly.coeff_monomial(X) / (2 * a), -poly.coeff_monomial(Y) / (2 * a)
    r2 = h**2 + k**2 - poly.coeff_monomial(1) / a
    squares = (X - h) ** 2 + (Y - k) ** 2
    confirm.identity(f, sp.expand(a * (squares - r2)), "completing the squares")
    claim = f"{latex(squares)} = {latex(r2)}"
    return h, k, r2, a, [step("complete the squares", "Divide by the coefficient of $x^2$, "
                              "group the $x$ and $y$ terms and complete each square.",
                              f"${claim}$", claim)]


def read(split: Split, template: str) -> Result | None:
    template = re.sub(r"\s+", " ", template.lower())
    w = words(template) - FILLER
    eqs = [i for i, s in enumerate(split.maths) if "=" in s]
    if len(eqs) != 1:
        return None
    eq = parse_latex(split.maths[eqs[0]])
    if not isinstance(eq, sp.Equality) or eq.free_symbols != {X, Y}:
        return None
    rest = [i for i in range(len(split.maths)) if i != eqs[0]
            and re.sub(r"\s", "", split.maths[i]) != "(x,y)"]
    if rest and all(re.sub(r"\s", "", split.maths[i]) in ("x", "y") for i in rest[:-1]):
        rest = rest[-1:]  # "real numbers $x$ and $y$ satisfy ...": the letters named first
    if "square" in w and "inscribed" in w and not rest:
        if w - _SQUARE or "circle" not in w:
            return None
        return _square(eq, w)
    if len(rest) != 1:
        return None
    target = parse_latex(split.maths[rest[0]])
    if not isinstance(target, sp.Expr) or not target.free_symbols <= {X, Y} \
            or not target.free_symbols:
        return None
    ext = [e for e in _EXTREME if e in w]
    if len(ext) > 1 or w - _SATISFY - set(ext) - {"possible", "x", "y", "and"}:
        return None
    if not template.rstrip(" ?.").endswith(f"@{rest[0]}@"):
        return None
    h, k, r2, a, steps = _completed(eq)
    if r2 < 0:
        raise Decline("no real points")
    if r2 == 0:
        if ext:
            raise Decline("a greatest value over a single point")
        return _single_point(target, h, k, steps)
    if not ext:
        return None
    return _extreme(target, ext[0], eq, h, k, sp.sqrt(r2), steps)


def _single_point(target: sp.Expr, h: sp.Expr, k: sp.Expr, steps: list[Step]) -> Result:
    value = final_value(target.subs({X: h, Y: k}))
    steps.append(step("only one point", "A sum of two squares is 0 only when both are 0.",
                      f"$x = {latex(h)}$ and $y = {latex(k)}$, so ${latex(target)} = "
                      f"{latex(value)}$.", f"{latex(target.subs({X: h, Y: k}))} = "
                      f"{latex(value)}"))
    return value, steps


def _extreme(target: sp.Expr, ext: str, eq: sp.Equality, h: sp.Expr, k: sp.Expr, r: sp.Expr,
             steps: list[Step]) -> Result:
    if not target.is_polynomial(X, Y) or sp.Poly(target, X, Y).total_degree() != 1:
        raise Decline("a linear expression in x and y")
    p, q = target.coeff(X), target.coeff(Y)
    norm = sp.sqrt(p**2 + q**2)
    sign = 1 if _EXTREME[ext] is max else -1
    px, py = h + sign * r * p / norm, k + sign * r * q / norm
    value = final_value(target.subs({X: px, Y: py}))
    confirm.check(sp.simplify(eq.lhs.subs({X: px, Y: py}) - eq.rhs.subs({X: px, Y: py})) == 0,
                  "the point where the bound is reached lies on the circle")
    fv, fh, fk, fr = (float(v) for v in (value, h, k, r))
    tf = sp.lambdify((X, Y), target)
    around = [tf(fh + fr * math.cos(t * math.pi / 360), fk + fr * math.sin(t * math.pi / 360))
              for t in range(720)]
    best = max(around) if sign > 0 else min(around)
    confirm.check(sign * (fv - best) >= -1e-9 and abs(fv - best) <= 1e-3 * max(1.0, fr),
                  "720 points around the circle never go past the bound and come close to it")
    centre = latex(target.subs({X: h, Y: k}))
    claim = f"{centre} {'+' if sign > 0 else '-'} {latex(r * norm)} = {latex(value)}"
    steps.append(step(f"{ext} over the circle", "Moving from the centre by the radius in the "
                      "direction that changes the expression fastest gives its extreme value.",
                      f"At the centre ${latex(target)} = {centre}$; the radius is "
                      f"${latex(r)}$, so the {ext} value is ${claim}$.", claim))
    return value, steps


def _square(eq: sp.Equality, w: set[str]) -> Result:
    asked = [q for q in ("area", "perimeter") if q in w]
    if len(asked) != 1:
        raise Decline("the area or the perimeter of the square")
    h, k, r2, _a, steps = _completed(eq)
    if r2 <= 0:
        raise Decline("a circle with a positive radius")
    r = sp.sqrt(r2)
    contacts = [(h + r, k), (h - r, k), (h, k + r), (h, k - r)]
    confirm.check(all(sp.simplify(eq.lhs.subs({X: cx, Y: cy}) - eq.rhs.subs({X: cx, Y: cy}))
                      == 0 for cx, cy in contacts),
                  "the four points where the square touches the circle lie on it")
    side = 2 * r
    value = final_value(side**2 if asked[0] == "area" else 4 * side)
    formula = f"({latex(side)})^2" if asked[0] == "area" else f"4 \\cdot {latex(side)}"
    steps.append(step("the square around the circle", "A circle inscribed in a square "
                      "touches all four sides, so the side is the diameter.",
                      f"The side is $2r = {latex(side)}$, so the {asked[0]} is "
                      f"${formula} = {latex(value)}$.", f"{formula} = {latex(value)}"))
    return value, steps


__all__ = ["read"]
