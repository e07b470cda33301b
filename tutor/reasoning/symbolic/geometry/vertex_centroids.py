"""Typed reader: the centroid of a triangle given by its vertices' coordinates.

"What are the coordinates of the centroid of the triangle with vertices $(1,2)$, $(5,4)$ and
$(3,9)$?", "The medians of the triangle with vertices ... meet at a point: what is the sum of
its coordinates?". The centroid is the average of the three vertices (in the plane or in
space). Confirmed another way: two medians, each from a vertex to the midpoint of the side
across, are intersected by solving the two line equations exactly, and must meet there."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, as_point, is_label, places, points_in
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_VOCAB = COMMON | frozenset(
    "centroid medians median meet intersect intersection point of triangle vertices vertex at "
    "coordinates coordinate sum the what are is where whose located".split())
_ASK_SUM = re.compile(r"\bsum of (?:the|its) (?:two |three )?coordinates\b")


def read_vertex_centroid(split: Split, template: str) -> Result | None:
    if not re.search(r"\bcentroid\b|\bmedians (?:of [^.?]*)?(?:meet|intersect)\b", template):
        return None
    if "triangle" not in template or not words_within(template, _VOCAB):
        return None
    pts: list[tuple[sp.Basic, ...]] = []
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if is_label(src):
            continue
        p = as_point(src)
        listed = [p] if p is not None else points_in(src)  # "(0,0), (4,0) and (1,3)"
        if not listed:
            raise Decline("the triangle's vertices as points")
        pts.extend(listed)
    if len(pts) != 3 or len({len(p) for p in pts}) != 1 or len(pts[0]) not in (2, 3) or \
            not all(c.is_Rational for p in pts for c in p):
        raise Decline("three vertices with rational coordinates")
    if sp.Matrix([[q - p for p, q in zip(pts[0], v, strict=True)] for v in pts[1:]]).rank() < 2:
        raise Decline("the three points are on one line: no triangle")
    g = tuple(sum(cs) / 3 for cs in zip(*pts, strict=True))
    confirm.check(_medians_meet(pts) == g, "two medians meet at that point, solved exactly")
    shown = f"\\left({', '.join(latex(c) for c in g)}\\right)"
    steps = [step("average the vertices", "The centroid (where the medians meet) is the average "
                  "of the three vertices, coordinate by coordinate.", f"$G = {shown}$", shown)]
    if _ASK_SUM.search(template):
        value = sp.Add(*g)
        claim = " + ".join(latex(c) for c in g) + f" = {latex(value)}"
        return value, [*steps, step("add the coordinates", "The asked sum.", f"${claim}$",
                                    claim)]
    if re.search(r"\bsum\b", template):
        raise Decline("a sum of what is not said")
    return sp.Tuple(*g), steps


def _medians_meet(pts: list[tuple[sp.Basic, ...]]) -> tuple[sp.Basic, ...] | None:
    """Where the median from the first vertex meets the median from the second."""
    a, b, c = pts
    s, t = sp.symbols("s t")
    mid_bc = [(p + q) / 2 for p, q in zip(b, c, strict=True)]
    mid_ac = [(p + q) / 2 for p, q in zip(a, c, strict=True)]
    one = [p + s * (m - p) for p, m in zip(a, mid_bc, strict=True)]
    two = [p + t * (m - p) for p, m in zip(b, mid_ac, strict=True)]
    sol = sp.solve([u - v for u, v in zip(one, two, strict=True)], [s, t], dict=True)
    if len(sol) != 1:
        return None
    return tuple(sp.simplify(u.subs(sol[0])) for u in one)


__all__ = ["read_vertex_centroid"]
