"""Points of a triangle that are fixed blends of its vertices, and what is linear in the
squares of its sides.

A midpoint of a side is half of each end; the centroid a third of each vertex; a point
that cuts a side in a known ratio a fixed blend of the two ends. For points written as
P = sum w_i V_i with weights summing to 1, every dot product of two segments is linear in
the squared sides: with u = Q - P and v = S - R (weights summing to 0),
u . v = -1/2 sum_{i<j} (u_i v_j + u_j v_i) |V_i V_j|^2. So a segment's length squared, two
segments being perpendicular and a right angle at a vertex are all linear equations in
a^2, b^2, c^2 (the squares of the sides opposite the vertices).

`measure` places the triangle with coordinates (one vertex at the origin, one on the
x-axis) at 40 digits, for a check that does not use this algebra."""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline

Weights = tuple[sp.Expr, sp.Expr, sp.Expr]


class TrianglePoints:
    """A named triangle (three vertex letters) and points defined from it."""

    def __init__(self, name: str) -> None:
        if len(set(name)) != 3:
            raise Decline("a triangle named by three different letters")
        self.name = name
        # the square of the side opposite each vertex
        self.sq = {v: sp.Symbol(f"{v.lower()}_{{sq}}", positive=True) for v in name}
        one, zero = sp.Integer(1), sp.Integer(0)
        self.points: dict[str, Weights] = {
            v: tuple(one if u == v else zero for u in name) for v in name}  # type: ignore[misc]
        # how each point was built, replayed on coordinates by `replay`
        self.built: list[tuple[str, str, tuple]] = []

    def define(self, point: str, weights: Weights) -> None:
        if point in self.points and self.points[point] != weights:
            raise Decline(f"the point {point} defined twice in different ways")
        if sum(weights) != 1:
            raise Decline("a point that is not a blend of the vertices")
        self.points[point] = weights

    def midpoint(self, point: str, side: str) -> None:
        if len(side) != 2 or not set(side) < set(self.name):
            raise Decline("the midpoint of a side of the triangle")
        half = sp.Rational(1, 2)
        self.define(point, tuple(half if v in side else sp.Integer(0)  # type: ignore[arg-type]
                                 for v in self.name))
        self.built.append((point, "between", (side[0], side[1], half)))

    def centroid(self, point: str) -> None:
        self.define(point, (sp.Rational(1, 3),) * 3)  # type: ignore[arg-type]
        self.built.append((point, "centroid", ()))

    def between(self, point: str, x: str, y: str, t: sp.Expr) -> None:
        """The point t of the way from x to y (0 < t < 1)."""
        if not 0 < t < 1:
            raise Decline("a point strictly inside the segment")
        self.known(x, y)
        self.define(point, tuple(sp.expand(a * (1 - t) + b * t)  # type: ignore[arg-type]
                                 for a, b in zip(self.points[x], self.points[y], strict=True)))
        self.built.append((point, "between", (x, y, t)))

    def meet(self, point: str, seg1: tuple[str, str], seg2: tuple[str, str]) -> None:
        """The point where the lines through two segments cross, inside the triangle or on
        its sides."""
        self.known(*seg1, *seg2)
        s, t = sp.symbols("s t")
        p1, q1 = self.points[seg1[0]], self.points[seg1[1]]
        p2, q2 = self.points[seg2[0]], self.points[seg2[1]]
        eqs = [a + s * (b - a) - c - t * (d - c)
               for a, b, c, d in zip(p1, q1, p2, q2, strict=True)]
        sol = sp.solve(eqs, [s, t], dict=True)
        if len(sol) != 1 or set(sol[0]) != {s, t}:
            raise Decline("two lines that cross at one point")
        weights = tuple(a + sol[0][s] * (b - a) for a, b in zip(p1, q1, strict=True))
        if any(w < 0 for w in weights):  # the lines through the segments may be meant
            raise Decline("two lines that cross inside the triangle")
        self.define(point, weights)  # type: ignore[arg-type]
        self.built.append((point, "meet", (seg1, seg2)))

    def area_share(self, corners: str) -> sp.Expr:
        """The signed share of the triangle's area that the polygon through `corners` has
        (the determinant of the corners' weights, summed over a fan)."""
        self.known(*corners)
        pts = [self.points[c] for c in corners]
        total = sp.Integer(0)
        for i in range(1, len(pts) - 1):
            total += sp.Matrix([pts[0], pts[i], pts[i + 1]]).det()
        return sp.simplify(total)

    def known(self, *names: str) -> None:
        for x in names:
            if x not in self.points:
                raise Decline(f"a point {x} the problem does not place")

    def _vector(self, p: str, q: str) -> Weights:
        self.known(p, q)
        return tuple(b - a for a, b in zip(self.points[p], self.points[q], strict=True))  # type: ignore[return-value]

    def dot(self, seg1: tuple[str, str], seg2: tuple[str, str]) -> sp.Expr:
        """The dot product of two segments (as vectors), linear in the squared sides."""
        u, w = self._vector(*seg1), self._vector(*seg2)
        total = sp.Integer(0)
        for i in range(3):
            for j in range(i + 1, 3):
                k = 3 - i - j  # the side V_i V_j is opposite vertex k
                total += -(u[i] * w[j] + u[j] * w[i]) / 2 * self.sq[self.name[k]]
        return sp.expand(total)

    def length2(self, seg: tuple[str, str]) -> sp.Expr:
        if seg[0] == seg[1]:
            raise Decline("a segment from a point to itself")
        return self.dot(seg, seg)

    def area2(self) -> sp.Expr:
        """16 times the area squared (Heron's formula in the squared sides)."""
        x, y, z = self.sq.values()
        return sp.expand(2 * (x * y + y * z + z * x) - x ** 2 - y ** 2 - z ** 2)

    def coordinates(self, values: dict[sp.Symbol, sp.Basic]) -> dict[str, tuple]:
        """Every point at 40 digits, the triangle placed with coordinates from its sides."""
        with mpmath.workdps(40):
            a0, b0, c0 = self.name[0], self.name[1], self.name[2]
            side = {v: mpmath.sqrt(mpmath.mpf(sp.N(values[self.sq[v]], 50))) for v in self.name}
            a = side[a0]  # B0 = (0, 0), C0 = (a, 0), A0 above the x-axis
            p = (a ** 2 + side[c0] ** 2 - side[b0] ** 2) / (2 * a)
            q = mpmath.sqrt(side[c0] ** 2 - p ** 2)
            return self.replay({a0: (p, q), b0: (mpmath.mpf(0), mpmath.mpf(0)),
                                c0: (a, mpmath.mpf(0))})

    def replay(self, vertices: dict[str, tuple]) -> dict[str, tuple]:
        """Build every point again on coordinates, as the problem built it (a point part of
        the way along a segment, the centroid, two lines crossing), at 40 digits."""
        out = dict(vertices)
        with mpmath.workdps(40):
            for point, kind, args in self.built:
                if kind == "centroid":
                    out[point] = tuple(sum(out[v][k] for v in self.name) / 3 for k in (0, 1))
                elif kind == "between":
                    (x1, y1), (x2, y2) = out[args[0]], out[args[1]]
                    t = mpmath.mpf(sp.N(args[2], 50))
                    out[point] = (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
                else:
                    out[point] = _crossing(out[args[0][0]], out[args[0][1]], out[args[1][0]],
                                           out[args[1][1]])
        return out


def _crossing(p1: tuple, p2: tuple, p3: tuple, p4: tuple) -> tuple:
    """Where line p1p2 meets line p3p4 (Cramer's rule)."""
    d = (p1[0] - p2[0]) * (p3[1] - p4[1]) - (p1[1] - p2[1]) * (p3[0] - p4[0])
    if d == 0:
        raise Decline("parallel lines do not meet")
    u = p1[0] * p2[1] - p1[1] * p2[0]
    w = p3[0] * p4[1] - p3[1] * p4[0]
    return ((u * (p3[0] - p4[0]) - (p1[0] - p2[0]) * w) / d,
            (u * (p3[1] - p4[1]) - (p1[1] - p2[1]) * w) / d)


def distance(coords: dict[str, tuple], seg: tuple[str, str]) -> mpmath.mpf:
    (x1, y1), (x2, y2) = coords[seg[0]], coords[seg[1]]
    with mpmath.workdps(40):
        return mpmath.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)


