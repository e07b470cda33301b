"""Typed reader: where two curves y = f(x) or lines in x and y meet.

"At what point do the lines $y = 2x + 1$ and $y = -x + 7$ intersect?" (one point);
"What is the distance between the two intersection points of $y = x^2$ and $y = x + 2$?";
the sum of the x- (or y-) coordinates of the intersection points. Real points only, found
by SymPy's `solve`; each is substituted into both equations, and their number is checked
against the distinct real roots of the resultant (Sturm count)."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, axis_words, places
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

X, Y = sp.symbols("x y")
VOCAB = COMMON | frozenset(
    "at what point points do does the lines line curves graphs graph of intersect intersection "
    "meet meets distance between two sum x y coordinate coordinates and where parabola circle "
    "find".split())
# "List the points in order of increasing x-coordinate, separated by semicolons."
_LISTED = re.compile(r"[.,;]? list the points in order of increasing x-coordinates?,? "
                     r"separated by (?P<sep>semicolons|commas)\W*$")


def _real_points(eqs: list[sp.Equality]) -> list[tuple[sp.Expr, sp.Expr]]:
    f, g = (sp.expand(e.lhs - e.rhs) for e in eqs)
    try:
        polys = [sp.Poly(e, X, Y) for e in (f, g)]
    except sp.PolynomialError as exc:
        raise Decline("polynomial curves") from exc
    if any(p.total_degree() > 2 or not all(c.is_Rational for c in p.coeffs()) for p in polys):
        raise Decline("lines and conics with rational coefficients")
    sols = sp.solve([f, g], [X, Y], dict=True)
    pts = {(sp.nsimplify(s[X]), sp.nsimplify(s[Y])) for s in sols if X in s and Y in s}
    if len(pts) != len(sols) and any(X not in s or Y not in s for s in sols):
        raise Decline("the curves share a whole line")
    real = sorted((p for p in pts if p[0].is_real and p[1].is_real), key=lambda p: (
        float(p[0]), float(p[1])))
    for p in real:
        ok = all(abs(float(e.subs({X: p[0], Y: p[1]}))) < 1e-9 for e in (f, g))
        confirm.check(ok, "each point satisfies both equations when substituted")
    res = sp.Poly(sp.resultant(f, g, Y), X)
    if res.is_zero:
        raise Decline("the curves share a whole curve")
    square_free = sp.Poly(sp.quo(res, sp.gcd(res, res.diff(X))), X)
    xs = {p[0] for p in real}
    if res.degree() > 0:
        confirm.check(square_free.count_roots() == len(xs),
                      "the number of points agrees with the real roots of the resultant")
    return real


def read_intersection(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & {"intersect", "intersection", "meet", "meets"}:
        return None
    template = axis_words(split.maths, template)
    listed = _LISTED.search(template)
    if listed:
        template = template[:listed.start()]
    w = words(template)
    if not words_within(template, VOCAB):
        return None
    eqs = []
    for i in dict.fromkeys(places(template)):
        e = parse_latex(split.maths[i])
        if not isinstance(e, sp.Equality) or not e.free_symbols <= {X, Y}:
            return None
        eqs.append(e)
    if len(eqs) != 2:
        return None
    pts = _real_points(eqs)
    shown = ", ".join(f"$({latex(p[0])}, {latex(p[1])})$" for p in pts) or "none"
    steps = [step("solve the two equations together", "A common point satisfies both "
                  "equations.", f"The real common points are {shown}", "")]
    axes = set(re.findall(r"\b([xy])-coordinates?\b", template))
    if "distance" in w:
        if len(pts) != 2 or "sum" in w or axes:
            raise Decline("the distance between two intersection points")
        (a, b), (c, d) = pts
        v = sp.nsimplify(sp.sqrt(sp.expand((a - c) ** 2 + (b - d) ** 2)))
        got = math.dist((float(a), float(b)), (float(c), float(d)))
        confirm.check(abs(got - float(v)) < 1e-9, "the distance agrees in floating point")
        return v, steps
    if "sum" in w:
        if len(axes) != 1 or not pts:
            raise Decline("the sum of the x- or y-coordinates")
        k = 0 if axes == {"x"} else 1
        return sp.nsimplify(sp.Add(*(p[k] for p in pts))), steps
    if ("points" in w or listed) and not axes and pts:  # every common point, by x
        sep = "; " if listed is None or listed.group("sep") == "semicolons" else ", "
        return sep.join(f"\\left({latex(p[0])}, {latex(p[1])}\\right)" for p in pts), steps
    if len(pts) != 1 or len(axes) > 1:
        raise Decline("one point of intersection expected")
    if axes:
        return pts[0][0 if axes == {"x"} else 1], steps
    return sp.Tuple(*pts[0]), steps


__all__ = ["VOCAB", "read_intersection"]
