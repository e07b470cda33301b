"""Typed reader: a circle fixed by points: its centre and a point on it, or the two ends of
a diameter. Asked: its radius, diameter, area, circumference or centre.

"Points $A(3,5)$ and $B(7,10)$ are the endpoints of a diameter of a circle. How many square
units are in the area of the circle?" Confirmed in floating point: the given points are
one radius from the centre found."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    is_label,
    places,
    without_area_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_ASKED = frozenset("radius diameter area circumference center centre".split())
VOCAB = COMMON | _ASKED | frozenset(
    "circle points point endpoints endpoint of a the is are at passes through with how many "
    "what and its contains containing coordinates".split())


def read_circle_points(split: Split, template: str) -> Result | None:
    template = without_area_units(template)
    w = words(template)
    if "circle" not in w or not w & _ASKED or not w & {"endpoints", "passes", "through",
                                                        "contains", "containing"}:
        return None
    if not words_within(template, VOCAB):
        return None
    pts = {}
    for i in dict.fromkeys(places(template)):
        if is_label(split.maths[i]) or split.maths[i].strip() == "\\pi":  # "in terms of pi"
            continue
        p = as_point(split.maths[i])
        if p is None or len(p) != 2:
            return None
        pts[i] = p
    if len(pts) != 2:
        raise Decline("two points expected")
    (i, p), (j, q) = pts.items()
    if "endpoints" in w and "diameter" in w:
        centre = tuple((a + b) / 2 for a, b in zip(p, q, strict=True))
        how = "the centre is the midpoint of the diameter"
        rest = w & _ASKED - {"diameter"}
    else:
        c = re.search(r"(?:center|centre)(?: is| at| of)? (?:at )?@(\d+)@", template)
        if c is None or int(c.group(1)) not in (i, j) or not w & {"passes", "through",
                                                                 "contains", "containing"}:
            raise Decline("which point is the centre is not clear")
        centre, p = (p, q) if int(c.group(1)) == i else (q, p)
        how = "the radius reaches from the centre to the point on the circle"
        rest = w & _ASKED - {"center", "centre"}
    r2 = sp.expand((p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2)
    if r2 == 0:
        raise Decline("the points coincide")
    r = sp.sqrt(r2)
    if len(rest) != 1:
        raise Decline("one measure of the circle asked")
    asked = rest.pop()
    value = {"radius": r, "diameter": 2 * r, "area": sp.pi * r2, "circumference": 2 * sp.pi * r,
             "center": sp.Tuple(*centre), "centre": sp.Tuple(*centre)}[asked]
    fc = tuple(float(v) for v in centre)
    ok = all(abs(math.dist(fc, tuple(float(v) for v in pt)) - float(r)) < 1e-9
             for pt in ((p, q) if "endpoints" in w else (p,)))
    confirm.check(ok, "the given points are one radius from the centre")
    claim = (f"r^2 = \\left({latex(p[0])} - {latex(centre[0])}\\right)^2 + \\left({latex(p[1])}"
             f" - {latex(centre[1])}\\right)^2 = {latex(r2)}")
    return value, [step("find the radius", how[0].upper() + how[1:] + ".", f"${claim}$", claim),
                   step(f"find the {asked}", "Use the circle's formulas.",
                        f"The {asked} is ${latex(value)}$", "")]


__all__ = ["VOCAB", "read_circle_points"]
