"""Typed reader: the common tangent of two circles, told by their radii and the distance
between their centres. "Two circles have radii 3 and 5, and their centers are 10 units apart.
What is the length of their common external tangent?", "Circles of radius 2 and 7 are
externally tangent. Find the length of a common external tangent.", "... the length of the
common internal tangent?".

The segment of a common tangent between its points of tangency, the two radii to those points
(both perpendicular to it) and the segment between the centres make a right trapezoid: moved
along the tangent, the centre segment is the hypotenuse of a right triangle with legs t and
|a - b| for an external tangent, a + b for an internal one: t^2 = d^2 - (a -+ b)^2. Circles
that are externally tangent have d = a + b. Confirmed on coordinates: with the centres at (0, 0)
and (d, 0), the tangent line n.x = a with cos(phi) = (a -+ b)/d touches both circles, the radii
to its points of tangency are perpendicular to it, and its segment has the length found (at
50 digits). Two circles only; any other word declines."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, number, without_length_units
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_CENTRES = r"(?:their |the )?cent(?:er|re)s(?: of (?:the )?(?:two )?circles)?"
_RADII = [  # each gives one or two radii
    rf"\bradii (?:of )?(?:lengths? )?{_N} and {_N}",
    rf"\b(?:circles?|one(?: circle)?|the (?:first|smaller|larger|other)(?: circle)?|another "
    rf"circle) (?:with|of|has|having) (?:a )?radius (?:of )?{_N}(?: and {_N})?",
    rf"\b(?:the )?other (?:has )?(?:a )?radius (?:of )?{_N}",
]
_DISTANCE = [
    rf"\b{_CENTRES} are {_N} apart\b",
    rf"\bthe distance between {_CENTRES} is {_N}",
    rf"\bwhose {_CENTRES} are {_N} apart\b",
    rf"\b(?:with|have) {_CENTRES} {_N} apart\b",
]
_TOUCHING = r"\b(?:are|is) externally tangent(?: to each other)?\b"
_ASK = re.compile(r"(?:what is|find|compute|determine|how long is) (?:the length of )?(?:a|the|"
                  r"their|each) common (?P<kind>external|internal) tangent(?: segment)?(?: (?:"
                  r"between|joining) (?:the|their) (?:two )?points of tangency)?[?.]?$")
_GLUE = FILLER | COMMON | frozenset(
    "two circles circle the a and of are is in plane drawn".split())


def read_common_tangent(split: Split, template: str) -> Result | None:
    if "common" not in template or "tangent" not in template:
        return None
    text, units = without_length_units(template.lower())
    ask = _ASK.search(text)
    if ask is None:
        return None
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    text = text[:ask.start()]
    radii: list[sp.Expr] = []
    distances: list[sp.Expr] = []
    for p in [*_RADII, *_DISTANCE]:  # each read once: taken out before the next pattern
        found = radii if p in _RADII else distances
        found += [_length(split, g) for m in re.finditer(p, text) for g in m.groups()
                  if g is not None]
        text = re.sub(p, " ; ", text)
    touching = re.search(_TOUCHING, text) is not None
    text = re.sub(_TOUCHING, " ; ", text)
    if words(text) - _GLUE or re.search(r"@\d+@", text):
        return None
    if len(radii) != 2 or len(distances) + touching != 1:
        raise Decline("two radii and the distance between the centres")
    a, b = radii
    d = distances[0] if distances else a + b
    external = ask.group("kind") == "external"
    gap = abs(a - b) if external else a + b
    if not (d - gap).is_positive:
        raise Decline("circles that have such a common tangent")
    value = sp.nsimplify(sp.radsimp(sp.sqrt(d**2 - gap**2)))
    _confirm(a, b, d, external, value)
    sign = "-" if external else "+"
    claim = f"\\sqrt{{{latex(d)}^2 - ({latex(a)} {sign} {latex(b)})^2}} = {latex(value)}"
    steps = []
    if touching:
        steps.append(step("the centres of touching circles", "Circles that are externally "
                          "tangent have their centres a sum of radii apart.",
                          f"$d = {latex(a)} + {latex(b)} = {latex(d)}$", f"{latex(a)} + "
                          f"{latex(b)} = {latex(d)}"))
    steps.append(step("a right triangle beside the tangent", "Both radii to the points of "
                       "tangency are perpendicular to the tangent. Slide the tangent segment "
                       "to start at one centre: the segment between the centres is the "
                       "hypotenuse of a right triangle whose legs are the tangent and the "
                       + ("difference" if external else "sum") + " of the radii.",
                       f"$t = {claim}$", claim))
    return value, steps


def _length(split: Split, k: str) -> sp.Expr:
    value = number(split.maths[int(k)])
    if value is None or not value.is_positive:
        raise Decline("a positive length for each radius and distance")
    return value


def _confirm(a: sp.Expr, b: sp.Expr, d: sp.Expr, external: bool, value: sp.Expr) -> None:
    """The tangent line on coordinates: both circles touched, the radii perpendicular to it."""
    prec = 60
    a, b, d = (sp.Float(sp.N(x, prec), prec) for x in (a, b, d))
    cos = (a - b if external else a + b) / d
    n = sp.Matrix([cos, sp.sqrt(1 - cos**2)])
    c1, c2 = sp.Matrix([0, 0]), sp.Matrix([d, 0])
    p1 = a * n  # the point of the line n.x = a nearest the first centre
    p2 = c2 - (n.dot(c2) - a) * n
    gaps = [p1.norm() - a, (p2 - c2).norm() - b, (p1 - c1).dot(p2 - p1), (p2 - c2).dot(p2 - p1),
            (p2 - p1).norm() - sp.N(value, prec)]
    confirm.check(all(abs(g) < sp.Float(10) ** -40 for g in gaps),
                  "on coordinates the tangent line touches both circles, the radii to its "
                  "points of tangency are perpendicular to it, and its segment has the length "
                  "found")


__all__ = ["read_common_tangent"]
