"""Typed reader: the reference angle of an angle, or the least positive angle coterminal
with it.

"Find the reference angle of 240 degrees.", "What is the reference angle for
$\\frac{5\\pi}{4}$?", "Find the reference angle for $-150^\\circ$.", "Find the smallest
positive angle coterminal with 750 degrees.", "What is the least positive angle that is
coterminal with $-\\frac{7\\pi}{3}$?"

The angle is in degrees when said (`degrees`, `^\\circ`) and in radians when it is a
multiple of pi; a bare number is declined (which unit?). It is turned into [0, one turn);
the reference angle is its acute angle with the x-axis. An angle on an axis has no
reference angle in some books and 0 or a right angle in others: declined. Confirmed: the
sine and cosine of the reference angle are those of the angle up to sign (40 digits), and
the angle less the answer is a whole number of turns (exact).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("find what is the reference angle of for smallest least positive that "
                  "coterminal with degrees determine give".split())
_ASK = re.compile(
    r"^(?:find|what is|determine|give) the (?:(?P<reference>reference angle (?:of|for))|"
    r"(?:smallest|least) positive angle (?:that is )?coterminal with)(?: the angle)? "
    r"@(?P<a>\d+)@(?P<deg> degrees)?[.?!\s]*$")
_CIRC = re.compile(r"\^\s*\{?\s*\\circ\s*\}?")


def angle_degrees(src: str, said_degrees: bool) -> tuple[sp.Rational, str]:
    """(the angle in degrees, 'deg' or 'rad') of a piece."""
    written_degrees = bool(_CIRC.search(src))
    v = parse_latex(_CIRC.sub("", src))
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real:
        raise Decline("an angle expected")
    if said_degrees or written_degrees:
        if v.has(sp.pi) or said_degrees and written_degrees:
            raise Decline("an angle in degrees with pi")
        unit = "deg"
        degrees = sp.nsimplify(v)
    else:
        turn = sp.nsimplify(v / sp.pi)
        if not v.has(sp.pi) or not turn.is_Rational:
            raise Decline("an angle without its unit: degrees or radians?")
        unit = "rad"
        degrees = turn * 180
    if not degrees.is_Rational:
        raise Decline("an exact angle expected")
    return sp.Rational(degrees), unit


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if not ("reference" in body or "coterminal" in body) or not words_within(body, VOCAB):
        return None
    m = _ASK.match(body)
    if m is None:
        return None
    degrees, unit = angle_degrees(split.maths[int(m.group("a"))], bool(m.group("deg")))
    turned = degrees % 360
    if m.group("reference"):
        if turned % 90 == 0:
            raise Decline("an angle on an axis: no reference angle in some books")
        answer = min(turned % 180, 180 - turned % 180)
        _confirm_reference(degrees, answer)
        what = "reference angle"
    else:
        answer = turned if turned else sp.Integer(360)
        confirm.check(((degrees - answer) / 360).is_integer and 0 < answer <= 360,
                      "the angle less the answer is a whole number of turns")
        what = "least positive coterminal angle"
    value = answer if unit == "deg" else answer * sp.pi / 180
    shown = (lambda d: f"{latex(d)}^\\circ") if unit == "deg" else (
        lambda d: latex(d * sp.pi / 180))
    steps = [step("turn it into one turn", "Add or take away whole turns ($360^\\circ$ or "
                  "$2\\pi$) until the angle is in $[0, 360^\\circ)$.",
                  f"${shown(degrees)}$ is coterminal with ${shown(turned)}$.", "")]
    if m.group("reference"):
        steps.append(step("measure to the x-axis", "The reference angle is the acute angle "
                          "between the terminal side and the x-axis.",
                          f"The {what} is ${shown(answer)}$.", ""))
    return value, steps


def _confirm_reference(degrees: sp.Rational, answer: sp.Rational) -> None:
    with mpmath.workdps(40):
        a = mpmath.pi * mpmath.mpf(degrees.p) / degrees.q / 180
        r = mpmath.pi * mpmath.mpf(answer.p) / answer.q / 180
        tol = mpmath.mpf(10) ** -35
        confirm.check(0 < answer < 90 and abs(abs(mpmath.sin(a)) - mpmath.sin(r)) < tol
                      and abs(abs(mpmath.cos(a)) - mpmath.cos(r)) < tol,
                      "the reference angle's sine and cosine are the angle's up to sign")


__all__ = ["VOCAB", "read"]
