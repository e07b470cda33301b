"""Typed reader: a complex number asked in polar, exponential or trigonometric form.

"Write $1 + i$ in polar form.", "Express $-1 + \\sqrt{3} i$ in exponential form.", "What is
the trigonometric form of $-2i$?", "Convert $1 - i$ to polar form $re^{i\\theta}$ with
$0 \\le \\theta < 2\\pi$.", "Put $3 + 3i$ in the form $r(\\cos\\theta + i\\sin\\theta)$, in
degrees." The answer is the number written r e^{i theta} (exponential form, or a form
piece `re^{i\\theta}`) or r (cos theta + i sin theta) (polar or trigonometric form, or a
form piece `r(\\cos\\theta + i\\sin\\theta)`, `r \\operatorname{cis} \\theta`).

The angle is read in the range the problem states ([0, 2 pi) or (-pi, pi], or the same in
degrees). With no range stated an answer is given only when both ranges give the same
angle (the number on or above the real axis), as `complex_arguments` does; below it the
problem is declined. r is the exact modulus and theta an exact rational multiple of pi.
Confirmed with Python's `cmath.phase` and by rebuilding the number as r(cos t + i sin t);
the answer written is also evaluated back to the number at 30 digits.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.complex_arguments import (
    angle_of,
    angle_range,
    complex_number,
)
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("write express convert put rewrite change find what is give complex number "
                  "in to into the polar exponential trigonometric form with where radians "
                  "degrees of".split())
_VERB = r"(?:write|express|convert|put|rewrite|change|give)"
_TAIL = (r"(?:,? (?:with|where) @(?P<range>\d+)@)?(?:,? (?:in|using) (?P<unit>radians|degrees))?"
         r"[.?!\s]*$")
_ASKS = [
    re.compile(rf"^{_VERB} (?:the complex number )?@(?P<z>\d+)@ (?:in|to|into) (?:the )?"
               rf"(?:(?P<kind>polar|exponential|trigonometric) form(?: @(?P<form1>\d+)@)?|"
               rf"form @(?P<form2>\d+)@)" + _TAIL),
    re.compile(r"^(?:what is|find|give) the (?P<kind>polar|exponential|trigonometric) form "
               r"of (?:the complex number )?@(?P<z>\d+)@" + _TAIL),
]
# the written forms, spaces and \left \right taken out: exponential or cos + i sin
_EXPONENTIAL = {"re^{i\\theta}", "re^{\\thetai}", "r\\cdote^{i\\theta}"}
_TRIGONOMETRIC = {"r(\\cos\\theta+i\\sin\\theta)", "r\\operatorname{cis}\\theta",
                  "r\\text{cis}\\theta", "r\\cis\\theta", "r\\mathrm{cis}\\theta"}


def _form(src: str) -> str | None:
    """The polar form a piece writes, or None (another form: "a + bi" is another reader's)."""
    s = re.sub(r"\s+|\\left|\\right|\\,|\\!", "", src)
    if s in _EXPONENTIAL:
        return "exponential"
    return "trigonometric" if s in _TRIGONOMETRIC else None


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if "form" not in body or not words_within(body, VOCAB):
        return None
    m = next((m for p in _ASKS if (m := p.match(body))), None)
    if m is None:
        return None
    groups = m.groupdict()
    written = groups.get("form1") or groups.get("form2")
    kind = _form(split.maths[int(written)]) if written else m.group("kind")
    if kind is None:
        return None
    if kind == "polar":
        kind = "trigonometric"
    z = complex_number(split.maths[int(m.group("z"))])
    where, unit = angle_range(split.maths[int(m.group("range"))]) if m.group("range") \
        else (None, "rad")
    if m.group("unit"):
        if m.group("range") and unit != m.group("unit")[:3]:
            raise Decline("a range and a unit that disagree")
        unit = m.group("unit")[:3]
    if unit == "deg" and kind == "exponential":
        raise Decline("an exponential form in degrees")
    return _polar(z, kind, where, unit)


def _polar(z: sp.Expr, kind: str, where: str | None, unit: str) -> Result:
    a, b = sp.re(z), sp.im(z)
    angle, _ = angle_of(z, where)
    r = sp.radsimp(sp.sqrt(sp.expand(a**2 + b**2)))
    shown = latex(angle) if unit == "rad" else f"{latex(sp.nsimplify(angle * 180 / sp.pi))}^\\circ"
    size = "" if r == 1 else latex(r)
    if kind == "exponential":
        answer = f"{size} e^{{{latex(angle)} i}}".strip() if angle else f"{size} e^{{0}}"
    else:
        inner = f"\\cos {shown} + i \\sin {shown}"
        answer = f"{size}\\left({inner}\\right)" if size else inner
    _confirm_written(z, r, angle)
    return answer, [
        step("find the modulus", "r is the distance of the number from 0: "
             "$r = \\sqrt{a^2 + b^2}$.", f"$r = \\sqrt{{({latex(a)})^2 + ({latex(b)})^2}} = "
             f"{latex(r)}$", f"r = {latex(r)}"),
        step("find the angle", "theta is the angle from the positive real axis, with "
             "$\\cos\\theta = a/r$ and $\\sin\\theta = b/r$.", f"$\\theta = {shown}$", ""),
        step("write the form", "Put r and theta into the form asked.",
             f"${latex(z)} = {answer}$", "")]


def _confirm_written(z: sp.Expr, r: sp.Expr, angle: sp.Expr) -> None:
    """r e^{i angle}, with r and the angle evaluated on their own at 30 digits, is z."""
    with mpmath.workdps(30):
        value, length, turn = numeric.to_mp(z), numeric.to_mp(r), numeric.to_mp(angle)
        if value is None or length is None or turn is None:
            raise Decline("a number that cannot be evaluated")
        back = length * mpmath.expj(turn)
        confirm.check(abs(back - value) < mpmath.mpf(10) ** -20 * max(1, abs(value)),
                      "r e^{i theta} is the number again (to 20 digits)")


__all__ = ["VOCAB", "read"]
