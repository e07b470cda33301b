"""Typed reader: one angle converted between degrees and radians.

"Convert $\\frac{5\\pi}{4}$ radians to degrees", "Express $210^\\circ$ in radians", "How
many degrees are in $\\frac{2\\pi}{3}$ radians?", "What is $135^\\circ$ in radians?",
"Change $150$ degrees to radians", "Find the radian measure of $72^\\circ$". The unit
given is the degree sign or the word after the angle (or radians when the angle is a
multiple of pi with no unit); the unit asked must be the other one. A half turn is 180
degrees and pi radians: degrees times pi/180, radians times 180/pi; confirmed by
converting back with mpmath's own degrees/radians functions at 50 digits.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_UNIT = r"(?P<given> (?:radians?|degrees?))?"
_ASKS = [re.compile(p) for p in (
    r"(?:convert|change|express|write|rewrite|turn) @0@" + _UNIT + r" (?:to|in|into|as) "
    r"(?:an angle in )?(?P<want>degrees|radians)",
    r"how many (?P<want>degrees|radians) (?:are|is) (?:there )?in @0@" + _UNIT,
    r"(?:what is|find|give|determine|compute) @0@" + _UNIT + r",? (?:in|as|expressed in|"
    r"converted to) (?P<want>degrees|radians)",
    r"(?:what is|find|give|determine|compute) the (?P<want>radian|degree) measure of (?:an "
    r"angle of )?@0@" + _UNIT,
    r"@0@" + _UNIT + r" (?:is|equals) how many (?P<want>degrees|radians)")]
_DEGREE_SIGN = re.compile(r"\s*(?P<v>.+?)\s*\^\s*\{?\s*\\circ\s*\}?\s*")


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not re.search(r"degree|radian", template):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" ?.")
    m = next((m for p in _ASKS if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    want = "degrees" if m.group("want").startswith("degree") else "radians"
    src = split.maths[0]
    sign = _DEGREE_SIGN.fullmatch(src)
    word = (m.group("given") or "").strip()
    given = "degrees" if sign or word.startswith("degree") else (
        "radians" if word or "\\pi" in src else "")
    if re.search(r"\\(?:arc|operatorname)", src) and not word:  # "arctan(-sqrt 3) in radians":
        return None  # a value asked in a unit, not an angle converted
    if not given or (sign and word.startswith("radian")):
        raise Decline("the unit of the angle given")
    if given == want:
        raise Decline("the angle is already in the unit asked")
    v = parse_latex(sign.group("v") if sign else src)
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real:
        raise Decline("an angle that is a real number")
    if given == "degrees":
        answer = sp.simplify(v * sp.pi / 180)
        claim = f"{latex(v)} \\cdot \\frac{{\\pi}}{{180}} = {latex(answer)}"
        convert = mpmath.radians
    else:
        answer = sp.simplify(v * 180 / sp.pi)
        claim = f"{latex(v)} \\cdot \\frac{{180}}{{\\pi}} = {latex(answer)}"
        convert = mpmath.degrees
    with mpmath.workdps(50):
        start = numeric.to_mp(v)
        if start is None or not confirm.number(convert(mpmath.re(start)), answer,
                                               "converting with mpmath's degrees/radians"):
            raise Decline("an angle that cannot be evaluated")
    why = ("A half turn is $180^\\circ$ and $\\pi$ radians, so multiply by "
           + ("$\\frac{\\pi}{180}$." if given == "degrees" else "$\\frac{180}{\\pi}$."))
    return answer, [step("convert the angle", why, f"${claim}$", claim)]


__all__ = ["read"]
