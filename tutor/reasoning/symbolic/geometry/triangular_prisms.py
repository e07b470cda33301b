"""Typed reader: a right prism on a right-triangle or equilateral-triangle base.

"A triangular prism has a right triangle base with legs 6 and 8 and a height of 10. What is
its volume?", "The base of a right prism is a right triangle with legs 5 and 12; the height
of the prism is 10: its total surface area?", "A right prism has an equilateral triangle base
with side 6 and a height of 10". The volume is the base's area times the height; the lateral
area the base's perimeter times the height; the total area adds the two bases. The base is
told only by its legs (the hypotenuse by Pythagoras) or its side, so the one height told is
the prism's. Confirmed by building the prism's six corners in coordinates: the volume by
splitting it into three tetrahedra (determinants), the faces' areas by cross products."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_U = r"(?: (?:units?|inches|inch|feet|foot|cm|centimeters|meters|m))?"
_PRISM = re.compile(r"\b(?:a |the )?(?:right )?(?:triangular )?prism (?:has|with) (?:a |an )?"
                    r"(?P<kind>right|equilateral) triangle(?: as its)? base (?:with|of|whose) "
                    r"(?:legs (?:of (?:length )?)?@(?P<a>\d+)@" + _U + r" and @(?P<b>\d+)@" + _U +
                    r"|sides? (?:of (?:length )?)?@(?P<s>\d+)@" + _U + r")")
_BASE_IS = re.compile(r"\bthe base of (?:a |the )?(?:right )?(?:triangular )?prism is (?:a|an) "
                      r"(?P<kind>right|equilateral) triangle with (?:legs (?:of (?:length )?)?"
                      r"@(?P<a>\d+)@" + _U + r" and @(?P<b>\d+)@" + _U + r"|sides? (?:of "
                      r"(?:length )?)?@(?P<s>\d+)@" + _U + r")")
_HEIGHT = re.compile(r"(?:,? and |\. |; )(?:a height of|the height of the prism is|its height "
                     r"is|the prism has a height of|the prism is) @(\d+)@" + _U +
                     r"(?: (?:tall|high|long))?")
_ASK = re.compile(r"\bwhat is (?:the|its) (volume|total surface area|surface area|lateral "
                  r"surface area|lateral area)(?: of the prism)?\b")


def read_triangular_prism(split: Split, template: str) -> Result | None:
    if "prism" not in template or "triangle" not in template:
        return None
    base = _PRISM.search(template) or _BASE_IS.search(template)
    ask = _ASK.search(template)
    if base is None or ask is None:
        return None
    height = _HEIGHT.search(template, base.end())
    if height is None or height.start() != base.end():
        raise Decline("the prism's height told right after its base")
    rest = template.replace(template[base.start():height.end()], " ").replace(ask.group(0), " ")
    left = words(rest) - FILLER - {"square", "cubic", "units", "inches", "feet", "cm",
                                   "centimeters", "meters", "express", "your", "answer",
                                   "simplest", "radical", "form"}
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the prism reader does not read: {sorted(left)[:3]}")
    h = _positive(split, height.group(1))
    if base.group("kind") == "right":
        if base.group("a") is None:
            raise Decline("a right triangle base told by its legs")
        a, b = _positive(split, base.group("a")), _positive(split, base.group("b"))
        sides = [a, b, sp.sqrt(a**2 + b**2)]
        corners = [(0, 0), (a, 0), (0, b)]
    else:
        if base.group("s") is None:
            raise Decline("an equilateral triangle base told by its side")
        s = _positive(split, base.group("s"))
        sides = [s, s, s]
        corners = [(0, 0), (s, 0), (s / 2, sp.sqrt(3) * s / 2)]
    area = sp.Abs(sp.Matrix([[corners[1][0], corners[1][1]], [corners[2][0],
                                                               corners[2][1]]]).det()) / 2
    perimeter = sum(sides)
    what = ask.group(1)
    value = {"volume": area * h}.get(what) or (perimeter * h if "lateral" in what else
                                               2 * area + perimeter * h)
    value = sp.radsimp(sp.nsimplify(value))
    _confirm(corners, h, what, value)
    return value, [
        step("the base", "The base triangle's area and perimeter.",
             f"area ${latex(area)}$, perimeter ${latex(perimeter)}$", latex(area)),
        step(f"the {what}", "Volume: base area times height; lateral area: base perimeter "
             "times height; total: the lateral area and the two bases.",
             f"${latex(value)}$", latex(value))]


def _positive(split: Split, k: str) -> sp.Basic:
    v = number(split.maths[int(k)])
    if v is None or not v.is_positive:
        raise Decline("a positive length")
    return v


def _confirm(corners: list, h: sp.Basic, what: str, value: sp.Basic) -> None:
    low = [sp.Matrix([x, y, 0]) for x, y in corners]
    up = [p + sp.Matrix([0, 0, h]) for p in low]

    def tet(p: sp.Matrix, q: sp.Matrix, r: sp.Matrix, s: sp.Matrix) -> sp.Basic:
        return sp.Abs(sp.Matrix.hstack(q - p, r - p, s - p).det()) / 6

    def tri(p: sp.Matrix, q: sp.Matrix, r: sp.Matrix) -> sp.Basic:
        return (q - p).cross(r - p).norm() / 2

    if what == "volume":
        got = tet(low[0], low[1], low[2], up[0]) + tet(low[1], low[2], up[0], up[1]) + \
            tet(low[2], up[0], up[1], up[2])
    else:
        faces = sum(tri(low[i], low[(i + 1) % 3], up[i]) + tri(up[i], up[(i + 1) % 3],
                                                              low[(i + 1) % 3]) for i in range(3))
        got = faces if "lateral" in what else faces + 2 * tri(*low)
    confirm.check(sp.simplify(got - value) == 0, "the prism built in coordinates, measured by "
                  "tetrahedra and cross products")


__all__ = ["read_triangular_prism"]
