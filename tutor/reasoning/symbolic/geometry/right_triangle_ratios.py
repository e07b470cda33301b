"""Typed reader: one trigonometric ratio of an angle of a right triangle told, another asked.

"In a right triangle, sin A = 3/5. What is cos A?", "tan A = 5/12 in a right triangle,
whats sin A": the triangle is not named, so the angle told is one of its angles other than
the right one exactly when the told values rule out 90 degrees (sin A = 3/5 does; sin A = 1
does not, and declines). Such an angle is acute, so the question is the one the trigonometry
reader answers for an acute angle (`trigonometry.given_values`: the conditions solved with
sin^2 + cos^2 = 1, confirmed numerically at the angle found). A named triangle ("right
triangle ABC with right angle at C") is the triangle solver's (`triangle_solver`)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import parse_trig
from tutor.reasoning.symbolic.trigonometry.given_values import read_given_values

# "in a right triangle", "for a right triangle", "right triangle": said once, unnamed
_RIGHT = re.compile(r"(?:,\s*)?\b(?:(?:in|for|of) )?(?:a |the )?right(?:-angled)? triangle\b"
                    r"(?:\s*,)?")
_NAMED = re.compile(r"\bright(?:-angled)? triangle\s*@(\d+)@")


def read_right_triangle_ratio(split: Split, template: str) -> Result | None:
    if len(_RIGHT.findall(template)) != 1 or re.search(r"\btriangles?\b.*\btriangles?\b",
                                                        template):
        return None
    if not re.search(r"\\(?:sin|cos|tan|cot|sec|csc)", " ".join(split.maths)):
        return None
    named = _NAMED.search(template)
    if named and re.fullmatch(r"\s*(?:\\triangle\s*)?[A-Z]{3}\s*", split.maths[int(named[1])]):
        return None  # "right triangle ABC": the triangle solver's
    rest = _RIGHT.sub(" ", template).strip(" ,")
    if not re.search(r"@\d+@", rest):
        return None
    told = [parse_trig(split.maths[int(i)]) for i in re.findall(r"@(\d+)@", rest)]
    conditions = [e for e in told if isinstance(e, sp.Eq)]
    letters = set().union(*(e.free_symbols for e in told))
    if not conditions or len(letters) != 1:
        return None
    angle = letters.pop()
    if all(_holds_at_right_angle(e, angle) for e in conditions):
        raise Decline("the angle told could be the right angle")
    return read_given_values(split, f"the angle is acute. {rest}")


def _holds_at_right_angle(e: sp.Eq, angle: sp.Symbol) -> bool:
    """True when the condition holds at 90 degrees (undefined there: it does not)."""
    gap = (e.lhs - e.rhs).subs(angle, sp.pi / 2)
    if gap.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return False
    value = sp.N(gap, 30)
    return bool(value.is_number and abs(value) < 1e-20)


__all__ = ["read_right_triangle_ratio"]
