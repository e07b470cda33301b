"""Areas of plane regions cut out by straight lines, two independent ways.

A point chosen uniformly from a convex polygon (a rectangle, a square, a triangle ...)
lands in an event with probability (area of the event's part) / (area of the polygon).
An event is a union of disjoint *cells*, each a conjunction of half-planes
`a x + b y + c >= 0` (whether the boundary counts changes no area).

- `clipped_area`: the polygon is clipped by each half-plane in turn (Sutherland-Hodgman)
  and the pieces' areas are added by the shoelace formula;
- `sliced_area`: the independent check. Every vertical line meets a cell in one segment
  whose length is linear in x between the x's where two boundary lines cross, so the
  area is the sum over those pieces of width times the length at the midpoint (exact,
  no polygon is built).

All arithmetic is in exact rationals (SymPy `Rational`).
"""

from __future__ import annotations

from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline

Point = tuple[sp.Rational, sp.Rational]
HalfPlane = tuple[sp.Rational, sp.Rational, sp.Rational]  # a x + b y + c >= 0
Cell = list[HalfPlane]


def _side(h: HalfPlane, p: Point) -> sp.Rational:
    return h[0] * p[0] + h[1] * p[1] + h[2]


def convex_order(points: list[Point]) -> list[Point]:
    """The points as the vertices of a convex polygon, counter-clockwise; Decline when
    they are not the vertices of one (three in a line, one inside the others ...)."""
    if len(set(points)) != len(points) or len(points) < 3:
        raise Decline("the vertices of a polygon")
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    ordered = sorted(points, key=lambda p: sp.atan2(p[1] - cy, p[0] - cx))
    n = len(ordered)
    for i in range(n):
        a, b, c = ordered[i], ordered[(i + 1) % n], ordered[(i + 2) % n]
        cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        if cross <= 0:
            raise Decline("the vertices do not make a convex polygon")
    return ordered


def edges(poly: list[Point]) -> Cell:
    """The half-planes whose intersection is the convex polygon (counter-clockwise)."""
    out: Cell = []
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        # left of the directed edge (x1,y1)->(x2,y2)
        a, b = -(y2 - y1), x2 - x1
        out.append((a, b, -(a * x1 + b * y1)))
    return out


def _clip(poly: list[Point], h: HalfPlane) -> list[Point]:
    out: list[Point] = []
    for i, p in enumerate(poly):
        q = poly[(i + 1) % len(poly)]
        sp_, sq = _side(h, p), _side(h, q)
        if sp_ >= 0:
            out.append(p)
        if (sp_ > 0 > sq) or (sp_ < 0 < sq):
            t = sp_ / (sp_ - sq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def clipped_area(poly: list[Point], cells: list[Cell]) -> sp.Rational:
    """The area of the polygon's part inside the cells, by clipping and shoelace."""
    total = sp.Rational(0)
    for cell in cells:
        piece = list(poly)
        for h in cell:
            piece = _clip(piece, h)
            if len(piece) < 3:
                break
        if len(piece) >= 3:
            total += shoelace_area(piece)
    return total


def _crossings(lines: Cell) -> set[sp.Rational]:
    xs: set[sp.Rational] = set()
    for (a1, b1, c1), (a2, b2, c2) in combinations(lines, 2):
        det = a1 * b2 - a2 * b1
        if det != 0:
            xs.add((b1 * c2 - b2 * c1) / det)
    for a, b, c in lines:
        if b == 0 and a != 0:
            xs.add(-c / a)
    return xs


def _length(cell: Cell, x: sp.Rational) -> sp.Rational:
    lo, hi = None, None
    for a, b, c in cell:
        if b == 0:
            if a * x + c < 0:
                return sp.Rational(0)
            continue
        bound = -(a * x + c) / b
        if b > 0:
            lo = bound if lo is None else max(lo, bound)
        else:
            hi = bound if hi is None else min(hi, bound)
    if lo is None or hi is None:
        raise Decline("an unbounded region")
    return max(sp.Rational(0), hi - lo)


def sliced_area(region: Cell, cells: list[Cell]) -> sp.Rational:
    """The area of the region's part inside the cells, by vertical slices."""
    total = sp.Rational(0)
    for cell in cells:
        lines = region + cell
        xs = sorted(_crossings(lines))
        for x1, x2 in zip(xs, xs[1:], strict=False):
            total += (x2 - x1) * _length(lines, (x1 + x2) / 2)
    return total


def probability(poly: list[Point], cells: list[Cell]
                ) -> tuple[sp.Rational, sp.Rational, sp.Rational]:
    """(area of the event's part by clipping, the same by slicing, area of the polygon);
    Decline when the polygon has no area."""
    whole = shoelace_area(poly)
    if whole == 0:
        raise Decline("a region with no area")
    return clipped_area(poly, cells), sliced_area(edges(poly), cells), whole


def disjoint(cells: list[Cell], poly: list[Point]) -> bool:
    """True when no two cells overlap inside the polygon (their common part has no area)."""
    return all(clipped_area(poly, [a + b]) == 0 for a, b in combinations(cells, 2))


__all__ = ["Cell", "HalfPlane", "Point", "clipped_area", "convex_order", "disjoint", "edges",
           "probability", "sliced_area"]
