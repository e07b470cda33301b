"""Typed reader: a named square, rectangle, triangle, trapezoid or parallelogram, points
built from it, and a length, a distance, an area or a ratio of two of them asked.

"Square $ABCD$ has side length 6. $M$ is the midpoint of $\\overline{CD}$, and $AM$ and $BD$
meet at $P$. What is the area of triangle $ABP$?", "In trapezoid $PQRS$ the parallel sides
$PQ$ and $RS$ have lengths 9 and 15 and the height is 8; $K$ and $L$ are the midpoints of
$PS$ and $QR$. Find the area of quadrilateral $PQLK$.", "In triangle $ABC$, $AB = 13$,
$BC = 14$, $CA = 15$ and $H$ is the foot of the altitude from $A$. Find $BH$.", "In regular
hexagon $ABCDEF$, what is the measure of angle $ACD$?" (an angle asked must be a rational
number of degrees, or the problem is declined).

The figure is placed on coordinates (`placed_figures`) and every point built there exactly.
A trapezoid told by its bases and height (or area), or a parallelogram by its area, is not
fixed by what is told: it is built in three shapes, and the answer taken only when all three
agree. The wording is read into that model (`construction_wording`); any word left unread
declines.

Confirmed independently: the figure is built again at 40 digits, turned and moved in the
plane and in a fourth shape; lengths are measured there, and areas found another way, by
Heron's formula on a fan of triangles from the measured side lengths (the polygon asked must
be convex), a distance to a line as twice a triangle's area over its base, an angle by the
arctangent of the cross and dot products of its sides (not the arccosine of their dot)."""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import construction_wording as cw
from tutor.reasoning.symbolic.geometry import placed_figures as pf
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LEANS = (sp.Rational(-3, 7), sp.Integer(0), sp.Rational(11, 5))
_CHECK_LEAN = mpmath.mpf(13) / 17
_TURN = mpmath.mpf("0.7")
_MOVE = (mpmath.mpf("1.25"), mpmath.mpf("-2.5"))


def read_figure_construction(split: Split, template: str) -> Result | None:
    read = cw.read(split, template)
    if read is None:
        return None
    shape, asked = read
    values = []
    for lean in _LEANS if shape.free else _LEANS[1:2]:
        pts = pf.build(shape, lean, sp.sqrt, pf.exact_below)
        _told_hold(shape, pts)
        try:
            values.append(_measure(asked, pts, exact=True))
        except KeyError as exc:
            raise Decline("a point asked that the text does not place") from exc
    value = sp.radsimp(sp.simplify(values[0]))
    if any(not _same(v, value) for v in values[1:]):
        raise Decline("the figure told does not fix the value asked")
    if not value.is_positive:
        raise Decline("a positive measure")
    value = _plainer(value)
    _confirm(shape, asked, value)
    return value, _steps(shape, asked, value)


def _plainer(value: sp.Expr) -> sp.Expr:
    """A shorter radical form of the value when one is equal to it at 50 digits (a regular
    pentagon's diagonal 1 + sqrt(5) rather than a product of nested roots); the answer is
    confirmed afterwards against the figure in any case."""
    if not value.has(sp.Pow) or sp.count_ops(value) < 6:
        return value
    guess = sp.nsimplify(value)
    if guess.free_symbols or sp.count_ops(guess) >= sp.count_ops(value) or \
            abs(sp.N(guess - value, 60)) > sp.Float(10) ** -45:
        return value
    return guess


def _same(a: sp.Expr, b: sp.Expr) -> bool:
    """Two exact values equal: the same to 45 digits (radicals of small whole numbers
    that differ, differ far sooner)."""
    return bool(abs(sp.N(a - b, 60)) < sp.Float(10) ** -45)


