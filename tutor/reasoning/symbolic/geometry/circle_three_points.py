"""A circle through three given points (the circle circumscribed about the triangle they
make): its centre, radius, diameter, area or circumference. Used by `circle_points` when a
circle "passes through" three points: "A circle passes through the points $(0,0)$, $(6,0)$
and $(0,8)$. What is its radius?".

The centre is where the perpendicular bisectors of two chords meet: equal distances to the
three points give two linear equations in the centre's coordinates. Confirmed in floating
point: all three points lie one radius from the centre found. Three points on one line lie
on no circle: declined."""

from __future__ import annotations

import math

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result

Point = tuple[sp.Basic, ...]


def circle_through(pts: list[Point], asked: str) -> Result:
    """The asked measure of the circle through three points, with its steps."""
    if len(pts) != 3 or len({tuple(p) for p in pts}) != 3 or any(len(p) != 2 for p in pts):
        raise Decline("three different points in the plane expected")
    (x1, y1), (x2, y2), (x3, y3) = (tuple(sp.nsimplify(v) for v in p) for p in pts)
    if sp.simplify((x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1)) == 0:
        raise Decline("three points on one line lie on no circle")
    h, k = sp.symbols("h k", real=True)
    eqs = [sp.expand((x - h) ** 2 + (y - k) ** 2 - (x1 - h) ** 2 - (y1 - k) ** 2)
           for x, y in ((x2, y2), (x3, y3))]
    sol = sp.solve(eqs, [h, k], dict=True)
    if len(sol) != 1:
        raise Decline("no single centre")
    ch, ck = sp.radsimp(sol[0][h]), sp.radsimp(sol[0][k])
    r2 = sp.expand((x1 - ch) ** 2 + (y1 - ck) ** 2)
    r = sp.sqrt(r2)
    value = {"radius": r, "diameter": 2 * r, "area": sp.pi * r2, "circumference": 2 * sp.pi * r,
             "center": sp.Tuple(ch, ck), "centre": sp.Tuple(ch, ck)}[asked]
    fc = (float(ch), float(ck))
    dists = [math.dist(fc, (float(x), float(y))) for x, y in ((x1, y1), (x2, y2), (x3, y3))]
    confirm.check(max(dists) - min(dists) < 1e-9 and abs(dists[0] - float(r)) < 1e-9,
                  "the three points are one radius from the centre")
    c = f"\\left({latex(ch)}, {latex(ck)}\\right)"
    equal = (f"(x - h)^2 + (y - k)^2 \\text{{ is the same for }} ({latex(x1)}, {latex(y1)}), "
             f"({latex(x2)}, {latex(y2)}), ({latex(x3)}, {latex(y3)})")
    radius = f"r^2 = ({latex(x1)} - {latex(ch)})^2 + ({latex(y1)} - {latex(ck)})^2 = {latex(r2)}"
    return value, [
        step("the centre is equally far from the points", "The centre $(h, k)$ of a circle "
             "through three points is the same distance from each; setting the squared "
             "distances equal gives two linear equations (the perpendicular bisectors of two "
             "chords).", f"${equal}$ gives $(h, k) = {c}$", f"(h, k) = {c}"),
        step("find the radius", "The radius reaches from the centre to any of the points.",
             f"${radius}$", radius),
        step(f"find the {asked}", "Use the circle's formulas.",
             f"The {asked} is ${latex(value)}$", "")]


__all__ = ["circle_through"]
