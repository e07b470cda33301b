"""Typed reader: a chord of a circle, its distance from the centre and the radius, two told
and the third asked. "A chord of length 8 is 3 units from the center of a circle. What is
the radius of the circle?", "In a circle of radius 5, a chord is 3 units from the center.
How long is the chord?", "A chord of a circle of radius 13 has length 24. How far is the
chord from the center?".

The perpendicular from the centre halves the chord: r^2 = d^2 + (c/2)^2. Confirmed with
coordinates: the chord's ends put at (-c/2, d) and (c/2, d) lie at distance r from the
centre (at 50 digits). One circle and one chord only; any other word declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import COMMON, told_lengths, without_length_units
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER

_N = r"@(\d+)@"
_TOLD = [  # (pattern, what the number is); the circle first: "a chord of a circle of radius 13"
    (rf"\b(?:a|the) circle (?:of|with|has a|has) radius (?:of )?{_N}", "radius"),
    (rf"\bthe radius(?: of the circle)? is {_N}", "radius"),
    (rf"\b(?:a|the) chord (?:of length|with length|whose length is|that is|measuring) {_N}"
     r"(?: units?(?: long)?| long)?", "chord"),
    (rf"\b(?:a|the) chord (?:of (?:a|the) circle |of\s+;\s+)?(?:has|of) length {_N}", "chord"),
    (rf"\b(?:a|the) chord (?:of (?:a|the) circle |of\s+;\s+)?is {_N}(?: units?)? long\b",
     "chord"),
    (rf"\bthe distance from the cent(?:er|re)(?: of the circle)? to (?:the )?chord(?: @\d+@)? is "
     rf"{_N}", "distance"),
    (rf"\b(?:has|is|lies)(?: drawn)? (?:at )?(?:a distance of )?{_N} (?:away )?from (?:the|its) "
     r"cent(?:er|re)(?: of (?:a|the) circle)?", "distance"),
]
_ASKS = [
    (r"(?:what is|find) the radius of the circle[?.]?$", "radius"),
    (r"(?:what is|find) the (?:radius|length of the radius)[?.]?$", "radius"),
    (r"how long is the chord[?.]?$|(?:what is|find) the length of the chord[?.]?$|how (?:many "
     r"[a-z]+ )?long is (?:the )?chord @\d+@[?.]?$|(?:what is|find) the length of (?:the )?chord "
     r"@\d+@[?.]?$", "chord"),
    (r"how far is the chord from the cent(?:er|re)(?: of the circle)?[?.]?$|(?:what is|find) the "
     r"distance (?:from the cent(?:er|re)(?: of the circle)? to the chord|between the chord and "
     r"the cent(?:er|re))[?.]?$", "distance"),
]
_GLUE = FILLER | COMMON | frozenset("circle chord in of a what is how drawn".split())


def read_chord_distance(split: Split, template: str) -> Result | None:
    if "chord" not in template or not re.search(r"\bcent(?:er|re)\b", template):
        return None
    split, template = spelled_numbers(split, template)
    names = {split.maths[int(k)].strip() for k in re.findall(r"\bchords? @(\d+)@", template)}
    if len(names) > 1:
        raise Decline("one chord expected")
    text, units = without_length_units(template.lower())
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    read = told_lengths(split, text, _TOLD, _ASKS, _GLUE)
    if read is None or len(read[0]) != 2:
        return None
    told, asked = read
    if asked == "radius":
        value = sp.sqrt(told["distance"] ** 2 + (told["chord"] / 2) ** 2)
        claim = (f"r = \\sqrt{{{latex(told['distance'])}^2 + {latex(told['chord'] / 2)}^2}} = "
                 f"{latex(value)}")
    else:
        other = "chord" if asked == "distance" else "distance"
        known = told[other] / 2 if other == "chord" else told[other]
        rest = told["radius"] ** 2 - known**2
        if not rest.is_positive:
            raise Decline("a chord that does not fit in the circle")
        half = sp.sqrt(rest)
        value = 2 * half if asked == "chord" else half
        claim = (f"\\sqrt{{{latex(told['radius'])}^2 - {latex(known)}^2}} = {latex(half)}"
                 + (f", \\quad 2 \\cdot {latex(half)} = {latex(value)}" if asked == "chord"
                    else ""))
    value = sp.nsimplify(sp.radsimp(value))
    r, c, d = (told.get(k, value) for k in ("radius", "chord", "distance"))
    end = sp.Matrix([c / 2, d])
    confirm.check(abs(sp.N(end.norm() - r, 50)) < sp.Float(10) ** -40,
                  "the chord's ends, put at (±c/2, d), lie on the circle")
    return value, [
        step("the perpendicular halves the chord", "The segment from the centre "
             "perpendicular to a chord meets it at its midpoint, making a right triangle "
             "with the radius as hypotenuse: $r^2 = d^2 + (c/2)^2$.", f"${claim}$", claim)]


__all__ = ["read_chord_distance"]
