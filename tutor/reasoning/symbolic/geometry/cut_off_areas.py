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
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
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
_PARTS = {"half": sp.Rational(1, 2), "one half": sp.Rational(1, 2), "a third": sp.Rational(1, 3),
          "one third": sp.Rational(1, 3), "a quarter": sp.Rational(1, 4),
          "one quarter": sp.Rational(1, 4)}
_TOLD_BASE = re.compile(rf"\bwhose base is ({'|'.join(_PARTS)}|{_N}(?: ?/ ?{_N})?) (?:of|as long "
                        rf"as) the (?:original|larger|whole) (?:triangle's )?base")
_WHOLE_AREA = re.compile(rf"\b(?:a|the) triangle has (?:an )?area (?:of )?{_N}(?: square units)?")
_AREA_ASK = re.compile(r"\b(?:what is |find )?the area of (?:the )?(trapezoid|smaller triangle|"
                       r"small triangle)(?: that is left| left)?\b")
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
# "In trapezoid $ABCD$ the bases $AB$ and $CD$ are 6 and 10 ... the legs are extended beyond $A$
# and $B$ to meet at point $E$ ... the ratio of the area of triangle $EAB$ to ... trapezoid $ABCD$"
_NAMED_BASES = re.compile(rf"\b(?:the lengths of )?the (?:bases|parallel sides) {_N} and {_N} "
                          rf"(?:are|have lengths|measure) {_N} and {_N},?(?: respectively)?|"
                          rf"\b(?:bases|parallel sides) {_N} and {_N}")
_NAMED_MEET = re.compile(rf"\blegs(?: of the trapezoid| {_N} and {_N})? are extended "
                         rf"(?:beyond|past) {_N} and {_N} (?:to meet|and meet) at (?:point )?{_N}")
_NAMED_PIECE = r"(triangle|trapezoid|quadrilateral) {}"
_NAMED_ASK = re.compile(rf"\b(?:what is |find )?the ratio of the area of {_NAMED_PIECE.format(_N)} "
                        rf"to the area of {_NAMED_PIECE.format(_N)}")
_GLUE = FILLER | frozenset(
    "an a the equilateral triangle isosceles trapezoid is are cut off at top from one corner "
    "leaving has with of legs extended until till to meet they a point its formed line parallel "
    "side sides cuts smaller small and remaining left that units long length bases base".split())


def read_cut_off_area(split: Split, template: str) -> Result | None:
    if _NAMED_ASK.search(template) and _NAMED_MEET.search(template):
        return _named(split, template)
    ask = _ASK.search(template) or _AREA_ASK.search(template)
    if not ask or not re.search(r"\bcuts? off\b|\bextended\b", template):
        return None
    if re.search(r"@\d+@", ask.group(0)):
        raise Decline("an unnamed triangle and its pieces")
    k, told = _ratio(split, template)
    whole = _WHOLE_AREA.search(template)
    if ask.re is _AREA_ASK:  # an area asked: the whole triangle's area must be told
        if not whole:
            raise Decline("the whole triangle's area, for an area asked")
        told = [*told, whole]
        first, second = "small" if "triangle" in ask.group(1) else "trapezoid", "whole"
    else:
        groups = {g: v for g, v in ask.groupdict().items() if v is not None}
        first, second = (g[1:] for g in sorted(groups))
    if first == second:
        raise Decline("two different pieces compared")
    rest = template
    for m in (*told, ask):
        rest = rest.replace(m.group(0), " ; ")
    rest = re.sub(EXACT_FORM, " ; ", rest)
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the cut-off-areas reader does not read: {sorted(left)[:3]}")
    if ask.re is _AREA_ASK:
        assert whole is not None
        told_area = _value(split, whole.group(1))
        ratio, steps = _answer(k, first, second)
        value = sp.nsimplify(told_area * ratio)
        shown = f"{latex(told_area)} \\cdot {latex(ratio)} = {latex(value)}"
        return value, [*steps, step("scale the told area", "The whole triangle's area is told; "
                                    "the piece holds that part of it.", f"${shown}$", shown)]
    return _answer(k, first, second)


