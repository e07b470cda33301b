"""Typed reader: wheels rolling without slipping.

"A bicycle wheel has a diameter of 26 inches. How many inches does the bicycle travel in one
full revolution of the wheel?", "A wheel of radius 2 feet turns 30 times: how far does it
roll?", "How many revolutions does a wheel of diameter 3 feet make in rolling 300 feet?", "The
front wheel has a radius of 2.5 feet and the back wheel a radius of 4 inches. How many
revolutions does the back wheel make while the front wheel makes 100?": each revolution rolls
the wheel's circumference 2 pi r along the ground; two wheels of one vehicle roll the same
distance. Lengths in feet and inches are brought to inches (12 to the foot); any other mix of
units, or a word not read, declines. Confirmed numerically: the length of rim laid on the
ground over the turns, as the arc length of the circle over that angle (40-digit quadrature
of |d/dt (r cos t, r sin t)|), not the circumference formula."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_U = r"(inches|inch|feet|foot)"
_TO_INCHES = {"inches": 1, "inch": 1, "feet": 12, "foot": 12}
_WHEEL = r"(?:(?:the |a |an )?(front|back|rear|larger|smaller|first|second|bicycle|car) )?wheel"
_SIZE = re.compile(_WHEEL + r"(?: has| with| of)? (?:a )?(radius|diameter) (?:of )?@(\d+)@ " +
                   _U)
_ONE_TURN = re.compile(r"\bin one (?:full |complete )?(?:revolution|turn|rotation) of the wheel\b")
_HOW_FAR = re.compile(r"\bhow (?:many " + _U + r"|far) (?:does|will|did) (?:the )?[a-z]+ "
                      r"(?:travel|roll|go|move)\b")
_TURNS = re.compile(r"\bhow many (?:revolutions|turns|rotations) (?:does|will|did) " + _WHEEL +
                    r" make\b")
_N_TURNS = re.compile(r"\b(?:when|while|if|after|as) (?:the )?wheel (?:makes|turns|completes) "
                      r"@(\d+)@ (?:full |complete )?(?:revolutions|turns|rotations|times)")
_WHILE = re.compile(r"\bwhile " + _WHEEL + r" makes @(\d+)@ (?:revolutions|turns|rotations)")
_GLUE = FILLER | frozenset("if there is no slippage slipping without has and a an the of in "
                           "full one revolution wheel".split())


def read_wheel_revolutions(split: Split, template: str) -> Result | None:
    if "wheel" not in template or not re.search(r"\brevolution|\bturn|\brotation", template):
        return None
    split, template = spelled_numbers(split, template)
    sizes = list(_SIZE.finditer(template))
    if not sizes:
        return None
    wheels: dict[str, sp.Basic] = {}
    for m in sizes:
        v = number(split.maths[int(m.group(3))])
        if v is None or not v.is_positive:
            raise Decline("a wheel's positive size")
        name = m.group(1) or ""
        if name in wheels:
            raise Decline("one size for each wheel")
        wheels[name] = (v if m.group(2) == "radius" else v / 2) * _TO_INCHES[m.group(4)]
    rest = _SIZE.sub(" ; ", template)
    # "on an old-fashioned bicycle the front wheel ...": the vehicle the wheels are on
    rest = re.sub(r"^(?:on|for) (?:an? |the )?(?:[a-z]+(?:-[a-z]+)? )?(?:bicycle|tricycle|bike|"
                  r"car|cart|wagon),? ", " ", rest.strip())
    one, many = _ONE_TURN.search(rest), _N_TURNS.search(rest)
    if len(wheels) == 1 and bool(one) != bool(many) and (far := _HOW_FAR.search(rest)):
        said = one or many
        assert said is not None
        rest = rest.replace(said.group(0), " ; ").replace(far.group(0), " ; ")
        _only_glue(rest)
        n = sp.Integer(1) if one else number(split.maths[int(said.group(1))])
        if n is None or not n.is_positive:
            raise Decline("a positive number of revolutions")
        unit = far.group(1) or sizes[0].group(4)  # "how far": in the wheel's unit
        r = next(iter(wheels.values())) / _TO_INCHES[unit]
        value = 2 * sp.pi * r * n
        _confirm(r, n, value)
        claim = f"{latex(n)} \\cdot 2 \\pi \\cdot {latex(r)} = {latex(value)}"
        return value, [step("one turn rolls the circumference", "In one revolution the wheel "
                            "rolls its whole rim along the ground.", f"${claim}$", claim)]
    turns, told = _TURNS.search(rest), _WHILE.search(rest)
    if len(wheels) == 2 and turns and told:
        asked, other = turns.group(1) or "", told.group(1) or ""
        if {asked, other} != set(wheels):
            raise Decline("the two wheels told apart")
        rest = rest.replace(turns.group(0), " ; ").replace(told.group(0), " ; ")
        _only_glue(rest)
        n = number(split.maths[int(told.group(2))])
        if n is None or not n.is_positive:
            raise Decline("a positive number of revolutions")
        value = sp.nsimplify(n * wheels[other] / wheels[asked])
        distance = 2 * sp.pi * wheels[other] * n
        _confirm(wheels[asked], value, distance)
        claim = (f"\\frac{{{latex(n)} \\cdot 2\\pi \\cdot {latex(wheels[other])}}}{{2\\pi \\cdot "
                 f"{latex(wheels[asked])}}} = {latex(value)}")
        return value, [
            step("the same distance", "Both wheels roll the same distance (no slipping); each "
                 "revolution rolls one circumference (all lengths in inches).",
                 f"$d = {latex(n)} \\cdot 2\\pi \\cdot {latex(wheels[other])} = "
                 f"{latex(distance)}$"),
            step("divide by the other circumference", "The revolutions are the distance over "
                 "one circumference.", f"${claim}$", claim)]
    return None


def _only_glue(rest: str) -> None:
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the wheel reader does not read: {sorted(left)[:3]}")


def _confirm(r: sp.Basic, turns: sp.Basic, distance: sp.Basic) -> None:
    """The rim laid on the ground: the circle's arc length over the turning angle."""
    with mpmath.workdps(40):
        rr = mpmath.mpf(str(sp.N(r, 45)))
        angle = 2 * mpmath.pi * mpmath.mpf(str(sp.N(turns, 45)))
        rolled = mpmath.quad(lambda t: mpmath.hypot(-rr * mpmath.sin(t), rr * mpmath.cos(t)),
                             mpmath.linspace(0, angle, 9))
        ok = abs(rolled - mpmath.mpf(str(sp.N(distance, 45)))) < mpmath.mpf(10) ** -25 * max(
            1, abs(rolled))
    confirm.check(bool(ok), "the length of rim rolled out, as the circle's arc length over the "
                  "turning angle, numerically")


__all__ = ["read_wheel_revolutions"]
