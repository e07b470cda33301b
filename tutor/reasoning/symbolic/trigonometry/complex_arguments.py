"""Typed reader: the argument (angle) of a complex number.

"Find the argument of $-1 + i\\sqrt{3}$", "What is the argument of $1 - i$, in the interval
$[0, 2\\pi)$?", "... in degrees", "Write $-\\sqrt{3} - i$ in the form $re^{i\\theta}$ with
$0 \\le \\theta < 2\\pi$. What is $\\theta$?". `i` is the imaginary unit.

The angle is read in the range the problem states: [0, 2 pi) or (-pi, pi] (in degrees
[0, 360) or (-180, 180]). With no range stated, an answer is given only when both ranges
give the same angle (the number on or above the real axis); below it the problem is
declined. The angle must be an exact rational multiple of pi. It is confirmed with Python's
`cmath.phase` and by rebuilding the number as r(cos t + i sin t).
"""

from __future__ import annotations

import cmath
import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_I = sp.Symbol("i")
_R, _THETA = sp.Symbol("r"), sp.Symbol("theta")
VOCAB = frozenset("argument angle complex number radians degrees interval range where with "
                  "write written form express principal".split())
_ARGUMENT = re.compile(r"^(?:find|what is|compute|determine) (?:the )?(?:principal )?argument "
                       r"of (?:the complex number )?@(?P<z>\d+)@(?P<rest>.*?)[.?!\s]*$")
_FORM = re.compile(r"^(?:write|express) @(?P<z>\d+)@ in the form @(?P<form>\d+)@(?P<rest>.*?)"
                   r"[.,]? (?:what is|find|enter) @(?P<t>\d+)@[.?!\s]*$")
_RANGE_WORDS = re.compile(r"^,?(?: (?:in|on) (?:the )?(?:interval|range) @(?P<r1>\d+)@|"
                          r" (?:where|with) @(?P<r2>\d+)@)?(?:,? in (?P<unit>radians|degrees))?"
                          r"$")
_FULL_TURN = {"rad": 2 * sp.pi, "deg": sp.Integer(360)}
_HALF_TURN = {"rad": sp.pi, "deg": sp.Integer(180)}


def angle_range(src: str) -> tuple[str, str]:
    """('from zero' or 'symmetric', 'rad' or 'deg') of a written range of angles."""
    s = re.sub(r"\s+|\\left|\\right|\\theta|\\phi|\\alpha|\\,", "", src)
    s = s.replace("\\leq", "\\le").replace("^\\circ", "°").replace("^{\\circ}", "°")
    s = re.sub(r"\\le(?=[^a-z])", "≤", s)
    s = re.sub(r"(?<![\d.])0°", "0", s)
    for unit, full, half in (("rad", "2\\pi", "\\pi"), ("deg", "360°", "180°")):
        if s in (f"0≤<{full}", f"[0,{full})"):
            return "from zero", unit
        if s in (f"-{half}<≤{half}", f"(-{half},{half}]"):
            return "symmetric", unit
    raise Decline("a range of angles [0, 2 pi) or (-pi, pi]")


def complex_number(src: str) -> sp.Expr:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or v.free_symbols - {_I}:
        raise Decline("a complex number expected")
    z = sp.expand(sp.expand_complex(v.xreplace({_I: sp.I})))
    if z == 0 or not z.is_number:
        raise Decline("zero has no angle")
    return z


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    m = _ARGUMENT.match(template) or _FORM.match(template)
    if m is None:
        return None
    if "form" in m.groupdict():
        form = parse_latex(split.maths[int(m.group("form"))])
        asked = parse_latex(split.maths[int(m.group("t"))])
        if not isinstance(form, sp.Expr) or sp.expand(form - _R * sp.exp(_I * _THETA)) != 0 \
                or asked != _THETA:
            return None
    rest = _RANGE_WORDS.match(m.group("rest"))
    if rest is None:
        return None
    z = complex_number(split.maths[int(m.group("z"))])
    written = rest.group("r1") or rest.group("r2")
    kind, unit = angle_range(split.maths[int(written)]) if written else (None, "rad")
    if rest.group("unit"):
        if written and unit != rest.group("unit")[:3]:
            raise Decline("a range and a unit that disagree")
        unit = rest.group("unit")[:3]
    a, b = sp.re(z), sp.im(z)
    angle, kind = angle_of(z, kind)
    value = angle if unit == "rad" else sp.nsimplify(angle * 180 / sp.pi)
    r = sp.sqrt(sp.expand(a**2 + b**2))
    shown = f"{latex(value)}" + ("^\\circ" if unit == "deg" else "")
    claim = f"{latex(z)} = {latex(r)}\\left(\\cos {shown} + i \\sin {shown}\\right)"
    where = "[0^\\circ, 360^\\circ)" if unit == "deg" else "[0, 2\\pi)"
    if kind == "symmetric":
        where = "(-180^\\circ, 180^\\circ]" if unit == "deg" else "(-\\pi, \\pi]"
    return value, [
        step("place the number", "Its real part and imaginary part give the point "
             "(a, b) of the plane; the argument is the angle from the positive real axis.",
             f"${latex(z)}$ is the point $\\left({latex(a)}, {latex(b)}\\right)$, at distance "
             f"$r = {latex(r)}$ from $0$.", ""),
        step("find the angle", f"The angle in ${where}$ with $\\cos = a/r$ and $\\sin = b/r$.",
             f"${claim}$", claim)]


def angle_of(z: sp.Expr, kind: str | None) -> tuple[sp.Expr, str]:
    """z's exact angle in the range `kind` ('from zero' or 'symmetric'; None: not said, so
    only on or above the real axis, where both agree), confirmed; and the range used."""
    principal = sp.atan2(sp.im(z), sp.re(z))  # in (-pi, pi]
    if not (principal / sp.pi).is_rational:
        raise Decline("not an exact angle")
    if kind is None:
        if sp.im(z).is_negative:
            raise Decline("below the real axis the argument depends on the range, not said")
        kind = "symmetric"
    angle = principal % (2 * sp.pi) if kind == "from zero" else principal
    confirm_angle(z, angle, kind)
    return angle, kind


def confirm_angle(z: sp.Expr, angle: sp.Expr, kind: str) -> None:
    w = complex(float(sp.re(z)), float(sp.im(z)))
    phase = cmath.phase(w)  # in [-pi, pi]
    if kind == "from zero" and phase < 0:
        phase += 2 * math.pi
    if kind == "symmetric" and phase <= -math.pi + 1e-15:
        phase += 2 * math.pi
    confirm.check(abs(phase - float(angle)) < 1e-12, "the angle agrees with cmath.phase")
    rebuilt = abs(w) * cmath.exp(1j * float(angle))
    confirm.check(abs(rebuilt - w) < 1e-9 * max(1.0, abs(w)),
                  "r(cos t + i sin t) gives back the number")


__all__ = ["angle_of", "angle_range", "complex_number", "confirm_angle", "read"]
