"""Typed reader: a tangent from a point outside a circle, the point's distance from the
centre and the radius, two told and the third asked. "Point $P$ is 10 units from the center
of a circle of radius 6. Find the length of the tangent from $P$ to the circle.", "A tangent
segment from an external point to a circle has length 12, and the radius of the circle is 9.
How far is the point from the center of the circle?".

The radius to the point of tangency is perpendicular to the tangent, so the radius, the
tangent segment and the segment to the centre form a right triangle: d^2 = r^2 + t^2.
Confirmed with coordinates: with the centre at the origin and the point at (d, 0), the point
of tangency (r^2/d, r t/d) lies on the circle, its radius is perpendicular to the tangent
and the tangent has length t (at 50 digits). One circle, one point and one tangent only; any
other word declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    is_label,
    told_lengths,
    without_length_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER

_N = r"@(\d+)@"
_CENTRE = r"cent(?:er|re)(?: of (?:a|the) circle)?"
_POINT = r"(?:lbl|(?:an? |the )?(?:external |exterior )?point(?: lbl)?)"
_FROM = rf"(?:drawn )?from (?:{_POINT}|a point outside(?: the circle)?)"
# "to ;": the circle was told with its radius ("to a circle of radius 7"), read already
_TANGENT = rf"(?:a|the) tangent(?: segment| line)? {_FROM} to (?:(?:a|the) circle|;)"
_TOLD = [  # (pattern, what the number is)
    (rf"\b(?:a|the) circle (?:(?:of|with|has|whose) )?(?:a )?radius (?:of |is )?{_N}", "radius"),
    (rf"\bthe radius of (?:a|the) circle (?:is|measures) {_N}", "radius"),
    (rf"\b(?:is|lies) (?:at )?(?:a distance of )?{_N} (?:away )?from (?:the|its) {_CENTRE}",
     "distance"),
    (rf"\bthe distance (?:(?:from|between) (?:{_POINT}|it) (?:to|and) |to )?the {_CENTRE} "
     rf"(?:is|measures) {_N}", "distance"),
    (rf"\bthe length of {_TANGENT} is {_N}", "tangent"),
    (rf"\b{_TANGENT} (?:has (?:a )?length(?: of)?|is|measures) {_N}(?: long)?", "tangent"),
]
_ASKS = [
    (rf"(?:(?:what is|find) (?:the length of )?|how long is )(?:a|the|each) tangent(?: segment|"
     rf" line)?(?: {_FROM})?(?: to (?:a|the) circle)?[?.]?$", "tangent"),
    (rf"how far is {_POINT} from the {_CENTRE}[?.]?$|(?:what is|find) the distance (?:from|"
     rf"between) {_POINT} (?:to|and) the {_CENTRE}[?.]?$", "distance"),
    (r"(?:what is|find) the radius(?: of the circle)?[?.]?$", "radius"),
]
_GLUE = FILLER | COMMON | frozenset("circle point lbl outside external exterior from how "
                                    "what".split())
_SAY = {"radius": "r", "distance": "d", "tangent": "t"}


def _plain(split: Split, template: str) -> tuple[str, set[str]]:
    """The template in lower case, a point's letter written "lbl" and the unit after each
    number dropped (the units used are returned: one unit throughout is required)."""
    text = re.sub(r"@(\d+)@", lambda m: "lbl" if is_label(split.maths[int(m.group(1))]) and len(
        split.maths[int(m.group(1))].strip()) == 1 else m.group(0), template).lower()
    return without_length_units(text)


def read_tangent_length(split: Split, template: str) -> Result | None:
    if "tangent" not in template or not re.search(r"\bcent(?:er|re)\b", template):
        return None
    text, units = _plain(split, template)
    read = told_lengths(split, text, _TOLD, _ASKS, _GLUE)
    if read is None or len(read[0]) != 2:
        return None
    told, asked = read
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    r, d, t = (told.get(k, sp.S.Zero) for k in ("radius", "distance", "tangent"))  # 0: asked
    if asked == "distance":
        value = sp.sqrt(r**2 + t**2)
        claim = f"d = \\sqrt{{{latex(r)}^2 + {latex(t)}^2}} = {latex(value)}"
    else:
        known = r if asked == "tangent" else t
        if not (d**2 - known**2).is_positive:
            raise Decline("the point must be outside the circle")
        value = sp.sqrt(d**2 - known**2)
        claim = f"{_SAY[asked]} = \\sqrt{{{latex(d)}^2 - {latex(known)}^2}} = {latex(value)}"
    value = sp.nsimplify(sp.radsimp(value))
    r, d, t = (told.get(k, value) for k in ("radius", "distance", "tangent"))
    touch = sp.Matrix([r**2 / d, r * t / d])
    gaps = [touch.norm() - r, touch.dot(touch - sp.Matrix([d, 0])),
            (touch - sp.Matrix([d, 0])).norm() - t]
    confirm.check(all(abs(sp.N(g, 50)) < sp.Float(10) ** -40 for g in gaps),
                  "the point of tangency lies on the circle, its radius is perpendicular to "
                  "the tangent, and the tangent has the length found")
    return value, [
        step("the radius meets the tangent at a right angle", "The radius drawn to the point "
             "of tangency is perpendicular to the tangent, so the radius $r$, the tangent "
             "segment $t$ and the segment $d$ from the point to the centre form a right "
             "triangle with $d$ as hypotenuse: $d^2 = r^2 + t^2$.", f"${claim}$", claim)]


__all__ = ["read_tangent_length"]
