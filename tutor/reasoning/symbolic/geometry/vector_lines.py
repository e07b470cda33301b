"""Typed reader: lines and planes, where they meet and what is closest.

"Find the point on the line $y = 2x - 1$ that is closest to $(4, 0)$", "Find the foot of
the perpendicular from $(1, 2, 0)$ to the line through $(0, 0, 1)$ and $(2, 1, 1)$", "How
far is the point ... from the line ...?", "Where do the lines (vector form) ... and ...
meet?", "Find the point where the line ... crosses the plane $x + y + z = 6$", "Find the
distance between the planes ... and ...", "Let $\\theta$ be the angle between the planes
... Find $\\cos \\theta$", "the projection of $\\begin{pmatrix} ... \\end{pmatrix}$ onto the
plane $x - y + 2z = 0$".

Computed exactly with SymPy: the foot of a perpendicular, the solution of the linear
equations of a meeting, the distance from a foot. Confirmed independently: the answer's
defining properties in plain fractions (the foot lies on the line and the perpendicular
is orthogonal to it; the meeting point satisfies both), and distances and cosines again
in floating point by other formulas (a cross product; the closest pair of points of two
lines; Lagrange's identity)."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.plane_conditions import symmetric_lines
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.geometry.vector_line_algebra import (
    cross,
    dot,
    fl,
    foot_of,
    frac,
    line_gap,
    on_line,
    on_plane,
    sub,
)
from tutor.reasoning.symbolic.geometry.vector_line_pieces import (
    Line,
    Pieces,
    Plane,
    Vec,
    read_pieces,
    signed,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_KINDS = {
    "foot": frozenset("closest nearest foot projection".split()),
    "distance": frozenset("distance far apart".split()),
    "reflection": frozenset("reflection reflect reflected reflecting mirror".split()),
    "meet": frozenset("intersection intersect intersects meet meets cross crosses "
                      "intersecting".split()),
    "angle": frozenset(["angle"]),
}
VOCAB = COMMON | frozenset().union(*_KINDS.values()) | frozenset(
    "point points on line lines plane planes to from perpendicular onto how between where "
    "at described defined given by parameterized parametrized passing passes through going "
    "goes drawn with equation equations that which is are of the coordinates coordinate "
    "space origin shortest over across image cosine acute let be vector form real any some "
    "two second first another other one whose lie lies located situated parallel marked "
    "dropped drop along moves travels path particle beam light laser it curve can expressed "
    "written traced for degrees radians measure measured slope".split())


_ANOTHER_LINE = frozenset("perpendicular parallel orthogonal normal bisector tangent "
                          "reflection reflected image".split())


def _point_tex(p: Vec, column: bool) -> str:
    if column:
        return "\\begin{pmatrix} " + " \\\\ ".join(latex(c) for c in p) + " \\end{pmatrix}"
    return "\\left( " + ", ".join(signed(c) for c in p) + " \\right)"


def _meet(a: Line, b: Line | Plane) -> Vec:
    t, s = sp.symbols("t s")
    if isinstance(b, Plane):
        along = dot(b.normal, a.direction)
        if along == 0:
            raise Decline("the line is parallel to the plane")
        k = (b.constant - dot(b.normal, a.base)) / along
        point = tuple(p + k * d for p, d in zip(a.base, a.direction, strict=True))
        confirm.check(on_line(point, a) and on_plane(point, b),
                      "the point satisfies the plane and lies on the line (plain fractions)")
        return point
    eqs = [p + t * d - q - s * e for p, d, q, e in zip(a.base, a.direction, b.base,
                                                       b.direction, strict=True)]
    sols = sp.solve(eqs, [t, s], dict=True)
    if len(sols) != 1 or set(sols[0]) != {t, s}:
        raise Decline("the lines do not meet in exactly one point")
    point = tuple(p + sols[0][t] * d for p, d in zip(a.base, a.direction, strict=True))
    confirm.check(on_line(point, a) and on_line(point, b),
                  "the point lies on both lines (plain fractions)")
    return point


def _distance(got: Pieces) -> tuple[sp.Expr, str]:
    if len(got.points) == 1 and len(got.lines) + len(got.planes) == 1:
        target = (got.lines or got.planes)[0]
        p = got.points[0]
        _dimensions(p, target)
        foot = foot_of(p, target)
        value = sp.sqrt(dot(sub(p, foot), sub(p, foot)))
        if isinstance(target, Line):
            other = math.hypot(*fl(cross(sub(p, target.base), target.direction))) / \
                math.hypot(*fl(target.direction))
        else:
            other = abs(float(dot(target.normal, p) - target.constant)) / math.hypot(
                *fl(target.normal))
        confirm.check(abs(float(value) - other) < 1e-9, "the distance by another formula "
                      "(floating point) agrees")
        return value, f"The closest point is ${_point_tex(foot, False)}$, at distance " \
                      f"${latex(value)}$."
    if len(got.planes) == 2 and not got.points and not got.lines:
        a, b = got.planes
        if any(cross(a.normal, b.normal)):
            raise Decline("the planes are not parallel")
        p = foot_of(tuple(sp.Integer(0) for _ in range(3)), a)
        value = abs(dot(b.normal, p) - b.constant) / sp.sqrt(dot(b.normal, b.normal))
        q = foot_of(p, b)
        confirm.check(abs(math.dist(fl(p), fl(q)) - float(value)) < 1e-9,
                      "the distance between a point of one plane and its foot on the other "
                      "agrees (floating point)")
        return sp.radsimp(value), f"The planes are parallel, ${latex(sp.radsimp(value))}$ apart."
    if len(got.lines) == 2 and not got.points and not got.planes:
        la, lb = got.lines
        _dimensions(la.base, lb)
        n = cross(la.direction, lb.direction)
        if not any(n):
            foot = foot_of(lb.base, la)
            value = sp.sqrt(dot(sub(lb.base, foot), sub(lb.base, foot)))
        elif len(n) == 1:
            value = sp.Integer(0)
        else:
            value = abs(dot(sub(lb.base, la.base), n)) / sp.sqrt(dot(n, n))
        value = sp.radsimp(value)
        confirm.check(abs(line_gap(la, lb) - float(value)) < 1e-9,
                      "the closest pair of points of the two lines (floating point) agrees")
        return value, f"The lines are ${latex(value)}$ apart."
    raise Decline("a distance between one point and one line or plane, or two of a kind")


def _dimensions(p: Vec, target: Line | Plane) -> None:
    size = len(target.base) if isinstance(target, Line) else 3
    if len(p) != size:
        raise Decline("a point and a line or plane of different dimensions")


def _angle(got: Pieces, w: set[str]) -> tuple[sp.Expr, str]:
    if got.points:
        raise Decline("an angle between two lines or two planes")
    vs = [pl.normal for pl in got.planes] if len(got.planes) == 2 and not got.lines else [
        ln.direction for ln in got.lines] if len(got.lines) == 2 and not got.planes else None
    if vs is None or len(vs[0]) != len(vs[1]):
        raise Decline("an angle between two lines or two planes")
    a, b = vs
    cos = dot(a, b) / sp.sqrt(dot(a, a) * dot(b, b))
    if "acute" in w:
        cos = abs(cos)
    elif cos < 0:
        raise Decline("the angle is obtuse as written: which angle is meant is unclear")
    cos = sp.radsimp(cos)
    n2 = dot(cross(a, b), cross(a, b))
    lagrange = math.sqrt(max(0.0, 1 - float(n2) / float(dot(a, a) * dot(b, b))))
    confirm.check(abs(lagrange - abs(float(cos))) < 1e-9, "Lagrange's identity "
                  "(|a x b|^2 = |a|^2 |b|^2 - (a . b)^2) gives the same cosine")
    return cos, "The cosine is the dot product of the " + (
        "normals" if got.planes else "directions") + " over the product of their lengths."


def _angle_measure(got: Pieces, cos: sp.Expr, in_degrees: bool, steps: list) -> Result:
    """The angle whose cosine is `cos`, in degrees or radians, when it is a rational number of
    degrees; confirmed by atan2 of the cross product's length and the dot product."""
    turn = sp.nsimplify(sp.acos(cos) / sp.pi)
    if not turn.is_Rational or turn.q > 360:
        raise Decline("the angle is not a whole number of degrees")
    a, b = [pl.normal for pl in got.planes] or [ln.direction for ln in got.lines]
    sine = math.sqrt(float(dot(cross(a, b), cross(a, b)))) if len(a) == 3 else abs(
        float(a[0] * b[1] - a[1] * b[0]))
    measured = math.atan2(sine, abs(float(dot(a, b))))
    confirm.check(abs(measured - float(turn) * math.pi) < 1e-9, "the angle from atan2 of the "
                  "cross product's length and the dot product agrees")
    value = turn * 180 if in_degrees else turn * sp.pi
    claim = f"\\theta = {latex(value)}" + ("^\\circ" if in_degrees else "")
    return value, [*steps, step("take the arccosine", "The angle is the one whose cosine this "
                                "is.", f"${claim}$", "")]


