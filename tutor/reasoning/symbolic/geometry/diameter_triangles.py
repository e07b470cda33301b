"""Typed reader: a triangle inscribed in a circle with one side a diameter (Thales: the angle
opposite the diameter is right); one angle at an end of the diameter told, another asked.

"Triangle $ABC$ is inscribed in a circle with $AB$ as a diameter. If $\\angle A = 35^\\circ$,
what is the measure of $\\angle B$?", "$AB$ is a diameter of a circle and $C$ is a point on the
circle. If $\\angle CAB = 28^\\circ$, what is the measure of $\\angle ABC$?" The angle at the
third vertex is 90 degrees; the two angles at the ends of the diameter add up to 90.
Confirmed on a drawn figure: the diameter from (-1, 0) to (1, 0), the third vertex on the unit
circle where the told angle stands (50 digits), and the asked angle measured with a dot
product."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import DEGREES, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_ANGLE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*(?:=\s*(.+?))?\s*")
_FIGURES = [
    re.compile(r"^triangle @(?P<tri>\d+)@ is inscribed in a circle (?:with|so that) "
               r"@(?P<dia>\d+)@ (?:is )?(?:as )?a diameter(?: of the circle)?[.,]"),
    re.compile(r"^@(?P<dia>\d+)@ is a diameter of (?:a|the) circle(?: with cent(?:er|re) "
               r"@\d+@)?,? and @(?P<pt>\d+)@ is a point on the circle[.,]"),
]
_REST = re.compile(r"^\s*(?:if|and)? ?@(\d+)@, what is (?:the measure of )?@(\d+)@\?$")


def _vertex(src: str, names: set[str]) -> tuple[str, str | None]:
    m = _ANGLE.fullmatch(src)
    if m is None:
        raise Decline("an angle of the triangle")
    letters = m.group(1)
    if len(letters) == 3 and (set(letters) != names or len(set(letters)) != 3):
        raise Decline("an angle of the triangle")
    v = letters if len(letters) == 1 else letters[1] if len(letters) == 3 else ""
    if v not in names:
        raise Decline("an angle of the triangle")
    return v, m.group(2)


def _angle(at: tuple, p: tuple, q: tuple) -> mpmath.mpf:
    u, v = (p[0] - at[0], p[1] - at[1]), (q[0] - at[0], q[1] - at[1])
    cos = (u[0] * v[0] + u[1] * v[1]) / (mpmath.hypot(*u) * mpmath.hypot(*v))
    return mpmath.degrees(mpmath.acos(cos))


def _measured(a: sp.Rational) -> tuple[mpmath.mpf, mpmath.mpf]:
    """P = (-1, 0), Q = (1, 0), R on the circle with the angle at P equal to a (R at polar
    angle 2a); the angles at Q and at R, in degrees."""
    with mpmath.workdps(50):
        phi = 2 * mpmath.radians(mpmath.mpf(str(sp.N(a, 55))))
        p, q, r = (mpmath.mpf(-1), mpmath.mpf(0)), (mpmath.mpf(1), mpmath.mpf(0)), (
            mpmath.cos(phi), mpmath.sin(phi))
        return _angle(q, p, r), _angle(r, p, q)


def read_diameter_triangle(split: Split, template: str) -> Result | None:
    if "diameter" not in template or "circle" not in template:
        return None
    text = re.sub(r"\s+", " ", template.strip())
    fig = next((m for p in _FIGURES if (m := p.match(text))), None)
    if fig is None:
        return None
    rest = _REST.match(text[fig.end():])
    if rest is None or words(text[fig.end():]) - FILLER - {"measure"}:
        return None
    maths = split.maths
    dia = maths[int(fig.group("dia"))].strip()
    extra = maths[int(fig.group("pt"))].strip() if "pt" in fig.groupdict() else None
    tri = maths[int(fig.group("tri"))].strip() if "tri" in fig.groupdict() else dia + (extra or "")
    names = set(tri)
    if len(tri) != 3 or len(names) != 3 or len(dia) != 2 or not set(dia) < names:
        raise Decline("a triangle with one side a diameter")
    right = (names - set(dia)).pop()
    told_v, told_src = _vertex(maths[int(rest.group(1))], names)
    asked_v, asked_src = _vertex(maths[int(rest.group(2))], names)
    m = DEGREES.fullmatch(told_src or "")
    a = number(m.group(1)) if m else None
    if told_src is None or asked_src is not None or a is None or told_v == right or \
            told_v == asked_v or not 0 < a < 90:
        raise Decline("an acute angle at an end of the diameter told, another angle asked")
    a = sp.nsimplify(a)
    if asked_v == right:
        value = sp.Integer(90)
        claim = f"\\angle {right} = 90"
    else:
        value = 90 - a
        claim = f"90 - {latex(a)} = {latex(value)}"
    with mpmath.workdps(50):
        other, right_angle = _measured(a)
        got = right_angle if asked_v == right else other
        off = abs(got - mpmath.mpf(str(sp.N(value, 55))))
    confirm.check(off < mpmath.mpf(10) ** -40, "the angle measured on a triangle drawn on a "
                  "diameter agrees")
    return value, [step("an angle in a semicircle", f"The side ${dia}$ is a diameter, so the "
                        f"angle at ${right}$ is right and the other two add up to $90^\\circ$.",
                        f"${claim}$", claim)]


__all__ = ["read_diameter_triangle"]