def _told_hold(shape: pf.Shape, pts: dict[str, pf.Pt]) -> None:
    """Every length and parallel pair the text tells holds on the figure built."""
    try:
        for (a, b), v in shape.told:
            if not _same(_measure(("length", a, b), pts, exact=True), v):
                raise Decline("a length told that the figure does not have")
        for (a, b), (c, d) in shape.parallels:
            u = (pts[b][0] - pts[a][0], pts[b][1] - pts[a][1])
            w = (pts[d][0] - pts[c][0], pts[d][1] - pts[c][1])
            if not _same(u[0] * w[1] - u[1] * w[0], sp.Integer(0)):
                raise Decline("sides told parallel that are not")
        for (a, b), (c, d), r in shape.ratios:
            if not _same(_measure(("length", a, b), pts, exact=True),
                         r * _measure(("length", c, d), pts, exact=True)):
                raise Decline("a ratio told that the figure does not have")
        if shape.area is not None and not _same(
                _measure(("area", shape.name), pts, exact=True), shape.area):
            raise Decline("an area told that the figure does not have")
    except KeyError as exc:
        raise Decline("a length told of points the text does not place") from exc


def _measure(asked: tuple, pts: dict[str, pf.Pt], exact: bool) -> sp.Expr:
    how = asked[0]
    if how == "ratio":
        return _measure(asked[1], pts, exact) / _measure(asked[2], pts, exact)
    if how == "sum":
        return sum((_measure(a, pts, exact) for a in asked[1:]), sp.Integer(0) if exact else
                   mpmath.mpf(0))
    sqrt = sp.sqrt if exact else mpmath.sqrt
    below = pf.exact_below if exact else pf.mp_below
    if how == "angle":
        return _degrees(*(pts[v] for v in asked[1:]))
    if how == "length":
        (x1, y1), (x2, y2) = pts[asked[1]], pts[asked[2]]
        return sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)
    if how == "line":  # from a point to a line through two others
        q, a, b = (pts[v] for v in asked[1:])
        cross = (b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0])
        return abs(cross) / sqrt((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2)
    corners = [pts[v] for v in asked[1]]
    if len(corners) > 3 and not pf.convex(corners, below):
        raise Decline("a convex polygon named in order round it")
    area = shoelace_area(corners, sum if exact else mpmath.fsum)
    if not (below(0, area)):
        raise Decline("a polygon with an area")
    return area


def _degrees(x: pf.Pt, y: pf.Pt, z: pf.Pt) -> sp.Expr:
    """The angle XYZ in degrees, from the dot product of YX and YZ: a whole or rational number
    of degrees (a denominator up to 60) that it equals to 40 digits, else declined."""
    u, v = (x[0] - y[0], x[1] - y[1]), (z[0] - y[0], z[1] - y[1])
    cos = (u[0] * v[0] + u[1] * v[1]) / sp.sqrt((u[0] ** 2 + u[1] ** 2) * (v[0] ** 2 + v[1] ** 2))
    with mpmath.workdps(60):
        degrees = mpmath.acos(mpmath.mpf(str(sp.N(cos, 70)))) * 180 / mpmath.pi
        for den in range(1, 61):
            near = mpmath.nint(degrees * den)
            if abs(degrees - near / den) < mpmath.mpf(10) ** -40:
                return sp.Rational(int(near), den)
    raise Decline("an angle that is not a rational number of degrees")


def _heron(a: pf.Pt, b: pf.Pt, c: pf.Pt) -> mpmath.mpf:
    x, y, z = (mpmath.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
               for p, q in ((a, b), (b, c), (c, a)))
    s = (x + y + z) / 2
    return mpmath.sqrt(max(s * (s - x) * (s - y) * (s - z), mpmath.mpf(0)))


def _second_route(asked: tuple, pts: dict[str, pf.Pt]) -> mpmath.mpf:
    how = asked[0]
    if how == "ratio":
        return _second_route(asked[1], pts) / _second_route(asked[2], pts)
    if how == "sum":
        return mpmath.fsum(_second_route(a, pts) for a in asked[1:])
    if how == "length":
        return mpmath.sqrt(mpmath.fsum((pts[asked[1]][k] - pts[asked[2]][k]) ** 2
                                       for k in (0, 1)))
    if how == "angle":  # the turn from YX to YZ, by atan2 of their cross and dot products
        x, y, z = (pts[v] for v in asked[1:])
        u, w = (x[0] - y[0], x[1] - y[1]), (z[0] - y[0], z[1] - y[1])
        return abs(mpmath.atan2(u[0] * w[1] - u[1] * w[0], u[0] * w[0] + u[1] * w[1])) * 180 / \
            mpmath.pi
    if how == "line":
        q, a, b = (pts[v] for v in asked[1:])
        base = mpmath.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
        return 2 * _heron(q, a, b) / base
    corners = [pts[v] for v in asked[1]]
    return mpmath.fsum(_heron(corners[0], corners[k], corners[k + 1])
                       for k in range(1, len(corners) - 1))


def _confirm(shape: pf.Shape, asked: tuple, value: sp.Expr) -> None:
    with mpmath.workdps(40):
        numeric = pf.Shape(shape.kind, shape.name, tuple(_mp(v) for v in shape.sides),
                           _mp(shape.height), _mp(shape.area),
                           [tuple(_mp(a) if isinstance(a, sp.Basic) else a for a in st)
                            for st in shape.steps], free=shape.free, apart=shape.apart,
                           corners=[(_mp(x), _mp(y)) for x, y in shape.corners])
        pts = pf.build(numeric, _CHECK_LEAN if shape.free else 0, mpmath.sqrt, pf.mp_below)
        c, s = mpmath.cos(_TURN), mpmath.sin(_TURN)
        turned = {k: (c * x - s * y + _MOVE[0], s * x + c * y + _MOVE[1])
                  for k, (x, y) in pts.items()}
        if asked[0] == "area":
            corners = [turned[v] for v in asked[1]]
            if len(corners) > 3 and not pf.convex(corners, pf.mp_below):
                raise Decline("a convex polygon named in order round it")
        got = _second_route(asked, turned)
        ok = abs(got - mpmath.mpf(str(sp.N(value, 50)))) < mpmath.mpf(10) ** -25
    confirm.check(ok, "the figure built again on turned coordinates in another shape; lengths "
                      "measured there and areas by Heron's formula agree")


def _mp(v: sp.Expr | None) -> mpmath.mpf | None:
    return None if v is None else mpmath.mpf(str(sp.N(v, 50)))


def _what(asked: tuple) -> str:
    if asked[0] == "ratio":
        return f"{_what(asked[1])} : {_what(asked[2])}"
    if asked[0] == "sum":
        return " + ".join(_what(a) for a in asked[1:])
    if asked[0] == "length":
        return f"{asked[1]}{asked[2]}"
    if asked[0] == "line":
        return f"d({asked[1]}, {asked[2]}{asked[3]})"
    if asked[0] == "angle":
        return f"\\angle {''.join(asked[1:])}"
    return f"[{asked[1]}]"


def _steps(shape: pf.Shape, asked: tuple, value: sp.Expr) -> list:
    corners = pf.vertices(shape, sp.Integer(0), sp.sqrt)
    placed = ", ".join(f"{k} = ({latex(sp.radsimp(x))}, {latex(sp.radsimp(y))})"
                       for k, (x, y) in corners.items())
    pts = pf.build(shape, sp.Integer(0), sp.sqrt, pf.exact_below)
    built = ", ".join(f"{k} = ({latex(sp.radsimp(sp.simplify(x)))}, "
                      f"{latex(sp.radsimp(sp.simplify(y)))})"
                      for k, (x, y) in pts.items() if k not in corners)
    shape_note = (" (its shape is not fixed by what is told; the answer is the same for "
                  "every shape)" if shape.free else "")
    out = [step("place the figure", f"Put the {shape.kind} on coordinates{shape_note}.",
                f"${placed}$")]
    if built:
        out.append(step("build the points", "Midpoints, points on sides, feet of "
                        "perpendiculars and crossings, from the coordinates.", f"${built}$"))
    claim = f"{_what(asked)} = {latex(value)}"
    hint = ("The angle from the dot product of the two sides' vectors, in degrees." if
            asked[0] == "angle" else "Distances by the distance formula, areas by the shoelace "
            "formula.")
    out.append(step("measure", hint, f"${claim}$", claim))
    return out


__all__ = ["read_figure_construction"]
