"""Typed reader: a triangle cut by a line parallel to a side, its areas compared.

"An equilateral triangle has sides 12 units long. An equilateral triangle with sides 3 units
long is cut off at the top, leaving an isosceles trapezoid. What is the ratio of the area of
the smaller triangle to the area of the trapezoid?", "The legs of a trapezoid with bases 3
and 5 are extended until they meet. What is the ratio of the area of the small triangle
formed to the area of the trapezoid?", "A line parallel to one side of a triangle cuts off a
smaller triangle whose sides are 2/5 as long as those of the original triangle ...".

The cut-off triangle is similar to the whole one with the ratio k of their sides (the two
equilateral triangles' sides, the trapezoid's two bases, or k told), so it holds k^2 of the
whole area and the trapezoid left the rest, 1 - k^2. Asked: the ratio of two of the three
areas (small triangle, trapezoid, whole triangle), "X to Y" or "X divided by Y". A cut-off
triangle not smaller than the whole, equal bases, a size not told, a named figure or any
word the reader does not read declines.

Confirmed independently: a triangle is put on coordinates, cut at the part k of its sides
from the apex, and the pieces' areas taken by the shoelace formula."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_U = r"(?: units?)?(?: long)?"
_EQ_SIDE = re.compile(rf"\bequilateral triangle (?:has sides|has side length|with sides|with side"
                      rf"(?: length)?|of side(?: length)?) (?:of )?{_N}{_U}")
_BASES = re.compile(rf"\b(?:bases|parallel sides)(?: of (?:a|the) trapezoid)? (?:are |of )?{_N} "
                    rf"and {_N}")
_TOLD = re.compile(rf"\bwhose sides are {_N}(?: ?/ ?{_N})? (?:as long as|of) (?:those|the sides) "
                   rf"of the (?:original|larger|whole) triangle")
_PIECES = {
    "small": r"(?:the )?(?:smaller|small|cut-off|cut off) triangle(?: formed)?",
    "trapezoid": r"(?:the )?(?:remaining |isosceles )?trapezoid(?: that is left| left)?",
    "whole": r"(?:the )?(?:original|larger|large|whole|big|bigger) triangle",
}
_PIECE = "|".join(f"(?P<{{side}}{k}>{p})" for k, p in _PIECES.items())
_ASK = re.compile(
    r"\b(?:what is |find )?(?:the )?ratio of (?:the )?(?:area of )?(?:"
    + _PIECE.format(side="a") + r")(?:'s area)? to (?:the )?(?:area of )?(?:"
    + _PIECE.format(side="b") + r")(?:'s area)?|\b(?:the )?area of (?:" + _PIECE.format(side="c")
    + r") divided by (?:the )?area of (?:" + _PIECE.format(side="d") + r")")
_GLUE = FILLER | frozenset(
    "an a the equilateral triangle isosceles trapezoid is are cut off at top from one corner "
    "leaving has with of legs extended until till to meet they a point its formed line parallel "
    "side sides cuts smaller small and remaining left that units long length bases base".split())


def read_cut_off_area(split: Split, template: str) -> Result | None:
    ask = _ASK.search(template)
    if not ask or not re.search(r"\bcuts? off\b|\bextended\b", template):
        return None
    if re.search(r"@\d+@", ask.group(0)):
        raise Decline("an unnamed triangle and its pieces")
    k, told = _ratio(split, template)
    groups = {g: v for g, v in ask.groupdict().items() if v is not None}
    first, second = (g[1:] for g in sorted(groups))
    area = {"small": k**2, "trapezoid": 1 - k**2, "whole": sp.Integer(1)}
    if first == second:
        raise Decline("two different pieces compared")
    rest = template
    for m in (*told, ask):
        rest = rest.replace(m.group(0), " ; ")
    rest = re.sub(EXACT_FORM, " ; ", rest)
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the cut-off-areas reader does not read: {sorted(left)[:3]}")
    value = sp.nsimplify(area[first] / area[second])
    _confirm(k, first, second, value)
    shown = f"k = {latex(k)},\\ \\frac{{{latex(area[first])}}}{{{latex(area[second])}}} = " \
            f"{latex(value)}"
    return value, [step("similar triangles", "The cut-off triangle is similar to the whole one "
                        "with ratio k of their sides, so it holds k^2 of the area and the "
                        "trapezoid the rest.", f"${shown}$", shown)]


def _ratio(split: Split, template: str) -> tuple[sp.Basic, list[re.Match[str]]]:
    sides, bases, told = (list(p.finditer(template)) for p in (_EQ_SIDE, _BASES, _TOLD))
    if sum(map(bool, (sides, bases, told))) != 1:
        raise Decline("the sizes of the triangle and of the piece cut off, told one way")
    if sides:
        if len(sides) != 2 or "cut off" not in template:
            raise Decline("the sides of the whole triangle and of the one cut off")
        whole, small = (_value(split, m.group(1)) for m in sides)
        if not small < whole:
            raise Decline("a cut-off triangle smaller than the whole one")
        return small / whole, sides
    if bases:
        if len(bases) != 1 or not re.search(r"\blegs\b[^.]*\bextended\b", template):
            raise Decline("a trapezoid's two bases and its legs extended to meet")
        a, b = (_value(split, g) for g in bases[0].groups())
        if a == b:
            raise Decline("two different bases")
        return sp.Min(a, b) / sp.Max(a, b), bases
    if len(told) != 1 or not re.search(r"\bparallel\b", template):
        raise Decline("a line parallel to a side cutting the triangle")
    p = told[0]
    k = _value(split, p.group(1)) / (_value(split, p.group(2)) if p.group(2) else 1)
    if not k < 1:
        raise Decline("a cut-off triangle smaller than the whole one")
    return k, told


def _value(split: Split, slot: str) -> sp.Basic:
    v = number(split.maths[int(slot)])
    if v is None or not v.is_positive or not v.is_rational:
        raise Decline("a positive number for each length")
    return v


def _confirm(k: sp.Basic, first: str, second: str, value: sp.Basic) -> None:
    apex, left, right = (sp.Integer(2), sp.Integer(5)), (sp.Integer(0), sp.Integer(0)), \
        (sp.Integer(7), sp.Integer(0))

    def towards(p: tuple[sp.Basic, sp.Basic]) -> tuple[sp.Basic, sp.Basic]:
        return apex[0] + k * (p[0] - apex[0]), apex[1] + k * (p[1] - apex[1])

    def shoelace(pts: list[tuple[sp.Basic, sp.Basic]]) -> sp.Basic:
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in
                       zip(pts, pts[1:] + pts[:1], strict=True))) / 2

    d, e = towards(left), towards(right)
    area = {"small": shoelace([apex, d, e]), "trapezoid": shoelace([d, left, right, e]),
            "whole": shoelace([apex, left, right])}
    confirm.check(sp.simplify(area[first] / area[second] - value) == 0,
                  "the pieces' areas by the shoelace formula")


__all__ = ["read_cut_off_area"]
