"""Typed reader: the circle drawn by the polar graph r = a cos(theta) + b sin(theta).

"The graph of $r = 4 \\cos \\theta - 2 \\sin \\theta$ is a circle. Find its radius.",
"What is the area of the region enclosed by the graph of $r = 10 \\sin \\theta$?",
"Find the circumference of the circle $r = -6 \\cos \\theta + 8 \\sin \\theta$."

Multiplying by r gives x^2 + y^2 = a x + b y, the circle with centre (a/2, b/2) through the
origin and radius sqrt(a^2 + b^2) / 2; the area, circumference or diameter follow. Confirmed
independently: three points of the graph are computed from the polar equation in
50-digit decimals (mpmath) and the radius of the circle through them (abc / 4K) is compared.
"""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_R, _THETA = sp.Symbol("r"), sp.Symbol("theta")
_ASKED = ("area", "radius", "circumference", "diameter")
VOCAB = frozenset("graph of is a circle find area radius circumference diameter region "
                  "enclosed bounded by what its curve polar equation the whole inside".split())


def _coefficients(rhs: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """a and b in a cos(theta) + b sin(theta), exact numbers, else Decline."""
    e = sp.expand(rhs)
    a, b = e.coeff(sp.cos(_THETA)), e.coeff(sp.sin(_THETA))
    if sp.simplify(e - a * sp.cos(_THETA) - b * sp.sin(_THETA)) != 0:
        raise Decline("r = a cos(theta) + b sin(theta) expected")
    if a.free_symbols or b.free_symbols or not (a.is_real and b.is_real):
        raise Decline("numbers as the coefficients")
    if a == 0 and b == 0:
        raise Decline("r = 0 is a single point")
    return a, b


def _through_three_points(a: sp.Expr, b: sp.Expr) -> mpmath.mpf:
    """The radius of the circle through three points of the graph, all in decimals."""
    an, bn = mpmath.mpf(str(sp.N(a, 60))), mpmath.mpf(str(sp.N(b, 60)))
    pts = []
    for t in (mpmath.mpf("0.3"), mpmath.mpf("1.4"), mpmath.mpf("2.6")):
        r = an * mpmath.cos(t) + bn * mpmath.sin(t)
        pts.append((r * mpmath.cos(t), r * mpmath.sin(t)))
    (x1, y1), (x2, y2), (x3, y3) = pts
    sides = [mpmath.hypot(x1 - x2, y1 - y2), mpmath.hypot(x2 - x3, y2 - y3),
             mpmath.hypot(x3 - x1, y3 - y1)]
    area = abs((x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1)) / 2
    if area < mpmath.mpf(10) ** -20:
        raise Decline("the sample points of the graph are too close together")
    return sides[0] * sides[1] * sides[2] / (4 * area)


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not words_within(template, VOCAB):
        return None
    asked = [w for w in _ASKED if w in words(template)]
    if len(asked) != 1:
        return None
    eq = parse_latex(split.maths[0])
    if not isinstance(eq, sp.Equality) or eq.lhs != _R or eq.rhs.free_symbols != {_THETA}:
        return None
    a, b = _coefficients(eq.rhs)
    radius = sp.sqrt(sp.nsimplify(a**2 + b**2)) / 2
    value = {"area": sp.pi * radius**2, "radius": radius, "circumference": 2 * sp.pi * radius,
             "diameter": 2 * radius}[asked[0]]
    value = sp.nsimplify(sp.simplify(value), [sp.pi])
    with mpmath.workdps(50):
        r3 = _through_three_points(a, b)
        got = {"area": mpmath.pi * r3**2, "radius": r3, "circumference": 2 * mpmath.pi * r3,
               "diameter": 2 * r3}[asked[0]]
    confirm.number(got, value, "the circle through three points of the graph computed in "
                               "50-digit decimals")
    centre = f"\\left({latex(a / 2)}, {latex(b / 2)}\\right)"
    claim = f"\\text{{{asked[0]}}} = {latex(value)}"
    return value, [
        step("multiply by r", "With $r^2 = x^2 + y^2$, $r \\cos\\theta = x$ and "
             "$r \\sin\\theta = y$, the graph is a circle through the origin.",
             f"$x^2 + y^2 = {latex(sp.expand(a * sp.Symbol('x') + b * sp.Symbol('y')))}$", ""),
        step("complete the squares", f"The centre is ${centre}$ and the radius is half of "
             "$\\sqrt{a^2 + b^2}$.", f"$\\text{{radius}} = {latex(radius)}$", ""),
        step(f"the {asked[0]}", "Use the radius.", f"${claim}$", claim)]


__all__ = ["read"]
