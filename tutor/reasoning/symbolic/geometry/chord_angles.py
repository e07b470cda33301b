"""Typed reader: a chord of a circle and the central angle it subtends, with the radius (or
the diameter); the chord or the radius asked.

"In a circle of radius 6, what is the length of a chord that subtends a central angle of
60 degrees?", "A chord subtends a central angle of 90 degrees in a circle of radius 8. How
long is the chord?", "Points $A$ and $B$ lie on a circle with center $O$, and $\\angle AOB =
120^\\circ$. The radius is 4: find $AB$.", "A chord of length 10 subtends a central angle of
60 degrees. What is the radius of the circle?"

The radii to the chord's ends and the chord make an isosceles triangle; the chord is
2 r sin(theta / 2). The sine must have an exact value, and the angle lies between 0 and 180
degrees. Confirmed with coordinates: the chord's ends put at angles 0 and theta on the circle
(at 50 digits), their distance measured. One circle and one chord; any other word declines.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import COMMON, told_lengths, without_length_units
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER

_N = r"@(\d+)@"
_ANGLE_AT = re.compile(r"\s*\\angle\s*\{?\s*([A-Z])([A-Z])([A-Z])\s*\}?\s*=\s*(.+?)\s*")
_DEGREES = re.compile(r"\s*(\d+(?:\.\d+)?)\s*\^\s*\{?\s*\\circ\s*\}?\s*")
_TOLD = [  # (pattern, what the number is)
    (rf"\b(?:a|the) circle (?:of|with|has a|has) radius (?:of )?{_N}", "radius"),
    (rf"\b(?:a|the) circle (?:of|with|has a|has) diameter (?:of )?{_N}", "diameter"),
    (rf"\bthe (?:circle's )?radius (?:of the circle )?is {_N}", "radius"),
    (rf"\b(?:a|the) chord (?:of length|with length|whose length is|measuring) {_N}", "chord"),
    (rf"\b(?:a|the) chord (?:of (?:a|the) circle )?(?:has|of) length {_N}", "chord"),
    (rf"\b(?:that |which )?(?:subtends|subtending|is subtended by|cuts off|determines) "
     rf"(?:a|the) central angle (?:of|measuring) {_N}", "angle"),
    (rf"\b(?:a|the) central angle (?:of|measuring) {_N}(?: in ;)? ?(?:(?:subtends|cuts off|"
     r"intercepts|determines) (?:a|the) chord)?", "angle"),
    (rf"\b(?:the|a) {_N} central angle (?:subtends|cuts off|intercepts|determines) (?:a|the) "
     r"chord", "angle"),
    (r"\bangle @(\d+)@ at the cent(?:er|re)\b", "angle"),
]
_ASKS = [
    (r"(?:what is|find) the (?:length of the )?radius(?: of the circle)?[ ;]*[?.]?$", "radius"),
    (r"(?:how long is (?:the|a) chord|(?:what is|find) the length of (?:the|a) chord|(?:what "
     r"is|find) (?:the length of )?(?:the )?chord @\d+@|how long is (?:the )?chord @\d+@)"
     r"[ ;]*[?.]?$", "chord"),
]
_GLUE = FILLER | COMMON | frozenset("circle chord in of a what is how drawn points lie on "
                                   "center centre with".split())


def _named(split: Split, text: str) -> tuple[Split, str] | None:
    """"Points $A$ and $B$ lie on a circle with center $O$ and $\\angle AOB = 120^\\circ$":
    the angle at the centre as "angle @k@ at the center", the points and the centre dropped,
    and "$AB$" asked as the chord. None when the letters do not fit this reading."""
    maths = list(split.maths)
    angles = [(int(k), m) for k in re.findall(r"@(\d+)@", text)
              if (m := _ANGLE_AT.fullmatch(maths[int(k)]))]
    if not angles:
        return split, text
    if len(angles) != 1:
        return None
    k, m = angles[0]
    ends, centre = {m.group(1), m.group(3)}, m.group(2)
    pattern = r"\b(?:the )?points @(\d+)@ and @(\d+)@ (?:lie|are) on (?:a|the) circle with " \
              r"cent(?:er|re) @(\d+)@"
    said = re.search(pattern, text)
    if said is None or {maths[int(said.group(i))].strip() for i in (1, 2)} != ends or \
            maths[int(said.group(3))].strip() != centre or len(ends | {centre}) != 3:
        return None
    maths.append(m.group(4))
    text = text.replace(said.group(0), "a circle").replace(f"@{k}@", f"angle @{len(maths) - 1}@"
                                                            " at the center")
    chord = "".join(sorted(ends))
    for j in re.findall(r"@(\d+)@", text):
        if "".join(sorted(maths[int(j)].strip())) == chord and len(maths[int(j)].strip()) == 2:
            text = re.sub(rf"(?<!chord )@{j}@", f"chord @{j}@", text)
    return Split(text, maths), text


def read_chord_angle(split: Split, template: str) -> Result | None:
    if "chord" not in template and "\\angle" not in " ".join(split.maths) or \
            "angle" not in template and "\\angle" not in " ".join(split.maths):
        return None
    split, template = spelled_numbers(split, template)
    text, units = without_length_units(template.lower())
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    named = _named(split, text)
    if named is None:
        return None
    split, text = named
    maths = [_DEGREES.sub(r"\1", s) if _DEGREES.fullmatch(s) else s for s in split.maths]
    degrees = {i for i, s in enumerate(split.maths) if _DEGREES.fullmatch(s)}
    read = told_lengths(Split(text, maths), text, _TOLD, _ASKS, _GLUE)
    if read is None or "angle" not in read[0] or len(read[0]) != 2:
        return None
    told, asked = read
    angle_piece = [int(m.group(1)) for p, w in _TOLD if w == "angle"
                   for m in re.finditer(p, text)]
    if not set(angle_piece) <= degrees:
        raise Decline("the central angle in degrees")
    theta = told["angle"]
    if not 0 < theta < 180:
        raise Decline("a central angle between 0 and 180 degrees")
    half_sin = sp.sin(sp.pi * theta / 360)
    if half_sin.atoms(sp.sin):
        raise Decline("an angle whose sine is not known exactly")
    if "diameter" in told:
        told["radius"] = told.pop("diameter") / 2
    if asked == "chord":
        if "radius" not in told:
            return None
        value = sp.radsimp(2 * told["radius"] * half_sin)
        claim = (f"2 \\cdot {latex(told['radius'])} \\sin {latex(theta / 2)}^\\circ = "
                 f"{latex(value)}")
        r, c = told["radius"], value
    else:
        if "chord" not in told:
            return None
        value = sp.radsimp(told["chord"] / (2 * half_sin))
        claim = (f"r = \\frac{{{latex(told['chord'])}}}{{2 \\sin {latex(theta / 2)}^\\circ}} = "
                 f"{latex(value)}")
        r, c = value, told["chord"]
    with mpmath.workdps(50):
        fr, ft = mpmath.mpf(str(sp.N(r, 55))), mpmath.radians(mpmath.mpf(str(sp.N(theta, 55))))
        gap = mpmath.hypot(fr * mpmath.cos(ft) - fr, fr * mpmath.sin(ft))
        off = abs(gap - mpmath.mpf(str(sp.N(c, 55))))
    confirm.check(off < mpmath.mpf(10) ** -40,
                  "the chord's ends, put at angles 0 and theta on the circle, are that far apart")
    return value, [
        step("the chord from the central angle", "The two radii to the chord's ends and the "
             "chord make an isosceles triangle; the radius bisecting the central angle halves "
             "the chord, so the chord is $2r\\sin\\frac{\\theta}{2}$.", f"${claim}$", claim)]


__all__ = ["read_chord_angle"]
