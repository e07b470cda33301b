"""Typed reader: the area or perimeter of a polygon given by the coordinates of its
vertices ("the area of the triangle with vertices $(0,0)$, $(4,0)$ and $(1,3)$").

The vertices are taken round the polygon: a triangle in any order; more vertices only
when they are in convex position (then in the order round their convex hull, which for a
square, rectangle, parallelogram, rhombus or trapezoid is the polygon), or when the order
given is already that order. Area by the shoelace formula, confirmed by adding the areas
of a fan of triangles computed with Heron's formula in floating point; perimeter
confirmed by adding `math.dist` of the sides."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    is_label,
    places,
    point_name,
    points_in,
    without_area_units,
)
from tutor.reasoning.symbolic.geometry.regular_corners import (
    check_regular_area,
    completed_regular,
    paired_names,
    regular_sides,
)
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_terms
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_CONVEX = frozenset("square rectangle parallelogram rhombus trapezoid".split())
_SHAPES = _CONVEX | frozenset("triangle quadrilateral polygon pentagon hexagon".split())
VOCAB = COMMON | _SHAPES | frozenset(
    "area perimeter vertices vertex at how many whose are has points point coordinates "
    "plane located three four five six side sides longest shortest length long formed joining "
    "joined connecting connected in order form by opposite adjacent consecutive equilateral "
    "regular respectively".split())
# "a hexagon is formed by joining, in order, the points ...": the order given is the polygon's
_IN_ORDER = re.compile(r"\b(?:formed by|obtained by) (?:joining|connecting),? in order,|"
                       r"\b(?:are )?(?:joined|connected),? in order,?(?: to form)?\b")
# "the length of the longest side", "how long is its shortest side"
_NAME = re.compile(r"\s*(?:\\triangle\s*)?[A-Z]{3,6}\s*")  # "triangle ABC": the polygon's name
_EXTREME_SIDE = re.compile(r"\b(longest|shortest) side\b")
_COUNT = {"three": 3, "four": 4, "five": 5, "six": 6}
Point = tuple[sp.Rational, sp.Rational]


def _cross(o: Point, a: Point, b: Point) -> sp.Rational:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def hull(points: list[Point]) -> list[Point]:
    """The convex hull, counter-clockwise (Andrew's monotone chain), without collinear
    points."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower: list[Point] = []
    upper: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _same_cycle(a: list[Point], b: list[Point]) -> bool:
    n = len(a)
    for seq in (b, b[::-1]):
        if any(all(a[i] == seq[(i + k) % n] for i in range(n)) for k in range(n)):
            return True
    return False


def _order(points: list[Point], shape: str) -> list[Point]:
    ring = hull(points)
    if len(ring) != len(points):
        raise Decline("the vertices are not in convex position")
    if len(points) > 3 and shape not in _CONVEX and not _same_cycle(ring, points):
        raise Decline("the order of the vertices round the polygon is not clear")
    return ring


def heron_fan(ring: Sequence[tuple[sp.Expr, sp.Expr]]) -> float:
    """The area of a convex polygon, its corners in order, as a fan of triangles from the
    first corner each measured by Heron's formula (a second way beside the shoelace)."""
    total = 0.0
    o = tuple(float(c) for c in ring[0])
    for a, b in zip(ring[1:], ring[2:], strict=False):
        pa, pb = tuple(float(c) for c in a), tuple(float(c) for c in b)
        x, y, z = math.dist(o, pa), math.dist(pa, pb), math.dist(pb, o)
        s = (x + y + z) / 2
        total += math.sqrt(max(0.0, s * (s - x) * (s - y) * (s - z)))
    return total


def _space_triangle(pts: list[tuple], shape: str, w: set[str]) -> Result:
    """The area of a triangle in space: half the length of a cross product."""
    if shape != "triangle" or len(pts) != 3 or "area" not in w:
        raise Decline("the area of a triangle in space")
    a, b, c = pts
    u, v = [q - p for p, q in zip(a, b, strict=True)], [q - p for p, q in zip(a, c, strict=True)]
    n = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
    value = sp.nsimplify(sp.sqrt(sum(x * x for x in n)) / 2)
    if value == 0:
        raise Decline("the points are on one line")
    x, y, z = (math.dist(tuple(map(float, p)), tuple(map(float, q)))
               for p, q in ((a, b), (b, c), (c, a)))
    s = (x + y + z) / 2
    heron = math.sqrt(max(0.0, s * (s - x) * (s - y) * (s - z)))
    confirm.check(abs(heron - float(value)) <= 1e-9 * max(1.0, float(value)),
                  "Heron's formula on the side lengths gives the same area")
    claim = (f"\\frac{{1}}{{2}} \\left|\\left({', '.join(latex(k) for k in n)}\\right)\\right| = "
             f"{latex(value)}")
    return value, [step("half a cross product", "The cross product of two edge vectors has "
                        "length twice the area.", f"${claim}$", "")]


# where the polygon lies says nothing about it: "in the coordinate plane", "on a Cartesian grid"
_PLANE = re.compile(r"\b(?:(?:is )?(?:plotted|drawn|graphed|placed|lying|located) )?(?:in|on) "
                    r"(?:the|a) (?:cartesian |rectangular |standard |xy-)?(?:coordinate )?"
                    r"(?:plane|grid|system)\b|\b(?:in|on) (?:the|a) (?:cartesian |rectangular |"
                    r"standard )?coordinate (?:plane|grid|system)\b")


def read_vertices(split: Split, template: str) -> Result | None:
    # "the polygon with corners at (1,1), ...": a polygon's corners are its vertices
    template = re.sub(r"\bcorner(s?)\b", lambda m: "vertices" if m.group(1) else "vertex",
                      without_area_units(_PLANE.sub(" ", template)))
    w = words(template)
    extreme = _EXTREME_SIDE.findall(template)
    if not (w & {"area", "perimeter"} or extreme) or not w & {"vertices", "vertex", "points"} \
            or not words_within(template, VOCAB):
        return None
    shapes = w & _SHAPES
    if len(shapes) != 1 or len(set(extreme)) + len(w & {"area", "perimeter"}) != 1 or \
            extreme and "which" in w:
        raise Decline("one polygon and one measure expected")
    pts = []
    names: list[str | None] = []  # each point's letter ("A(1, 1)"), None when unnamed
    polygon_name = ""
    paired = paired_names(template, split.maths)  # "vertices $A$ and $C$ at $(0,0)$ and ..."
    for i in dict.fromkeys(places(template)):
        if _NAME.fullmatch(split.maths[i]):
            polygon_name = re.sub(r"\\triangle|\s", "", split.maths[i])
        if is_label(split.maths[i]) or _NAME.fullmatch(split.maths[i]):
            continue
        p = as_point(split.maths[i])
        names.append(paired.get(i) or point_name(split.maths[i]) if p is not None else None)
        # a piece with no point gives the empty tuple, declined like any wrong point
        for q in [p] if p is not None else (points_in(split.maths[i]) or [()]):
            if len(q) not in (2, 3) or not all(c.is_Rational for c in q):
                raise Decline("vertices with rational coordinates")
            pts.append(tuple(sp.Rational(c) for c in q))
    shape = shapes.pop()
    if {len(p) for p in pts} == {3}:
        return _space_triangle(pts, shape, w)
    if {len(p) for p in pts} != {2}:
        raise Decline("vertices in the plane")
    regular = regular_sides(w, shape)
    if regular and len(pts) == 2:  # "square ABCD has vertices A(1, 1) and C(5, 5)"
        pts = completed_regular(pts, names, polygon_name, regular, w)
    elif w & {"opposite", "adjacent", "consecutive", "respectively"} or w & {
            "equilateral", "regular"} and (regular is None or len(pts) != regular):
        raise Decline("a regular polygon's corners read from two of them or all")
    want = polygon_sides("triangle quadrilateral square rectangle parallelogram rhombus trapezoid"
                         " pentagon hexagon")
    said = {_COUNT[k] for k in w & set(_COUNT)}
    in_order = len(_IN_ORDER.findall(template)) == 1
    if in_order and len(pts) > 3 and pts[-1] == pts[0]:
        pts = pts[:-1]  # "..., (2, 0) and (0, 1)": the path closed at its first point
    if len(pts) != want.get(shape, len(pts)) or len(pts) < 3 or said - {len(pts)}:
        raise Decline(f"the number of vertices does not fit a {shape}")
    ring = pts if in_order and len(set(pts)) == len(pts) and "perimeter" in w else \
        _order(pts, shape)
    if extreme:
        return _extreme_side(ring, extreme[0])
    if "area" in w:
        terms = shoelace_terms(ring)
        value = sp.radsimp(sp.expand(abs(sp.expand(sum(terms))) / 2))
        confirm.check(abs(heron_fan(ring) - float(value)) <= 1e-9 * max(1.0, float(value)),
                      "Heron's formula on a fan of triangles gives the same area")
        if regular and len(ring) == regular:
            check_regular_area(value, ring)
        claim = "\\frac{1}{2}\\left|" + " + ".join(f"\\left({latex(t)}\\right)" for t in terms) \
            + f"\\right| = {latex(value)}"
        return value, [step("use the shoelace formula", "Go round the polygon, adding "
                            "$x_i y_{i+1} - x_{i+1} y_i$, and halve the absolute value.",
                            f"Taking the vertices in the order "
                            f"{', '.join(f'$({latex(p[0])}, {latex(p[1])})$' for p in ring)}: "
                            f"${claim}$", claim)]
    sides = [sp.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
             for a, b in zip(ring, ring[1:] + ring[:1], strict=True)]
    value = sp.nsimplify(sp.Add(*sides))
    floats = sum(math.dist(tuple(map(float, a)), tuple(map(float, b)))
                 for a, b in zip(ring, ring[1:] + ring[:1], strict=True))
    confirm.check(abs(floats - float(value)) <= 1e-9 * max(1.0, floats),
                  "adding the side lengths in floating point gives the same perimeter")
    claim = " + ".join(latex(s) for s in sides) + f" = {latex(value)}"
    return value, [step("add the side lengths", "Each side's length is the distance "
                        "between its endpoints.", f"${claim}$", claim)]


def _extreme_side(ring: list[Point], which: str) -> Result:
    """The longest (shortest) side: compared by squared lengths, exact rationals."""
    pairs = list(zip(ring, ring[1:] + ring[:1], strict=True))
    squares = [(a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 for a, b in pairs]
    pick = max(squares) if which == "longest" else min(squares)
    value = sp.sqrt(pick)
    floats = [math.dist(tuple(map(float, a)), tuple(map(float, b))) for a, b in pairs]
    want = max(floats) if which == "longest" else min(floats)
    confirm.check(abs(want - float(value)) <= 1e-9 * max(1.0, want),
                  f"the {which} side found in floating point has the same length")
    shown = ", ".join(f"\\sqrt{{{latex(q)}}}" for q in squares)
    claim = f"\\sqrt{{{latex(pick)}}} = {latex(value)}"
    return value, [step("measure each side", "Each side's length is the distance between its "
                        "endpoints: the square root of the sum of the squared differences.",
                        f"The sides are ${shown}$.", ""),
                   step(f"take the {which}", f"Compare the squared lengths; the {which} side "
                        "is", f"${claim}$", claim)]


__all__ = ["VOCAB", "heron_fan", "hull", "read_vertices"]