def _reflection(p: Vec, foot: Vec, target: Line | Plane, column: bool) -> Result:
    image = tuple(2 * f - a for f, a in zip(foot, p, strict=True))
    middle = tuple((a + b) / 2 for a, b in zip(p, image, strict=True))
    u = frac(sub(image, p))
    if isinstance(target, Line):
        square = sum(a * b for a, b in zip(u, frac(target.direction), strict=True)) == 0
        on = on_line(middle, target)
    else:
        n = frac(target.normal)
        square = all(u[i] * n[j] == u[j] * n[i] for i in range(3) for j in range(i + 1, 3))
        on = on_plane(middle, target)
    confirm.check(square and on, "the midpoint of the point and its image lies on the mirror "
                  "and the segment joining them is perpendicular to it (plain fractions)")
    shown = _point_tex(image, column)
    return shown, [step("drop the perpendicular", "The foot of the perpendicular is the "
                        "midpoint of the point and its reflection.", f"The foot is "
                        f"${_point_tex(foot, column)}$.", ""),
                   step("double it", "Image = 2 (foot) - point.", f"The reflection is "
                        f"${shown}$.", "")]


def _slope_form(got: Pieces, slope_only: bool = False) -> Result:
    """y = m x + b of the one line in the plane, as an equation or the pair (m, b)."""
    if (got.form is None) != slope_only or len(got.lines) != 1 or got.points or got.planes:
        raise Decline("the equation y = mx + b (or the slope) of one line")
    ln = got.lines[0]
    if len(ln.base) != 2 or ln.direction[0] == 0:
        raise Decline("a line in the plane that is not vertical")
    m = ln.direction[1] / ln.direction[0]
    b = ln.base[1] - m * ln.base[0]
    x = sp.Symbol("x")
    far = tuple(a + 3 * d for a, d in zip(ln.base, ln.direction, strict=True))
    fm, fb = frac((m, b))
    ok = all(frac((p[1],))[0] == fm * frac((p[0],))[0] + fb for p in (ln.base, far))
    confirm.check(ok, "two points of the line satisfy the equation (plain fractions)")
    shown = f"y = {latex(m * x + b)}"
    answer = m if slope_only else shown if got.form == "equation" else \
        f"\\left( {signed(m)}, {signed(b)} \\right)"
    return answer, [step("find the slope and intercept", "The slope is the direction's rise "
                         "over its run; the intercept comes from a point of the line.",
                         f"${shown}$", shown)]


