"""The arithmetic of points, lines and planes for `vector_lines`: dot and cross products,
the foot of a perpendicular (with its plain-fraction check) and, in floating point, the
closest pair of points of two lines."""

from __future__ import annotations

import math
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.vector_line_pieces import Line, Plane, Vec


def dot(a: Vec, b: Vec) -> sp.Rational:
    return sum((p * q for p, q in zip(a, b, strict=True)), sp.Integer(0))


def cross(a: Vec, b: Vec) -> Vec:
    if len(a) == 2:
        return (a[0] * b[1] - a[1] * b[0],)
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def sub(a: Vec, b: Vec) -> Vec:
    return tuple(p - q for p, q in zip(a, b, strict=True))


def frac(v: Vec) -> list[Fraction]:
    return [Fraction(int(c.p), int(c.q)) for c in v]


def on_line(p: Vec, ln: Line) -> bool:
    """Plain fractions: p - base is a multiple of the direction (every 2 by 2 minor 0)."""
    u, d = frac(sub(p, ln.base)), frac(ln.direction)
    return all(u[i] * d[j] == u[j] * d[i] for i in range(len(d)) for j in range(i + 1, len(d)))


def on_plane(p: Vec, pl: Plane) -> bool:
    return sum(a * b for a, b in zip(frac(pl.normal), frac(p), strict=True)) == Fraction(
        int(pl.constant.p), int(pl.constant.q))


def foot_of(p: Vec, target: Line | Plane) -> Vec:
    if isinstance(target, Line):
        t = dot(sub(p, target.base), target.direction) / dot(target.direction,
                                                                 target.direction)
        foot = tuple(a + t * d for a, d in zip(target.base, target.direction, strict=True))
        confirm.check(on_line(foot, target) and sum(
            a * b for a, b in zip(frac(sub(p, foot)), frac(target.direction), strict=True))
            == 0, "the point lies on the line and the perpendicular to it is orthogonal to "
            "its direction (plain fractions)")
        return foot
    t = (dot(target.normal, p) - target.constant) / dot(target.normal, target.normal)
    foot = tuple(a - t * n for a, n in zip(p, target.normal, strict=True))
    u, n = frac(sub(p, foot)), frac(target.normal)
    confirm.check(on_plane(foot, target) and all(
        u[i] * n[j] == u[j] * n[i] for i in range(3) for j in range(i + 1, 3)),
        "the point lies on the plane and the perpendicular is along its normal (plain "
        "fractions)")
    return foot


def fl(v: Vec) -> list[float]:
    return [float(c) for c in v]


def line_gap(a: Line, b: Line) -> float:
    """Floating point: the closest pair of points of two lines (normal equations)."""
    d, e, w = fl(a.direction), fl(b.direction), fl(sub(a.base, b.base))
    dd, ee, de = (sum(x * y for x, y in zip(u, v, strict=True)) for u, v in
                  ((d, d), (e, e), (d, e)))
    wd, we = (sum(x * y for x, y in zip(w, v, strict=True)) for v in (d, e))
    det = dd * ee - de * de
    if abs(det) < 1e-12 * dd * ee:
        t, s = 0.0, we / ee
    else:
        t, s = (de * we - ee * wd) / det, (dd * we - de * wd) / det
    return math.dist([p + t * x for p, x in zip(fl(a.base), d, strict=True)],
                     [q + s * y for q, y in zip(fl(b.base), e, strict=True)])


__all__ = ["cross", "dot", "fl", "foot_of", "frac", "line_gap", "on_line", "on_plane", "sub"]
