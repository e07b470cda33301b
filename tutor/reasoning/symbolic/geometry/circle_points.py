"""Typed reader: a circle fixed by points: its centre and a point on it, the two ends of
a diameter, or three points it passes through (`circle_three_points`). Asked: its radius,
diameter, area, circumference or centre.

"Points $A(3,5)$ and $B(7,10)$ are the endpoints of a diameter of a circle. How many square
units are in the area of the circle?" Confirmed in floating point: the given points are
one radius from the centre found."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.circle_three_points import circle_through
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    is_label,
    places,
    points_in,
    without_area_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_ASKED = frozenset("radius diameter area circumference center centre".split())
VOCAB = COMMON | _ASKED | frozenset(
    "circle points point endpoints endpoint of a the is are at passes passing through with how "
    "many what and its contains containing coordinates".split())


def read_circle_points(split: Split, template: str) -> Result | None:
    template = without_area_units(template)
    w = words(template)
    if "circle" not in w or not w & _ASKED or not w & {
            "endpoints", "passes", "passing", "through", "contains", "containing"}:
        return None
    if not words_within(template, VOCAB):
        return None
    pts: dict[int, tuple[sp.Basic, ...]] = {}  # by piece; listed points by -1, -2, ...
    for i in dict.fromkeys(places(template)):
        if is_label(split.maths[i]) or split.maths[i].strip() == "\\pi":  # "in terms of pi"
            continue
        p = as_point(split.maths[i])
        if p is None:  # "(0,0), (6,0) and (0,8)" written as one piece
            listed = points_in(split.maths[i])
            if listed is None:
                return None
            pts.update({-1 - len(pts) - n: q for n, q in enumerate(listed)})
            continue
        if len(p) != 2:
            return None
        pts[i] = p
    if len(pts) == 3:
        return _through_three(list(pts.values()), template, w)
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


def _through_three(pts: list, template: str, w: set[str]) -> Result:
    """A circle that passes through three points; none of them is its centre."""
    if not w & {"passes", "through", "contains", "containing"} or w & {"endpoints", "endpoint"} \
            or re.search(r"(?:center|centre)(?: is| at| of)? (?:at )?@\d+@", template):
        raise Decline("a circle through three points, none of them its centre")
    asked = w & _ASKED
    # "the diameter" is asked only; "center" may be both told and asked, so it is asked alone
    if len(asked) != 1:
        raise Decline("one measure of the circle asked")
    return circle_through(pts, asked.pop())


__all__ = ["VOCAB", "read_circle_points"]
