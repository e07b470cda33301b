"""Typed reader: two similar right triangles told by their areas and one length of one of
them; a length of the other asked.

"Two similar right triangles have areas of 6 square inches and 150 square inches. The length
of the hypotenuse of the smaller triangle is 5 inches. What is the sum of the lengths of the
legs of the larger triangle?". Lengths of similar figures scale by k = sqrt(area ratio). The
triangle with the told length is solved by the right-triangle reader (`right_triangle_relations`,
from that length and its area), and the asked length scaled by k. Confirmed another way: the
other triangle is solved directly from its own area and its scaled length, and must give the
same answer."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.right_triangle_relations import (
    read_right_triangle_relations,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.problem_text import split_problem
from tutor.reasoning.symbolic.typed import FILLER, words

_U = r"(?: (?:square )?(?:units?|inches|inch|feet|foot|cm|centimeters|meters|m))?"
_AREAS = re.compile(r"\btwo similar right triangles have areas (?:of )?@(\d+)@" + _U +
                    r" and @(\d+)@" + _U)
_MEASURE = (r"(hypotenuse|shorter leg|longer leg|perimeter|sum of the lengths of the legs|"
            r"sum of the legs)")
_FACT = re.compile(r"\bthe (?:length of the )?" + _MEASURE + r" of the (smaller|larger) "
                   r"(?:right )?triangle is @(\d+)@" + _U)
_ASK = re.compile(r"\bwhat is the (?:length of the )?" + _MEASURE + r" of the (smaller|larger) "
                  r"(?:right )?triangle")


def read_similar_area_lengths(split: Split, template: str) -> Result | None:
    areas, fact, ask = _AREAS.search(template), _FACT.search(template), _ASK.search(template)
    if not (areas and fact and ask):
        return None
    rest = template
    for m in (areas, fact, ask):
        rest = rest.replace(m.group(0), " ", 1)
    left = words(rest) - FILLER - {"square", "units", "inches", "feet", "cm", "meters"}
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the similar-triangles reader does not read: {sorted(left)[:3]}")
    a1, a2 = (number(split.maths[int(areas.group(k))]) for k in (1, 2))
    length = number(split.maths[int(fact.group(3))])
    if a1 is None or a2 is None or length is None or a1 == a2 or not (
            a1.is_positive and a2.is_positive and length.is_positive):
        raise Decline("two different positive areas and a positive length")
    area = {"smaller": min(a1, a2), "larger": max(a1, a2)}
    told, asked = fact.group(2), ask.group(2)
    if told == asked:
        raise Decline("a length of the other triangle is asked")
    k = sp.sqrt(area[asked] / area[told])
    base = _solve_one(fact.group(1), length, area[told], ask.group(1))
    value = sp.radsimp(k * base)
    again = _solve_one(fact.group(1), sp.radsimp(k * length), area[asked], ask.group(1))
    confirm.check(sp.simplify(again - value) == 0,
                  "the other triangle solved from its own area and scaled length")
    claim = f"{latex(k)} \\cdot {latex(base)} = {latex(value)}"
    return value, [
        step("the scale factor", "Areas of similar figures are in the square of the ratio of "
             "their lengths.", f"$k = \\sqrt{{\\frac{{{latex(area[asked])}}}"
             f"{{{latex(area[told])}}}}} = {latex(k)}$", latex(k)),
        step("the triangle told", f"The {told} triangle has {fact.group(1)} {latex(length)} and "
             f"area {latex(area[told])}; its {ask.group(1)} is {latex(base)}.",
             f"${latex(base)}$", latex(base)),
        step("scale it", f"Every length of the {asked} triangle is k times the matching one.",
             f"${claim}$", claim)]


def _solve_one(told: str, length: sp.Basic, area: sp.Basic, asked: str) -> sp.Basic:
    """The asked length of one right triangle from one length and its area."""
    if told == asked:
        return length
    question = (f"In a right triangle, the {told} is ${latex(length)}$ and the area is "
                f"${latex(area)}$. What is the {asked}?")
    split = split_problem(question)
    got = read_right_triangle_relations(split, split.template)
    if got is None or not isinstance(got[0], sp.Expr):
        raise Decline("the triangle told is not fixed by its length and area")
    return got[0]


__all__ = ["read_similar_area_lengths"]
