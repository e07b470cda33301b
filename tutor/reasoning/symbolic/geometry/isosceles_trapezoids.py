"""Typed reader: an isosceles trapezoid told by its two bases and one more length (its legs,
its height or its diagonals), one measure asked: its height, legs, diagonals, area or
perimeter. "An isosceles trapezoid has bases 8 and 20 and legs of length 10. What is its
area?", "An isosceles trapezoid has bases of 6 and 14 and a height of 3. How long is each
leg?".

Dropping the two heights from the shorter base's ends cuts off two congruent right
triangles with legs h and (B - b)/2, so leg^2 = h^2 + ((B - b)/2)^2, and each diagonal is the
hypotenuse of a right triangle with legs h and (B + b)/2. Confirmed with coordinates: the
trapezoid is put at (0, 0), (B, 0), ((B + b)/2, h), ((B - b)/2, h) and every told and asked
length is measured there (50 digits).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    number,
    without_area_units,
    without_length_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_OF = r"(?:(?:of )?(?:lengths? )?(?:of )?)"
_ARE = r"(?:(?: of (?:an|the) isosceles trapezoid)? (?:are|measure|each measure))?"
_TOLD = [  # (pattern, what); "bases" gives two numbers
    (rf"\b(?:(?:the )?parallel sides|bases){_ARE}(?: of lengths?| measuring| that measure)? "
     rf"{_OF}{_N},? and {_N}", "bases"),
    (rf"\b(?:legs|non-?parallel sides){_ARE}(?: each)? {_OF}{_N}(?: each)?", "leg"),
    (rf"\b(?:a|its) (?:height|altitude)(?: is)? {_OF}{_N}", "height"),
    (rf"\bdiagonals{_ARE}(?: each)? {_OF}{_N}(?: each)?", "diagonal"),
]
_WHAT = {"height": "height", "altitude": "height", "area": "area", "perimeter": "perimeter",
         "leg": "leg", "legs": "leg", "diagonal": "diagonal", "diagonals": "diagonal"}
_WHICH = (r"(?:the |its )?(?:length of )?(?:(?:a|each|one)(?: of)?(?: its| the)? )?"
          r"(?P<what>height|altitude|area|perimeter|legs?|diagonals?)")
_ASK = re.compile(rf"(?:what is|find|how long is) {_WHICH}(?: of the trapezoid)?[?.]?$")
# the question first: "What is the area of an isosceles trapezoid with bases 10 and 16 ...?"
_ASK_FIRST = re.compile(rf"^(?:what is|find) {_WHICH} of an isosceles trapezoid (?:with|whose|"
                        r"that has|having) ")
_GLUE = FILLER | COMMON | frozenset("isosceles trapezoid with each".split())


def read_isosceles_trapezoid(split: Split, template: str) -> Result | None:
    if "isosceles trapezoid" not in template:
        return None
    text, units = without_length_units(without_area_units(template).lower().strip())
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    told: dict[str, list[sp.Expr]] = {}
    for pattern, what in _TOLD:
        for m in list(re.finditer(pattern, text)):
            values = [number(split.maths[int(g)]) for g in m.groups()]
            if what in told or any(v is None or not v.is_positive for v in values):
                raise Decline("one positive length for each of the bases, legs, height")
            told[what] = values  # type: ignore[assignment]
        text = re.sub(r"\s+", " ", re.sub(pattern, " ; ", text))
    first = _ASK_FIRST.match(text)
    q = first or _ASK.search(text)
    if first:  # the told lengths follow the question
        text = " " + text[first.end():].rstrip("?. ")
    if q is None or "bases" not in told or len(told) != 2 or words(
            text if first else text[:q.start()]) - _GLUE or re.search(r"@\d+@", text):
        return None
    asked = _WHAT[q.group("what")]
    if asked in told:
        return None
    b, big = sorted(told["bases"])
    if b == big:
        raise Decline("two different bases (equal ones make a rectangle)")
    half, mid = (big - b) / 2, (big + b) / 2
    (given, (v,)), = ((k, x) for k, x in told.items() if k != "bases")
    h2 = {"height": v**2, "leg": v**2 - half**2, "diagonal": v**2 - mid**2}[given]
    if not h2.is_positive:
        raise Decline("the lengths do not make a trapezoid")
    h = sp.sqrt(h2)
    leg, diag = sp.sqrt(h2 + half**2), sp.sqrt(h2 + mid**2)
    value = sp.radsimp({"height": h, "leg": leg, "diagonal": diag, "area": (b + big) * h / 2,
                        "perimeter": b + big + 2 * leg}[asked])
    pts = [sp.Matrix(p) for p in ((0, 0), (big, 0), (big - half, h), (half, h))]
    measured = {"height": pts[3][1] - pts[0][1], "leg": (pts[3] - pts[0]).norm(),
                "diagonal": (pts[2] - pts[0]).norm(),
                "area": abs(sum(pts[i][0] * pts[i - 3][1] - pts[i - 3][0] * pts[i][1]
                                for i in range(4))) / 2,
                "perimeter": sum((pts[i] - pts[i - 1]).norm() for i in range(4))}
    confirm.check(all(abs(sp.N(measured[k] - x, 50)) < sp.Float(10) ** -40 for k, x in
                      ((given, v), (asked, value))) and
                  abs(sp.N((pts[1] - pts[2]).norm() - measured["leg"], 50)) < 1e-40,
                  "the trapezoid put in coordinates has the told and found lengths")
    claims = {"height": f"h^2 = {latex(v)}^2", "leg": f"h^2 = {latex(v)}^2 - {latex(half)}^2",
              "diagonal": f"h^2 = {latex(v)}^2 - {latex(mid)}^2"}
    found = f"{claims[given]} = {latex(h2)}"
    answer = {"height": f"h = {latex(h)}", "leg": f"\\sqrt{{{latex(h2)} + {latex(half)}^2}}",
              "diagonal": f"\\sqrt{{{latex(h2)} + {latex(mid)}^2}}",
              "area": f"\\frac{{{latex(b)} + {latex(big)}}}{{2}} \\cdot {latex(h)}",
              "perimeter": f"{latex(b)} + {latex(big)} + 2 \\cdot {latex(leg)}"}[asked]
    return value, [
        step("drop the heights", "The heights from the shorter base's ends cut off two "
             f"congruent right triangles with legs $h$ and $({latex(big)} - {latex(b)})/2 = "
             f"{latex(half)}$; a diagonal is the hypotenuse of a right triangle with legs $h$ "
             f"and $({latex(big)} + {latex(b)})/2 = {latex(mid)}$.", f"${found}$", found),
        step(f"find the {asked}", "Use the lengths found.", f"${answer} = {latex(value)}$",
             f"{answer} = {latex(value)}")]


__all__ = ["read_isosceles_trapezoid"]
