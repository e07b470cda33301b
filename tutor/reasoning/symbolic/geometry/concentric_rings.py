"""Typed reader: the ring (annulus) between two concentric circles, its area asked (or the
length of a chord of the larger circle tangent to the smaller, the radii told). The
circles are told by their radii or diameters ("Two concentric circles have radii 5 and 8.
What is the area of the ring between them?"), or by a chord of the larger circle that is
tangent to the smaller one ("A chord of the larger of two concentric circles is tangent to
the smaller circle and has length 24. What is the area of the ring?").

The ring's area is pi (R^2 - r^2). A chord of the outer circle tangent to the inner one is
halved by the point of tangency, and the radius to that point is perpendicular to it, so
R^2 - r^2 = (c/2)^2 whatever the radii. Confirmed independently: the radii are integrated
(the area as the sum of thin circles, the integral of 2 pi rho from r to R), and for a chord
the ring is rebuilt from two different inner radii with the same chord (both give the area).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    number,
    without_area_units,
    without_length_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_TWO = r"(?:(?:the|two|the two) )?concentric circles"
_PAIR = rf"(?P<kind>radii|diameters)(?: of)? (?:lengths? )?{_N},? and {_N}"
_OUTER = r"(?:larger|outer|bigger|big) circle"
_INNER = r"(?:smaller|inner|small) circle"
_TOLD = [  # (pattern, what): the radii or diameters; a chord of the outer circle
    (rf"\b{_TWO} (?:have|with|of) {_PAIR}", "pair"),
    (rf"\bthe (?P<kind>radii|diameters) of {_TWO} are {_N},? and {_N}", "pair"),
    (rf"\b(?:a|the) chord of the {_OUTER}(?: of length {_N})? (?:is|lies) tangent to the "
     rf"{_INNER}(?:,? and (?:it )?has length {_N})?", "chord"),
    (rf"\b(?:a|the) chord of length {_N} of the {_OUTER} (?:is|lies) tangent to the {_INNER}",
     "chord"),
    (rf"\b(?:a|the) chord of the larger of {_TWO} (?:is|lies) tangent to the {_INNER} and "
     rf"has length {_N}", "chord"),
    (rf"\b(?:a|the) chord (?:of length {_N} )?(?:in|of) the larger of {_TWO} (?:is|lies) "
     rf"tangent to the {_INNER}", "chord"),
]
_ASK = re.compile(r"(?:what is|find|compute|determine) the area of the (?:ring|annulus|region)"
                  r"(?: (?:between|bounded by) (?:the (?:two )?circles|them))?[?.]?$")
_CHORD_ASK = re.compile(r"(?:(?:what is|find|compute|determine) the length of|how long is) the "
                        r"chord[?.]?$")
_GLUE = FILLER | COMMON | frozenset("two concentric circles circle".split())


def read_concentric_ring(split: Split, template: str) -> Result | None:
    if "concentric" not in template or not re.search(r"\b(?:ring|annulus|region|chord)\b",
                                                      template):
        return None
    text, units = without_length_units(without_area_units(template).lower())
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    radii: list[sp.Expr] = []
    chord = None
    chord_asked = False  # "a chord of the larger circle is tangent to the smaller": its length?
    for pattern, what in _TOLD:
        for m in list(re.finditer(pattern, text)):
            values = [number(split.maths[int(g)]) for g in m.groups() if g and g.isdigit()]
            if chord is not None or chord_asked or radii and what == "pair":
                raise Decline("the circles told once")
            if what == "chord" and not values:
                chord_asked = True
                continue
            if radii:  # the radii and a chord's length: one too many
                raise Decline("the circles told once")
            if not values or any(v is None or not v.is_positive for v in values):
                raise Decline("positive lengths")
            if what == "chord":
                chord = values[0]
            else:
                half = m.group("kind") == "diameters"
                radii = [v / 2 if half else v for v in values]  # type: ignore[operator]
        text = re.sub(r"\s+", " ", re.sub(pattern, " ; ", text))
    q = (_CHORD_ASK if chord_asked else _ASK).search(text)
    if q is None or (not radii and chord is None) or words(text[:q.start()]) - _GLUE or re.search(
            r"@\d+@", text):
        return None
    if chord_asked:
        return tangent_chord(*sorted(radii))
    if chord is not None:
        value = sp.pi * (chord / 2) ** 2
        for inner in (1, 2):  # the area does not depend on the inner radius
            outer2 = inner**2 + (chord / 2) ** 2
            confirm.check(sp.simplify(sp.pi * (outer2 - inner**2) - value) == 0,
                          "rings with the same tangent chord and different radii agree")
        claim = f"\\pi \\left(\\frac{{{latex(chord)}}}{{2}}\\right)^2 = {latex(value)}"
        return value, [
            step("the tangent chord is halved", "The radius of the smaller circle drawn to "
                 "the point of tangency is perpendicular to the chord, so it halves the chord: "
                 "$R^2 = r^2 + (c/2)^2$, that is $R^2 - r^2 = (c/2)^2$.",
                 f"$R^2 - r^2 = {latex((chord / 2) ** 2)}$", ""),
            step("the area of the ring", "The ring's area is $\\pi R^2 - \\pi r^2 = "
                 "\\pi (R^2 - r^2)$.", f"${claim}$", claim)]
    small, big = sorted(radii)
    if small == big:
        raise Decline("two different circles")
    value = sp.pi * (big**2 - small**2)
    rho = sp.Symbol("rho", positive=True)
    confirm.check(sp.simplify(sp.integrate(2 * sp.pi * rho, (rho, small, big)) - value) == 0,
                  "adding up thin circles from the inner radius to the outer gives the area")
    claim = (f"\\pi \\cdot {latex(big)}^2 - \\pi \\cdot {latex(small)}^2 = {latex(value)}")
    return value, [step("the area of the ring", "The ring is the larger disc with the smaller "
                        "one taken out: $\\pi R^2 - \\pi r^2$.", f"${claim}$", claim)]


def tangent_chord(small: sp.Expr, big: sp.Expr) -> Result:
    """The chord of the larger circle tangent to the smaller: 2 sqrt(R^2 - r^2). Confirmed on
    coordinates: the tangent line y = r meets the larger circle at the chord's ends."""
    if not big > small:
        raise Decline("two different circles")
    value = sp.nsimplify(2 * sp.sqrt(big**2 - small**2))
    end = sp.N(value / 2, 50)
    confirm.check(abs(end**2 + sp.N(small, 50) ** 2 - sp.N(big, 50) ** 2) < sp.Float(10) ** -40,
                  "on coordinates the chord's ends on the tangent line y = r lie on the larger "
                  "circle")
    claim = f"2\\sqrt{{{latex(big)}^2 - {latex(small)}^2}} = {latex(value)}"
    return value, [step("the tangent chord is halved", "The radius of the smaller circle drawn "
                        "to the point of tangency is perpendicular to the chord and halves it; "
                        "half the chord, that radius and a radius of the larger circle make a "
                        "right triangle: $(c/2)^2 = R^2 - r^2$.", f"$c = {claim}$", claim)]


__all__ = ["read_concentric_ring"]