def dot_measured(coords: dict[str, tuple], s1: tuple[str, str],
                 s2: tuple[str, str]) -> mpmath.mpf:
    (a1, b1), (a2, b2) = coords[s1[0]], coords[s1[1]]
    (c1, d1), (c2, d2) = coords[s2[0]], coords[s2[1]]
    with mpmath.workdps(40):
        return (a2 - a1) * (c2 - c1) + (b2 - b1) * (d2 - d1)


def named_area(coords: dict[str, tuple], name: str) -> mpmath.mpf:
    """The area of the polygon whose corners are the letters of `name`, at 40 digits."""
    with mpmath.workdps(40):
        return shoelace_area([coords[v] for v in name])


def simple_polygon(pts: list[tuple]) -> bool:
    """No two sides of the polygon that do not share a corner cross each other."""
    n = len(pts)
    edges = [(pts[i], pts[(i + 1) % n]) for i in range(n)]

    def side(a: tuple, b: tuple, c: tuple) -> mpmath.mpf:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    for i in range(n):
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            (p, q), (r, s) = edges[i], edges[j]
            if side(p, q, r) * side(p, q, s) < 0 and side(r, s, p) * side(r, s, q) < 0:
                return False
    return True


__all__ = ["TrianglePoints", "Weights", "distance", "dot_measured", "named_area", "simple_polygon"]
