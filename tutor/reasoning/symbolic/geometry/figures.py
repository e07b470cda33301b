"""Geometry counting shapes: lattice points inside a rectangle, a regular
polygon whose interior angle is a multiple of its exterior one, and integer third sides of
a triangle."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, Step, latex, step

Result = tuple[sp.Basic | str, list[Step]]
_POINT = re.compile(r"\(\s*(-?\d+)\s*,\s*(-?\d+)\s*\)")


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def points(src: str) -> list[tuple[int, int]]:
    """Integer points written `(a, b)` and nothing else (commas between allowed)."""
    found = [(int(a), int(b)) for a, b in _POINT.findall(src)]
    if not found or _POINT.sub("", src).strip(" ,") not in ("", "and"):
        raise Decline("integer points only")
    return found


def rectangle_interior(pts: list[tuple[int, int]]) -> Result:
    """Lattice points strictly inside an axis-parallel rectangle given by its 4 corners."""
    xs, ys = sorted({p[0] for p in pts}), sorted({p[1] for p in pts})
    corners = {(x, y) for x in xs for y in ys}
    if len(pts) != 4 or len(xs) != 2 or len(ys) != 2 or set(pts) != corners:
        raise Decline("not the corners of an axis-parallel rectangle")
    w, h = xs[1] - xs[0] - 1, ys[1] - ys[0] - 1
    v = w * h
    return sp.Integer(v), [
        _one("count the columns and rows", "Strictly inside means x strictly between "
             f"{xs[0]} and {xs[1]} and y strictly between {ys[0]} and {ys[1]}.",
             f"{xs[1]} - ({xs[0]}) - 1 = {w}, \\quad {ys[1]} - ({ys[0]}) - 1 = {h}"),
        _one("multiply", "Every allowed x goes with every allowed y.", f"{w} \\cdot {h} = {v}"),
    ]


def polygon_ratio(k: sp.Rational) -> Result:
    """Sides of a regular polygon whose interior angle is k times its exterior angle."""
    if not k.is_Rational or k <= 0:
        raise Decline("a positive ratio")
    n = 2 * (k + 1)
    if not n.is_Integer or n < 3:
        raise Decline("no such polygon")
    ext = sp.Rational(360, n)
    claim = (f"180 - \\frac{{360}}{{{n}}} = {latex(k)} \\cdot \\frac{{360}}{{{n}}} = "
             f"{latex(k * ext)}")
    return sp.Integer(n), [
        _one("relate the angles", "Interior and exterior angles add to 180°, so "
             f"$(1 + {latex(k)})$ exterior angles make 180° and the exterior angle is "
             f"$\\frac{{180}}{{{latex(1 + k)}}}$.",
             f"\\frac{{180}}{{1 + {latex(k)}}} = {latex(ext)}"),
        _one("count the sides", "The exterior angles of a polygon add to 360°.",
             f"\\frac{{360}}{{{latex(ext)}}} = {n}"),
        _one("check", "The interior angle is the given multiple of the exterior one.", claim),
    ]


def third_side(a: int, b: int, which: str) -> Result:
    """Integer third side c with |a - b| < c < a + b: the only one, or for the greatest
    perimeter the largest."""
    if a < 1 or b < 1:
        raise Decline("positive sides")
    lo, hi = abs(a - b) + 1, a + b - 1
    bounds = _one("use the triangle inequality", "The third side is longer than the "
                  "difference and shorter than the sum of the other two.",
                  f"{abs(a - b)} < {lo} \\leq c \\leq {hi} < {a + b}")
    if which == "only":
        if lo != hi:
            raise Decline("more than one possible side")
        return sp.Integer(lo), [bounds]
    p = a + b + hi
    return sp.Integer(p), [bounds, _one("add the sides", "Take the longest allowed side.",
                                        f"{a} + {b} + {hi} = {p}")]


__all__ = ["points", "polygon_ratio", "rectangle_interior",
           "third_side"]
