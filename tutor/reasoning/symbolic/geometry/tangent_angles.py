"""Typed reader: two tangents to a circle from one outside point, the angle between them and
the central angle (or arc) between the points of tangency, one told and the other asked.

"Two tangents from a point $P$ to a circle with center $O$ touch it at $A$ and $B$. If
$\\angle APB = 50^\\circ$, what is $\\angle AOB$?", "$PA$ and $PB$ are tangent to circle $O$
at $A$ and $B$, and $\\angle AOB = 110^\\circ$. Find $\\angle APB$.", "Two tangent segments
from an external point meet at an angle of 40 degrees. What is the measure of the minor arc
between the points of tangency?"

Each radius to a point of tangency is perpendicular to its tangent, so the quadrilateral
PAOB has two right angles and the angle at P and the angle at O add up to 180 degrees; the
minor arc AB measures the angle at O, the major arc the rest of 360. An angle is named by
the letters said (the outside point in the middle, or the centre); any other angle, word or
number declines. Confirmed by drawing it: the circle of radius 1 at the origin, A and B
half the central angle either side of the x-axis, P where the tangents at A and B meet
(the radius at A measured perpendicular to PA), and the angle at P measured with atan2 at
30 digits."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, number
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_P = r"@(\d+)@"
_ANGLE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z])([A-Z])([A-Z])\s*\}?\s*(?:=\s*(.+?))?\s*")
_DEGREES = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")
# the angle between the tangents told in words
_TOLD_OUTSIDE = re.compile(r"\b(?:meet|intersect|cross) (?:each other )?at an angle of " + _P
                           + r"(?: degrees?)?|\bmeet at an? " + _P + r"(?:-| )?degrees? angle"
                           r"|\b(?:form|make) an angle of " + _P + r"(?: degrees?)?|\bthe angle "
                           r"between (?:the|them|the two) (?:tangents|tangent (?:lines|segments))"
                           r" (?:is|measures) " + _P + r"(?: degrees?)?")
_ASKED_ARC = re.compile(r"\b(minor|major)? ?arc (?:" + _P + r"|between the points of "
                        r"tangency|between the two points of tangency|cut off|intercepted)")
_GLUE = FILLER | COMMON | frozenset(
    "two tangents tangent lines segments line segment from to a point outside external "
    "circle center centre with touch touches touching it at and if then what is find the "
    "measure of angle degrees degree in minor major arc between points tangency drawn are "
    "meet meets form make an they them how many central cut off intercepted".split())


def read_tangent_angle(split: Split, template: str) -> Result | None:
    if "tangent" not in template or not re.search(r"\b(?:from|are tangent|is tangent)\b",
                                                   template):
        return None
    if not re.search(r"\b(?:circle|tangency)\b", template) or words(template) - _GLUE:
        return None
    if re.search(r"\b(?:three|secant|chord|triangle|radius|diameter|length)\b", template):
        return None
    outside, centre = _letters(split, template)
    told: dict[str, sp.Rational] = {}  # "outside" / "centre": the angle told at that point
    asked: str | None = None
    for i in dict.fromkeys(int(g) for g in re.findall(_P, template)):
        m = _ANGLE.fullmatch(split.maths[i])
        if m is None:
            continue
        at = _at(m, outside, centre)
        if m.group(4) is None:
            asked = at if asked is None else "twice"
            continue
        d = _DEGREES.fullmatch(m.group(4))
        value = number(d.group(1)) if d else None
        if value is None or at in told:
            raise Decline("one angle told in degrees")
        told[at] = value
    for m in _TOLD_OUTSIDE.finditer(template):
        src = split.maths[int(next(g for g in m.groups() if g))]
        d = _DEGREES.fullmatch(src)
        value = number(d.group(1)) if d else None
        if value is None or "outside" in told:
            raise Decline("one angle told in degrees")
        told["outside"] = value
    arc = _ASKED_ARC.search(template)
    if arc is not None:
        asked = asked and "twice" or ("major" if arc.group(1) == "major" else "centre")
    elif re.search(r"\bthe central angle\b", template) and asked is None:
        asked = "centre"
    if len(told) != 1 or asked in (None, "twice") or asked in told:
        raise Decline("one of the two angles told, the other asked")
    given = next(iter(told.values()))
    if not 0 < given < 180:
        raise Decline("an angle between 0 and 180 degrees")
    central = 180 - given if "outside" in told else given
    value = {"outside": 180 - central, "centre": central, "major": 360 - central}[str(asked)]
    _confirm(central, 180 - central)
    what = {"outside": "the angle between the tangents", "centre": "the central angle",
            "major": "the major arc"}[str(asked)]
    parts = [f"180^\\circ - {sp.latex(given)}^\\circ = {sp.latex(180 - given)}^\\circ"] \
        if "outside" in told or asked == "outside" else []
    if asked == "major":
        parts.append(f"360^\\circ - {sp.latex(central)}^\\circ = {sp.latex(value)}^\\circ")
    claim = ", \\quad ".join(parts)
    return value, [step("tangents from one point", "Each radius to a point of tangency is "
                        "perpendicular to its tangent, so in the quadrilateral of the outside "
                        "point, the two points of tangency and the centre, the angles at the "
                        f"outside point and at the centre add up to 180 degrees; {what}:",
                        f"${claim}$", claim)]


def _letters(split: Split, template: str) -> tuple[str | None, str | None]:
    """The outside point's and the centre's letters, when said."""
    outside = re.search(r"\bfrom (?:an? |the )?(?:external |outside )?point " + _P, template)
    pair = re.search(_P + r" and " + _P + r" are (?:both )?tangent", template)
    if outside is None and pair is not None:  # "$PA$ and $PB$ are tangent": P
        ends = [set(split.maths[int(g)].strip()) for g in pair.groups()]
        shared = ends[0] & ends[1] if all(len(e) == 2 for e in ends) else set()
        if len(shared) != 1:
            raise Decline("two tangents named from one point")
        shared_letter = shared.pop()
        return shared_letter, _letter(split, re.search(r"\b(?:center|centre) " + _P +
                                                       r"|\bcircle " + _P, template))
    centre = re.search(r"\b(?:center|centre) " + _P + r"|\bcircle " + _P, template)
    return _letter(split, outside), _letter(split, centre)


def _letter(split: Split, m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    src = split.maths[int(next(g for g in m.groups() if g))].strip()
    if not re.fullmatch(r"[A-Z]", src):
        raise Decline("a point named by one letter")
    return src


def _at(m: re.Match[str], outside: str | None, centre: str | None) -> str:
    a, v, b = m.group(1), m.group(2), m.group(3)
    if a == b or v in (a, b):
        raise Decline("an angle named by three different points")
    if v == outside:
        return "outside"
    if v == centre:
        return "centre"
    raise Decline("an angle at the outside point or at the centre")


def _confirm(central: sp.Rational, outside: sp.Rational) -> None:
    """Draw it and measure the angle at the outside point."""
    with mpmath.workdps(30):
        half = mpmath.radians(mpmath.mpf(central.p) / central.q) / 2
        a = (mpmath.cos(half), mpmath.sin(half))
        b = (mpmath.cos(half), -mpmath.sin(half))
        p = (1 / mpmath.cos(half), mpmath.mpf(0))  # the tangents at A and B meet on the x-axis
        pa, pb = (a[0] - p[0], a[1] - p[1]), (b[0] - p[0], b[1] - p[1])
        right = abs(pa[0] * a[0] + pa[1] * a[1])  # the radius OA is perpendicular to PA
        angle = mpmath.degrees(abs(mpmath.atan2(pa[0] * pb[1] - pa[1] * pb[0],
                                                pa[0] * pb[0] + pa[1] * pb[1])))
        confirm.check(right < mpmath.mpf(10) ** -25 and
                      abs(angle - mpmath.mpf(outside.p) / outside.q) < mpmath.mpf(10) ** -20,
                      "the angle measured between the tangents drawn on coordinates agrees")


__all__ = ["read_tangent_angle"]
