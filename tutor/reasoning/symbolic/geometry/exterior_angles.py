"""Typed reader: a triangle's exterior angle at a vertex and its interior angles.

"Two angles of a triangle measure 47 and 68 degrees. What is the measure of the exterior
angle at the third vertex?", "In triangle $ABC$, $\\angle A = 50^\\circ$ and $\\angle B =
60^\\circ$. What is the measure of the exterior angle at $C$?", "The exterior angle at vertex
$C$ of triangle $ABC$ measures $130^\\circ$. If $\\angle A = 60^\\circ$, what is the measure of
$\\angle B$?"

An exterior angle is the sum of the two interior angles away from it (and 180 degrees less
the interior angle next to it). The interior angles must be positive and add up to less than
180. Confirmed on a drawn triangle: the vertices placed from the two angles at the base (50
digits), the side through the vertex extended, and the exterior angle measured between it and
the other side with a dot product."""

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

_ANGLE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z])\s*\}?\s*=\s*(.+?)\s*")
_TWO = re.compile(r"\btwo (?:interior )?angles of a triangle (?:measure|are|have measures) "
                  r"@(\d+)@(?: degrees)? and @(\d+)@(?: degrees)?\. what is the "
                  r"(?:measure of the )?exterior angle at the third vertex\?$")
# "... what is the largest exterior angle of the triangle?"
_EXTREME = re.compile(r"\btwo (?:interior )?angles of a (?:certain )?triangle (?:measure|are|have "
                      r"measures) @(\d+)@(?: degrees)? and @(\d+)@(?: degrees)?\. what is the "
                      r"(?:degree )?(?:measure of the |measure, in degrees, of the )?(largest|"
                      r"greatest|smallest|least) exterior angle(?: of the triangle)?(?:, in "
                      r"degrees)?\?$")
_NAMED_ASK = re.compile(r"^in triangle @(\d+)@, @(\d+)@ and @(\d+)@\. what is the (?:measure of "
                        r"the )?exterior angle at (?:vertex )?@(\d+)@\?$")
_NAMED_TOLD = re.compile(r"^the exterior angle at (?:vertex )?@(\d+)@ of triangle @(\d+)@ "
                         r"(?:measures|is) @(\d+)@(?: degrees)?\. if @(\d+)@, what is (?:the "
                         r"measure of )?@(\d+)@\?$")



def _named_angle(src: str, name: str) -> tuple[str, sp.Rational]:
    m = _ANGLE.fullmatch(src)
    if m is None or m.group(1) not in name:
        raise Decline("an angle of the triangle")
    return m.group(1), angle_degrees(m.group(2))


def _measured(a: sp.Rational, b: sp.Rational) -> mpmath.mpf:
    """Base angles a at P = (0, 0) and b at Q = (1, 0): the third vertex R where the two sides
    meet; the exterior angle at R between the extension of PR beyond R and RQ, in degrees."""
    with mpmath.workdps(50):
        ta, tb = (mpmath.tan(mpmath.radians(mpmath.mpf(str(sp.N(x, 55))))) for x in (a, b))
        x = tb / (ta + tb)
        r = (x, ta * x)
        out = (r[0], r[1])  # P to R, continued beyond R
        to_q = (1 - r[0], -r[1])
        cos = (out[0] * to_q[0] + out[1] * to_q[1]) / (mpmath.hypot(*out) * mpmath.hypot(*to_q))
        return mpmath.degrees(mpmath.acos(cos))


