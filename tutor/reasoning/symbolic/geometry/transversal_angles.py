"""Typed reader: two parallel lines cut by a transversal, one angle's measure told, and the
angle in a named relation to it asked.

"Two parallel lines are cut by a transversal. One of the angles formed measures 65 degrees.
What is the measure of its corresponding angle?", "... If one of two same-side interior
angles is 110 degrees, what is the measure of the other?", "... an angle of 40 degrees: what
is the measure of the angle that forms a linear pair with it?". Vertical, corresponding and
alternate (interior or exterior) angles are equal; same-side (consecutive) interior angles
and a linear pair add up to 180 degrees. The lines must be said to be parallel. Confirmed by
drawing the figure: two parallel lines y = 0 and y = 1 and a transversal at the told angle;
the asked angle is measured at the upper line from the directions (a dot product, 50
digits)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.angle_expressions import PARALLEL_LINES
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_REL = (r"(vertical|corresponding|alternate interior|alternate exterior|same-side interior|"
        r"same side interior|consecutive interior|co-interior)")
_SUPPLEMENT = {"same-side interior", "same side interior", "consecutive interior",
               "co-interior", "linear pair"}
_TOLD = [
    re.compile(r"\b(?:if )?(?:one|an) (?:of the )?(?:angles? )?(?:formed |made )?(?:is |measures |"
               r"has a measure of |of )@(\d+)@(?: degrees)?"),
    re.compile(r"\b(?:if )?(?:one )?(?:of )?(?:two |a pair of |the )?" + _REL + r" angles? (?:is |"
               r"measures |has a measure of )@(\d+)@(?: degrees)?"),
]
_ASK = [
    re.compile(r"\bwhat is the measure of (?:its|the) " + _REL + r" angle\b"),
    re.compile(r"\bwhat is the measure of the angle that forms a (linear pair) with it\b"),
    re.compile(r"\bwhat is the measure of the other(?: angle)?\b"),
]
_DEG = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")


def read_transversal_angle(split: Split, template: str) -> Result | None:
    lines = PARALLEL_LINES.search(template)
    if lines is None:
        return None
    rest = template.replace(lines.group(0), " ")
    told = [m for p in _TOLD for m in p.finditer(rest)]
    asks = [m for p in _ASK for m in p.finditer(rest)]
    if len(told) != 1 or len(asks) != 1:
        return None
    t, a = told[0], asks[0]
    given_kind = t.group(1) if t.lastindex == 2 else None
    asked_kind = a.group(1) if a.lastindex else None
    if (asked_kind is None) == (given_kind is None):
        raise Decline("the relation between the two angles said once")
    kind = asked_kind or given_kind
    if kind not in _SUPPLEMENT and not re.fullmatch(_REL, kind or ""):
        raise Decline("a relation between angles that is not read")
    left = rest.replace(t.group(0), " ").replace(a.group(0), " ")
    if words(left) - FILLER - {"degrees", "angle", "angles", "formed"} or "@" in left:
        return None
    m = _DEG.fullmatch(split.maths[int(t.groups()[-1])])
    v = number(m.group(1)) if m else None
    if v is None or not 0 < v < 180:
        raise Decline("an angle between 0 and 180 degrees")
    supplement = kind in _SUPPLEMENT
    value = sp.nsimplify(180 - v if supplement else v)
    with mpmath.workdps(50):
        th = mpmath.radians(mpmath.mpf(str(sp.N(v, 55))))
        # the transversal meets y = 0 at (0, 0) and y = 1 at (cot th, 1); at the upper line the
        # angle between the line's direction and the transversal (down it for the same side)
        cross = (mpmath.cot(th), mpmath.mpf(1))
        way = (-cross[0], -cross[1]) if supplement else cross
        got = mpmath.acos(way[0] / mpmath.hypot(*way))
        off = abs(got * 180 / mpmath.pi - mpmath.mpf(str(sp.N(value, 55))))
    confirm.check(off < mpmath.mpf(10) ** -40, "the angles measured on a drawn pair of parallel "
                  "lines and a transversal agree")
    rule = "add up to $180^\\circ$" if supplement else "are equal"
    claim = f"180 - {latex(v)} = {latex(value)}" if supplement else f"{latex(value)}"
    return value, [step(f"{kind} angles", f"With parallel lines, {kind} angles {rule}.",
                        f"${claim}^\\circ$" if not supplement else f"${claim}$", claim)]


__all__ = ["read_transversal_angle"]
