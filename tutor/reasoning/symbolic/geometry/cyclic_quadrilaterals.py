"""Typed reader: a quadrilateral inscribed in a circle, one angle told, the opposite angle
asked (opposite angles of a cyclic quadrilateral add up to 180 degrees).

"A quadrilateral is inscribed in a circle. One of its angles measures 75 degrees. What is the
measure of the opposite angle?", "Quadrilateral $ABCD$ is inscribed in a circle and
$\\angle A = 70^\\circ$. What is the measure of $\\angle C$?" (A and C are opposite; B and D
are not fixed by A alone, so asking for one declines). Confirmed on a drawn figure: the four
vertices put on the unit circle so that the told angle stands on its arc (50 digits), and the
opposite angle measured there with a dot product."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import angle_degrees
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_ANGLE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z])\s*\}?\s*(?:=\s*(.+?))?\s*")
_CYCLIC = re.compile(r"\b(?:a|the) (?:cyclic quadrilateral|quadrilateral (?:is )?inscribed in a "
                     r"circle)\b|\bquadrilateral @(\d+)@ is inscribed in a circle\b")
_TOLD = re.compile(r"\b(?:has an angle (?:of|measuring)|one of its angles (?:is|measures)|one "
                   r"angle (?:is|measures)|(?:and|if|with|where) @(\d+)@)(?: @(\d+)@)?")
_ASK = re.compile(r"\bwhat is the measure of (?:the (?:angle )?opposite (?:it|that angle)|the "
                  r"opposite angle|@(\d+)@)\?$")



def _opposite_measured(a: sp.Rational) -> mpmath.mpf:
    """A at the top of the unit circle, B and D where the arc BCD (not containing A) is twice
    A, C on that arc; the angle at C measured between CB and CD, in degrees."""
    with mpmath.workdps(50):
        half = mpmath.radians(mpmath.mpf(str(sp.N(a, 55))))  # arc BD = 2a, centred at the bottom
        pt = lambda t: (mpmath.cos(t), mpmath.sin(t))  # noqa: E731
        bottom = -mpmath.pi / 2
        b, d, c = pt(bottom - half), pt(bottom + half), pt(bottom + half / 3)
        u = (b[0] - c[0], b[1] - c[1])
        v = (d[0] - c[0], d[1] - c[1])
        cos = (u[0] * v[0] + u[1] * v[1]) / (mpmath.hypot(*u) * mpmath.hypot(*v))
        return mpmath.degrees(mpmath.acos(cos))


def read_cyclic_quadrilateral(split: Split, template: str) -> Result | None:
    cyc = _CYCLIC.search(template)
    ask = _ASK.search(template)
    if cyc is None or ask is None:
        return None
    told = list(_TOLD.finditer(template[cyc.end():ask.start()]))
    if len(told) != 1:
        return None
    t = told[0]
    rest = template[:cyc.start()] + template[cyc.end():][:ask.start() - cyc.end()].replace(
        t.group(0), " ")
    if words(rest) - FILLER - {"degrees"} or re.search(r"@\d+@", rest):
        return None
    maths = split.maths
    piece = t.group(1) or t.group(2)
    if piece is None:
        return None
    if cyc.group(1) is None:  # unnamed: the told angle is a number, the opposite one asked
        if t.group(1) or ask.group(1):
            raise Decline("a named angle of an unnamed quadrilateral")
        a = angle_degrees(maths[int(piece)])
    else:
        name = maths[int(cyc.group(1))].strip()
        given = _ANGLE.fullmatch(maths[int(piece)])
        wanted = _ANGLE.fullmatch(maths[int(ask.group(1))]) if ask.group(1) else None
        if len(name) != 4 or len(set(name)) != 4 or given is None or not given.group(2) or \
                wanted is None or wanted.group(2):
            raise Decline("the quadrilateral's angles named by its vertices")
        i, j = name.find(given.group(1)), name.find(wanted.group(1))
        if i < 0 or j < 0 or (i - j) % 4 != 2:
            raise Decline("only the angle opposite the told one is fixed")
        a = angle_degrees(given.group(2))
    value = 180 - a
    with mpmath.workdps(50):
        off = abs(_opposite_measured(a) - mpmath.mpf(str(sp.N(value, 55))))
    confirm.check(off < mpmath.mpf(10) ** -40, "the opposite angle measured on a quadrilateral "
                  "drawn in a circle agrees")
    claim = f"180 - {latex(a)} = {latex(value)}"
    return value, [step("opposite angles of a cyclic quadrilateral", "Each of two opposite "
                        "angles is half the arc the other stands on; the two arcs make the whole "
                        "circle, so the angles add up to $180^\\circ$.", f"${claim}$", claim)]


__all__ = ["read_cyclic_quadrilateral"]