def read_exterior_angle(split: Split, template: str) -> Result | None:
    if "exterior angle" not in template or "triangle" not in template:
        return None
    text = re.sub(r"\s+", " ", template.strip())
    maths = split.maths
    if m := _TWO.search(text):
        if words(text[:m.start()]) - FILLER:
            return None
        a, b = (angle_degrees(maths[int(m.group(i))]) for i in (1, 2))
        value, told = a + b, (a, b)
        claim = f"{latex(a)} + {latex(b)} = {latex(value)}"
    elif m := _EXTREME.search(text):
        if words(text[:m.start()]) - FILLER:
            return None
        return _extreme_exterior(*(angle_degrees(maths[int(m.group(i))]) for i in (1, 2)),
                                 largest=m.group(3) in ("largest", "greatest"))
    elif m := _NAMED_ASK.match(text):
        name = maths[int(m.group(1))].strip()
        at = maths[int(m.group(4))].strip()
        angles = dict(_named_angle(maths[int(m.group(i))], name) for i in (2, 3))
        if len(set(name)) != 3 or len(angles) != 2 or at not in name:
            raise Decline("two angles of the triangle and a vertex")
        a, b = angles.values()
        if at in angles:  # next to a told angle: its supplement
            other = (set(angles) - {at}).pop()
            value, told = 180 - angles[at], (angles[other], 180 - angles[at] - angles[other])
            claim = f"180 - {latex(angles[at])} = {latex(value)}"
        else:
            value, told = a + b, (a, b)
            claim = f"{latex(a)} + {latex(b)} = {latex(value)}"
    elif m := _NAMED_TOLD.match(text):
        at, name = maths[int(m.group(1))].strip(), maths[int(m.group(2))].strip()
        ext = angle_degrees(maths[int(m.group(3))])
        v, a = _named_angle(maths[int(m.group(4))], name)
        asked = re.fullmatch(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z])\s*\}?\s*",
                             maths[int(m.group(5))])
        if len(set(name)) != 3 or at not in name or v == at or asked is None or \
                asked.group(1) in (at, v) or asked.group(1) not in name:
            raise Decline("the exterior angle, one remote angle and the other asked")
        value, told = ext - a, (a, ext - a)
        claim = f"{latex(ext)} - {latex(a)} = {latex(value)}"
    else:
        return None
    if not all(t > 0 for t in told) or sum(told) >= 180:
        raise Decline("interior angles that make a triangle")
    exterior = sum(told)  # the exterior angle at the third vertex
    with mpmath.workdps(50):
        off = abs(_measured(*told) - mpmath.mpf(str(sp.N(exterior, 55))))
    confirm.check(off < mpmath.mpf(10) ** -40, "the exterior angle measured on a drawn triangle, "
                  "with the two remote angles at its base, agrees")
    return value, [step("the exterior angle", "An exterior angle of a triangle equals the sum "
                        "of the two interior angles away from it, and with the angle next to it "
                        "makes $180^\\circ$.", f"${claim}$", claim)]


def _extreme_exterior(a: sp.Rational, b: sp.Rational, *, largest: bool) -> Result:
    """The largest exterior angle is next to the smallest interior angle (and the smallest
    next to the largest): 180 less that interior angle. Confirmed by measuring the exterior
    angle at each vertex of a drawn triangle."""
    interior = [a, b, 180 - a - b]
    if not all(t > 0 for t in interior):
        raise Decline("interior angles that make a triangle")
    pick = min(interior) if largest else max(interior)
    value = 180 - pick
    with mpmath.workdps(50):
        drawn = [_measured(interior[i], interior[j]) for i, j in ((0, 1), (1, 2), (0, 2))]
        best = max(drawn) if largest else min(drawn)
        off = abs(best - mpmath.mpf(str(sp.N(value, 55))))
    confirm.check(off < mpmath.mpf(10) ** -40, "the exterior angle at each vertex of a drawn "
                  f"triangle, measured, has {'largest' if largest else 'smallest'} "
                  f"{latex(value)}")
    third = f"180 - {latex(a)} - {latex(b)} = {latex(interior[2])}"
    claim = f"180 - {latex(pick)} = {latex(value)}"
    return value, [
        step("the third angle", "The angles of a triangle add to $180^\\circ$.", f"${third}$",
             third),
        step("the exterior angle", "An exterior angle and the interior angle next to it make "
             "$180^\\circ$, so the " + ("largest exterior angle is next to the smallest "
                                          "interior angle." if largest else "smallest exterior "
                                          "angle is next to the largest interior angle."),
             f"${claim}$", claim)]


__all__ = ["read_exterior_angle"]
