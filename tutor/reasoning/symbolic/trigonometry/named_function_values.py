"""Typed reader: a trigonometric function of an angle said in words.

"what is the sine of 150 degrees", "tan of 135 degrees?", "find the cosine of 240°",
"sin of pi/6", "What is the exact value of the secant of 2pi/3 radians?". The angle is in
degrees when said (`degrees`, `°`) and in radians when it is a multiple of pi; a bare
number is declined (which unit?), and so is an angle where the function is undefined or
has no closed form, or a sum ("the sine of pi/6 + pi/3" reads two ways). The exact value
is SymPy's; confirmed independently at 50 digits with mpmath's function at the angle.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.reference_angles import angle_degrees

_NAMES = {"sine": "sin", "cosine": "cos", "tangent": "tan", "secant": "sec",
          "cosecant": "csc", "cotangent": "cot", "sin": "sin", "cos": "cos", "tan": "tan",
          "sec": "sec", "csc": "csc", "cot": "cot"}
_FUNCTIONS = {"sin": (sp.sin, mpmath.sin), "cos": (sp.cos, mpmath.cos),
              "tan": (sp.tan, mpmath.tan), "sec": (sp.sec, mpmath.sec),
              "csc": (sp.csc, mpmath.csc), "cot": (sp.cot, mpmath.cot)}
_ASK = re.compile(
    r"^(?:(?:what is|what's|whats|find|compute|evaluate|calculate|give|determine) )?"
    r"(?:the )?(?:exact )?(?:value of )?(?:the )?(?P<f>" + "|".join(_NAMES) + r") of "
    r"(?:the angle |an angle of )?@(?P<a>\d+)@ ?(?P<u>degrees|°|radians)?"
    r"(?: exactly)?\s*[?.!]?$")


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    m = _ASK.match(body)
    if m is None:
        return None
    unit = m.group("u") or ""
    src = split.maths[int(m.group("a"))]
    if re.search(r"[-+−]", src.strip().lstrip("-−")):
        # "the sine of pi/6 + pi/3": of the sum, or the sine of pi/6 plus pi/3?
        raise Decline("the angle is a sum or difference: which part does the function take?")
    degrees, written = angle_degrees(src, unit in ("degrees", "°"))
    if unit == "radians" and written == "deg":
        raise Decline("an angle in degrees said in radians")
    name = _NAMES[m.group("f")]
    exact, approximate = _FUNCTIONS[name]
    angle = degrees * sp.pi / 180
    value = sp.nsimplify(sp.simplify(exact(angle)))
    if not value.is_real or not value.is_finite or value.atoms(sp.Function) - {
            a for a in value.atoms(sp.Function) if isinstance(a, sp.Abs)}:
        raise Decline("no exact value at this angle")
    with mpmath.workdps(50):
        numeric = approximate(mpmath.mpf(degrees.p) / degrees.q * mpmath.pi / 180)
        agree = abs(numeric - mpmath.mpf(sp.N(value, 60))) < mpmath.mpf(10) ** -40
    confirm.check(bool(agree), f"{name} at the angle at 50 digits")
    shown = f"{latex(degrees)}^\\circ" if written == "deg" else latex(angle)
    claim = f"\\{name} {shown} = {latex(value)}"
    return value, [step("evaluate the function", "Use the unit circle: the reference angle "
                        "gives the size and the quadrant gives the sign.", f"${claim}$.",
                        claim)]


__all__ = ["read"]