def _answer(k: sp.Basic, first: str, second: str) -> tuple[sp.Basic, list[Step]]:
    area = {"small": k**2, "trapezoid": 1 - k**2, "whole": sp.Integer(1)}
    value = sp.nsimplify(area[first] / area[second])
    _confirm(k, first, second, value)
    shown = f"k = {latex(k)},\\ \\frac{{{latex(area[first])}}}{{{latex(area[second])}}} = " \
            f"{latex(value)}"
    return value, [step("similar triangles", "The cut-off triangle is similar to the whole one "
                        "with ratio k of their sides, so it holds k^2 of the area and the "
                        "trapezoid the rest.", f"${shown}$", shown)]


def _named(split: Split, template: str) -> Result:
    """The trapezoid, its bases and the point where its legs meet told by their letters."""
    bases, meet, ask = (p.search(template) for p in (_NAMED_BASES, _NAMED_MEET, _NAMED_ASK))
    if not bases or not meet or not ask:
        raise Decline("the trapezoid's two bases by name and length")
    letters = [split.maths[int(g)].strip() for g in meet.groups()[2:] if g is not None]
    near, apex = set(letters[:2]), letters[2]
    if bases.group(1):
        names = [split.maths[int(bases.group(i))].strip() for i in (1, 2)]
        lengths = [_value(split, bases.group(i)) for i in (3, 4)]
    else:
        told = [split.maths[int(bases.group(i))].partition("=") for i in (5, 6)]
        names = [t[0].strip() for t in told]
        lengths = [_value_of(t[2]) for t in told]
    if not all(re.fullmatch(r"[A-Z]{2}", n) for n in names) or len(apex) != 1 or \
            near not in ({*names[0]}, {*names[1]}):
        raise Decline("the legs extended past the ends of one base")
    short = 0 if near == {*names[0]} else 1
    if not lengths[short] < lengths[1 - short]:
        raise Decline("the legs meet beyond the shorter base")
    quad = {*names[0], *names[1]}
    for g in meet.groups()[:2]:  # legs named: each a side of the trapezoid, not a base
        leg = re.sub(r"\\overline|[{}\s]", "", split.maths[int(g)]) if g is not None else None
        if leg is not None and (not re.fullmatch(r"[A-Z]{2}", leg) or not set(leg) <= quad or
                                set(leg) in ({*names[0]}, {*names[1]})):
            raise Decline("the legs are the trapezoid's sides that are not its bases")
    pieces = []
    for kind, slot in ((ask.group(1), ask.group(2)), (ask.group(3), ask.group(4))):
        name = set(split.maths[int(slot)].strip())
        if kind == "triangle" and name == {apex, *names[short]}:
            pieces.append("small")
        elif kind == "triangle" and name == {apex, *names[1 - short]}:
            pieces.append("whole")
        elif kind != "triangle" and name == quad and len(name) == 4:
            pieces.append("trapezoid")
        else:
            raise Decline("a piece that is not the small triangle, the trapezoid or the whole")
    rest = template
    for m in (bases, meet, ask):
        rest = rest.replace(m.group(0), " ; ")
    rest = re.sub(EXACT_FORM, " ; ", re.sub(r"\btrapezoid @\d+@", " ; ", rest, count=1))
    if words(rest) - _GLUE or re.search(r"@\d+@", rest) or pieces[0] == pieces[1] or \
            apex in quad:
        raise Decline("words or letters the cut-off-areas reader does not read")
    return _answer(lengths[short] / lengths[1 - short], pieces[0], pieces[1])


def _value_of(src: str) -> sp.Basic:
    v = number(src)
    if v is None or not v.is_positive or not v.is_rational:
        raise Decline("a positive number for each length")
    return v


def _ratio(split: Split, template: str) -> tuple[sp.Basic, list[re.Match[str]]]:
    sides, bases = list(_EQ_SIDE.finditer(template)), list(_BASES.finditer(template))
    told = [*_TOLD.finditer(template), *_TOLD_BASE.finditer(template)]
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
    if p.re is _TOLD_BASE and p.group(1) in _PARTS:
        k = _PARTS[p.group(1)]
    elif p.re is _TOLD_BASE:
        k = _value(split, p.group(2)) / (_value(split, p.group(3)) if p.group(3) else 1)
    else:
        k = _value(split, p.group(1)) / (_value(split, p.group(2)) if p.group(2) else 1)
    if not k < 1:
        raise Decline("a cut-off triangle smaller than the whole one")
    return k, told


def _value(split: Split, slot: str) -> sp.Basic:
    return _value_of(split.maths[int(slot)])


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
