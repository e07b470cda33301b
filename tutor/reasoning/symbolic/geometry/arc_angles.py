"""Typed reader: an inscribed angle, a central angle and the arc they intercept, one told in
degrees and another asked. "An inscribed angle intercepts an arc of $110^\\circ$. What is the
measure of the inscribed angle?", "A central angle of a circle measures $84^\\circ$. What is
the measure of an inscribed angle that intercepts the same arc?".

A central angle has the measure of its arc; an inscribed angle half of it (the inscribed
angle theorem). Confirmed with coordinates: the arc's ends are put on the unit circle, the
central angle is measured at the centre and the inscribed angle at a point of the other
arc, both with `atan2` at 50 digits. The asked angle must be named (inscribed or central);
"the angle" alone, a second circle or any other word declines, and so does another angle than
the one told of unless it "intercepts the same arc".
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, DEGREES
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_OF = r"(?: of (?:a|the) circle| in (?:a|the) circle)?"
_MEASURE = rf"(?:measures|is|has (?:a )?measure(?: of)?|of|measuring|equals)(?: {_N} degrees| {_N})"
_ARC = r"(?:(?:an|the|its|this|that) (?:minor )?arc|(?:the|its) intercepted arc)"
_TOLD = [  # (pattern, what: the kind named or "arc"); an angle that intercepts a told arc first
    (rf"\b(?:an?|the) (?P<what>inscribed|central) angle{_OF} (?:intercepts|subtends|cuts off) "
     rf"{_ARC} (?:of|measuring|that measures|which measures)(?: {_N} degrees| {_N})", "arc"),
    (rf"\b(?:an?|the) (?P<what>inscribed|central) angle{_OF} {_MEASURE}", ""),
    (rf"\b(?:an?|the) arc{_OF} {_MEASURE}", "arc"),
    (rf"\bthe (?:measure of the )?intercepted arc {_MEASURE}", "arc"),
]
_SAME = r"(?: that (?:intercepts|subtends|cuts off) (?:the same|this|that) arc)?"
_ASKS = [
    (rf"(?:what is|find) the (?:degree )?measure(?:, in degrees,)? of (?:an?|the|its) "
     rf"(?P<what>inscribed|central) angle{_SAME}(?:, in degrees)?[?.]?$", ""),
    (rf"how many degrees are in (?:the measure of )?(?:an?|the|its) (?P<what>inscribed|central) "
     rf"angle{_SAME}[?.]?$", ""),
    (r"(?:what is|find) the (?:degree )?measure(?:, in degrees,)? of (?:the|its) (?:intercepted "
     r"arc|arc (?:it|that it|the angle) intercepts)(?:, in degrees)?[?.]?$", "arc"),
]
_GLUE = FILLER | COMMON | frozenset("circle what how many degrees".split())
_HOW = {"central": "a central angle measures its arc", "inscribed": "an inscribed angle is "
        "half its arc", "arc": "the arc measures its central angle"}


def _angle(split: Split, m: re.Match[str]) -> sp.Rational:
    i = next(g for g in m.groups() if g and g.isdigit())  # the kind's group is a word
    d = DEGREES.fullmatch(split.maths[int(i)])
    if d is None:
        raise Decline("an angle in degrees")
    return sp.Rational(d.group(1))


def read_inscribed_angle(split: Split, template: str) -> Result | None:
    if "inscribed angle" not in template and "central angle" not in template:
        return None
    text = template.lower()
    told: dict[str, sp.Rational] = {}
    subject = ""  # the angle the told sentence is about
    for pattern, what in _TOLD:
        for m in list(re.finditer(pattern, text)):
            kind = what or m.group("what")
            subject = m.group("what") if "what" in m.re.groupindex else ""
            if kind in told:
                raise Decline("one measure for each angle and the arc")
            told[kind] = _angle(split, m)
        text = re.sub(r"\s+", " ", re.sub(pattern, " ; ", text))
    asked = None
    for pattern, what in _ASKS:
        if q := re.search(pattern, text):
            asked, text = what or q.group("what"), text[:q.start()]
            # another angle than the one told of: only one on the same arc is fixed
            if asked not in ("arc", subject) and not re.search(r"\b(?:same|this|that) arc\b",
                                                               q.group(0)):
                raise Decline("the asked angle is not said to stand on the same arc")
            break
    if asked is None or len(told) != 1 or asked in told or words(text) - _GLUE or re.search(
            r"@\d+@", text):
        return None
    (kind, given), = told.items()
    arc = given * 2 if kind == "inscribed" else given
    if not 0 < arc < 360 or "central" in (kind, asked) and arc >= 180:
        raise Decline("an arc between 0 and 360 degrees; a central angle under 180")
    value = arc / 2 if asked == "inscribed" else arc
    theta = sp.pi * arc / 180  # the arc's ends at angles 0 and theta; P on the other arc
    a, b = sp.Matrix([1, 0]), sp.Matrix([sp.cos(theta), sp.sin(theta)])
    p = sp.Matrix([sp.cos((theta + 2 * sp.pi) / 2), sp.sin((theta + 2 * sp.pi) / 2)])
    central = sp.atan2(b[1], b[0]) % (2 * sp.pi)
    u, v = a - p, b - p
    inscribed = sp.acos(u.dot(v) / (u.norm() * v.norm()))
    measured = {"central": central, "inscribed": inscribed, "arc": central}[asked]
    confirm.check(abs(sp.N(measured * 180 / sp.pi - value, 50)) < sp.Float(10) ** -30,
                  f"the {asked} angle measured on a placed circle is {value} degrees")
    claim = (f"{latex(arc)}^\\circ \\div 2 = {latex(value)}^\\circ" if asked == "inscribed"
             else f"2 \\cdot {latex(given)}^\\circ = {latex(value)}^\\circ" if kind == "inscribed"
             else f"{latex(value)}^\\circ")
    return value, [
        step("the inscribed angle theorem", f"A central angle has the measure of the arc it "
             f"intercepts, and an inscribed angle half of it: here {_HOW[kind]}, and "
             f"{_HOW[asked]}.", f"${claim}$", claim)]


__all__ = ["read_inscribed_angle"]