def read_vector_line(split: Split, template: str) -> Result | None:
    w = words(template)
    kinds = [k for k, said in _KINDS.items() if w & said]
    slope_form = any(re.fullmatch(r"\s*y\s*=\s*mx\s*\+\s*b\s*", m) for m in split.maths)
    if not kinds and (slope_form or w & {"equation", "slope"}) and "line" in w:
        kinds = ["equation"]
    mirror_vector = kinds == ["reflection"] and "vector" in w
    if not kinds or not (w & {"line", "lines", "plane", "planes"} or mirror_vector) or \
            not words_within(template, VOCAB):
        return None
    if len(kinds) != 1:
        raise Decline("more than one question about the lines and planes")
    got = read_pieces(symmetric_lines(split.maths), template)  # (x - 1)/2 = y/3 = z too
    if "origin" in w:
        if "through the origin" in template or got.points:
            raise Decline("the origin as a point of a line")
        size = len(got.lines[0].base) if got.lines else 3
        got.points.append(tuple(sp.Integer(0) for _ in range(size)))
        got.columns.append(False)
    kind = kinds[0]
    if kind == "equation":
        if w & _ANOTHER_LINE:  # "the slope of a line perpendicular to the line through ..."
            raise Decline("a line related to the one told, not the line itself")
        return _slope_form(got, "slope" in w and not slope_form and "equation" not in w)
    if got.form:
        raise Decline("an answer form besides the question")
    if kind == "angle":
        if not (got.angle_asked or "cosine" in w) and not w & {"degrees", "radians"}:
            raise Decline("the cosine of the angle, or the angle in degrees or radians")
        value, said = _angle(got, w)
        steps = [step("use the dot product", "The angle between two lines (or planes) is the "
                      "angle between their directions (or normals).", said, "")]
        if got.angle_asked or "cosine" in w:
            if w & {"degrees", "radians"}:
                raise Decline("the cosine asked in degrees")
            return value, steps
        return _angle_measure(got, value, "degrees" in w, steps)
    if got.angle_asked:
        raise Decline("a cosine asked besides the question")
    if kind == "distance":
        value, said = _distance(got)
        return value, [step("find the distance", "Drop a perpendicular: the shortest distance "
                            "is along it.", said, "")]
    if kind in ("foot", "reflection"):
        if len(got.points) != 1 or len(got.lines) + len(got.planes) != 1:
            raise Decline("one point and one line or plane")
        target = (got.lines or got.planes)[0]
        _dimensions(got.points[0], target)
        column = got.in_columns()
        through_zero = on_line(tuple(0 * c for c in target.base), target) if isinstance(
            target, Line) else target.constant == 0
        if got.columns[0] and "projection" in w and not through_zero:
            raise Decline("the projection of a vector onto a line or plane not through 0")
        foot = foot_of(got.points[0], target)
        if kind == "reflection":
            return _reflection(got.points[0], foot, target, column)
        shown = _point_tex(foot, column)
        return shown, [step("drop the perpendicular", "The closest point is the foot of the "
                            "perpendicular: on the line (plane), with the joining segment "
                            "perpendicular to it.", f"The foot is ${shown}$.", "")]
    if len(got.lines) == 2 and not got.planes and not got.points:
        point = _meet(*got.lines)
    elif len(got.lines) == 1 and len(got.planes) == 1 and not got.points:
        point = _meet(got.lines[0], got.planes[0])
    else:
        raise Decline("where two lines, or a line and a plane, meet")
    shown = _point_tex(point, got.in_columns())
    return shown, [step("solve for the meeting point", "Put the line's points into the other "
                        "line's (or the plane's) equations and solve.", f"They meet at "
                        f"${shown}$.", "")]


__all__ = ["VOCAB", "read_vector_line"]
