"""Typed reader: the area of the region that straight lines bound ("the area of the
triangle formed by the lines $y = 2x + 1$, $y = -x + 7$ and the $x$-axis", "a trapezoid
bounded by $y = x$, $y = 6$, $y = 2$ and the $y$-axis").

Three lines, no two parallel and not through one point, bound exactly one region: a
triangle with the three crossing points as corners. Four lines bound a trapezoid when
exactly two of them are parallel and the other two cross outside the strip between the
parallels; then the asked shape must be named (trapezoid or quadrilateral), since the two
crossing lines also cut off a triangle. Corners are found exactly; the area by the
shoelace formula, confirmed by Heron's formula on a fan of triangles in floating point."""

from __future__ import annotations

import itertools
import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, axis_words, without_area_units
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "area region interior formed form together this bounded enclosed enclose bound by lines line "
    "graphs graph of and the triangle trapezoid quadrilateral x y axis how many".split())
_X, _Y = sp.symbols("x y")
Line = tuple[sp.Rational, sp.Rational, sp.Rational]  # a x + b y = c


def _lines(split: Split, template: str) -> list[Line]:
    out: list[Line] = []
    for m in sorted({int(i) for i in re.findall(r"@(\d+)@", template)}):
        src = split.maths[m]
        for part in _top_level_parts(src):
            e = parse_latex(part)
            if not isinstance(e, sp.Eq) or not e.free_symbols <= {_X, _Y}:
                raise Decline("a line given by an equation in x and y")
            poly = sp.Poly(e.lhs - e.rhs, _X, _Y)
            if poly.total_degree() != 1:
                raise Decline("a straight line")
            a, b = poly.coeff_monomial(_X), poly.coeff_monomial(_Y)
            c = -poly.coeff_monomial(1)
            if not all(v.is_Rational for v in (a, b, c)):
                raise Decline("a line with rational coefficients")
            out.append((sp.Rational(a), sp.Rational(b), sp.Rational(c)))
    return out


def _top_level_parts(src: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(src):
        depth += ch in "({[" and 1 or -(ch in ")}]")
        if ch == "," and depth == 0:
            parts.append(src[start:i])
            start = i + 1
    parts.append(src[start:])
    return [p.strip() for p in parts if p.strip()]


def _meet(p: Line, q: Line) -> tuple[sp.Rational, sp.Rational] | None:
    den = p[0] * q[1] - p[1] * q[0]
    if den == 0:
        return None
    return ((p[2] * q[1] - p[1] * q[2]) / den, (p[0] * q[2] - p[2] * q[0]) / den)


def _parallel(p: Line, q: Line) -> bool:
    return p[0] * q[1] - p[1] * q[0] == 0


def _corners(lines: list[Line], w: set[str]) -> list[tuple[sp.Rational, sp.Rational]]:
    if len(lines) == 3:
        pts = [_meet(p, q) for p, q in itertools.combinations(lines, 2)]
        if any(p is None for p in pts) or len(set(pts)) != 3:
            raise Decline("three lines that bound no triangle")
        return [p for p in pts if p is not None]
    if len(lines) != 4 or not w & {"trapezoid", "quadrilateral"}:
        raise Decline("three lines, or four bounding a trapezoid")
    pairs = [(p, q) for p, q in itertools.combinations(lines, 2) if _parallel(p, q)]
    if len(pairs) != 1 or pairs[0][0] == pairs[0][1]:
        raise Decline("exactly two parallel lines")
    side = [ln for ln in lines if ln not in pairs[0]]
    cross = _meet(side[0], side[1])
    if cross is None:
        raise Decline("the other two lines cross")
    p, q = pairs[0]
    k = p[0] if p[0] != 0 else p[1]
    kq = q[0] if p[0] != 0 else q[1]
    level = [p[2] / k, q[2] / kq]  # both lines as (a/k) x + (b/k) y = level
    lo, hi = sorted(level)
    at = (p[0] * cross[0] + p[1] * cross[1]) / k
    if lo <= at <= hi:
        raise Decline("the other two lines cross between the parallels")
    pts = [_meet(a, b) for a in pairs[0] for b in side]
    return [pt for pt in pts if pt is not None]


def _ring_area(ring: list[tuple[sp.Rational, sp.Rational]]) -> sp.Rational:
    """The area inside the corners, taken in order of their angle about the centre."""
    cx = sum(p[0] for p in ring) / len(ring)
    cy = sum(p[1] for p in ring) / len(ring)
    ring = sorted(ring, key=lambda p: math.atan2(float(p[1] - cy), float(p[0] - cx)))
    return shoelace_area(ring)


def _heron_fan(ring: list[tuple[sp.Rational, sp.Rational]]) -> float:
    cx = sum(float(p[0]) for p in ring) / len(ring)
    cy = sum(float(p[1]) for p in ring) / len(ring)
    pts = sorted(((float(p[0]), float(p[1])) for p in ring),
                 key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    total = 0.0
    for a, b in zip(pts[1:], pts[2:], strict=False):
        x, y, z = math.dist(pts[0], a), math.dist(a, b), math.dist(b, pts[0])
        s = (x + y + z) / 2
        total += math.sqrt(max(0.0, s * (s - x) * (s - y) * (s - z)))
    return total


def read_bounded_region(split: Split, template: str) -> Result | None:
    w = words(template)
    if "area" not in w or not w & {"bounded", "formed", "form", "enclosed", "enclose", "bound"}:
        return None
    template = axis_words(split.maths, without_area_units(template))
    if not words_within(template, VOCAB):
        return None
    lines = _lines(split, template)
    for axis, line in (("x-axis", (sp.Integer(0), sp.Integer(1), sp.Integer(0))),
                       ("y-axis", (sp.Integer(1), sp.Integer(0), sp.Integer(0)))):
        if axis in template:
            lines.append(line)  # type: ignore[arg-type]
    if len(set(lines)) != len(lines):
        raise Decline("a line named twice")
    ring = _corners(lines, w)
    value = _ring_area(ring)
    if value == 0:
        raise Decline("the lines bound no region")
    confirm.check(abs(_heron_fan(ring) - float(value)) <= 1e-9 * max(1.0, float(value)),
                  "Heron's formula on a fan of triangles gives the same area")
    corners = ", ".join(f"$({latex(p[0])}, {latex(p[1])})$" for p in ring)
    return value, [
        step("Find the corners", "Each corner is where two of the lines cross.",
             f"The region's corners are {corners}."),
        step("Shoelace formula", "Go round the corners and halve the cross-product sum.",
             f"The area is ${latex(value)}$.")]


__all__ = ["read_bounded_region"]
