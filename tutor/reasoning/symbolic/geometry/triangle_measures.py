"""Typed reader: one triangle known by its sides, and a length inside it asked: an altitude,
a median, an angle bisector, the radius of its inscribed or circumscribed circle (or that
circle's area, circumference or diameter).

The triangle is told in words ("a triangle with sides 13, 14 and 15", "the legs of a right
triangle are 5 and 12", "an isosceles triangle with two sides of 5 and a base of 6", "an
equilateral triangle of side 6") or by name ("In triangle $PQR$, $PQ = 13$, $QR = 14$ and
$RP = 15$", with a right angle and two sides). The asked length is named by its vertex or
side ("the altitude from $P$", "the median to $\\overline{QR}$", "the distance from $C$ to
the midpoint of $AB$"), by a side told in words ("the altitude to the hypotenuse", "to the
base", "to the side of length 14"), or by size ("the shortest altitude", "the sum of the
two longest altitudes"). Every other word must be one of the reading's; anything else
leaves the problem unread. The lengths come from `triangle_lengths`: a formula in the sides,
confirmed by measuring the placed triangle with coordinates."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry import triangle_lengths as tl
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.triangle_cevians import asked_cevian, cevian_points
from tutor.reasoning.symbolic.geometry.triangle_facts import NAME
from tutor.reasoning.symbolic.geometry.triangle_facts import facts as facts_of
from tutor.reasoning.symbolic.geometry.triangle_sides_told import named_sides, told_sides
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER

_QUICK = re.compile(r"\b(?:altitudes?|heights?|medians?|bisectors?|inscribed|circumscribed|"
                    r"incircle|circumcircle|inradius|circumradius|midpoint|vertices|bisects)\b")
_P = r"@(\d+)@"
_SEG = rf"(?:(?:the )?(?:side|segment) )?{_P}"
_LEN = r"(?:(?:the )?lengths? of )?"
_CIRCLE_IN = (r"(?:(?:the|its) (?:inscribed circle|incircle)|the circle inscribed in (?:it|the "
              r"triangle|a triangle))|(?:the|its) inradius")
_CIRCLE_OUT = (r"(?:(?:the|its) (?:circumscribed circle|circumcircle)|the circle (?:that )?"
               r"(?:is )?circumscribed (?:about|around) (?:it|the triangle|a triangle)|"
               r"the circle (?:that )?pass(?:es|ing) through (?:all |each of )?(?:its |the )?"
               r"(?:three |@\d+@ )?vertices(?: of the triangle)?)|(?:the|its) circumradius")
_ALT = r"(?:altitude|height)"
# (pattern, measure, how its vertex is told): "piece" a vertex, "side" a side's name,
# "word" the hypotenuse or base, "value" a side's length, "size" shortest/longest
_ASKS: list[tuple[str, str, str]] = [
    (rf"{_LEN}(?:the|its) (?P<size>shortest|longest) (?P<what>altitude|height|median|"
     r"bisector|angle bisector)", "", "size"),
    (rf"(?:the )?sum of {_LEN}(?:the |its )?(?:(?P<two>two|@\d+@) (?P<size>shortest|longest) |"
     r"(?:three )?)(?P<what>altitudes|heights|medians)", "", "sum"),
    (rf"{_LEN}the (?P<what>altitude|height|median) (?:drawn )?to the (?P<word>hypotenuse|base|"
     r"longest side|shortest side)",
     "", "word"),
    (rf"{_LEN}the (?P<what>altitude|height|median) (?:drawn )?to the (?:side|one) (?:of length |"
     rf"that is |that measures |measuring |whose length is ){_P}", "", "value"),
    (rf"{_LEN}the (?P<what>altitude|height|median|angle bisector|bisector) (?:drawn )?from "
     rf"(?:vertex )?{_P}(?: to {_SEG})?", "", "piece"),
    (rf"{_LEN}the (?P<what>altitude|height|median) (?:drawn )?to {_SEG}", "", "side"),
    (rf"the (?:length of the )?bisector of (?:angle )?{_P}", "bisector", "piece"),
    (rf"the distance from (?:vertex |point )?{_P} to the midpoint of {_SEG}", "median", "pair"),
    (rf"how far is (?:vertex |point )?{_P} from the midpoint of {_SEG}", "median", "pair"),
    (rf"the (?P<circ>radius|diameter|area|circumference) of {_CIRCLE_IN}", "inradius", "whole"),
    (rf"the (?P<circ>radius|diameter|area|circumference) of {_CIRCLE_OUT}", "circumradius",
     "whole"),
    (rf"(?:find|what is|compute|how long is|determine) (?:the length of )?(?:segment )?{_P}"
     r"(?= ?[.?]? ?$)", "", "segment"),
]
_ALIAS = {"height": "altitude", "heights": "altitude", "altitudes": "altitude",
          "medians": "median", "angle bisector": "bisector"}
GLUE = FILLER | frozenset(
    "how long many units triangle far lengths length with whose from".split())


_SAID = [(r"(?:a|the) circle (?:that )?(?:passes|passing|is drawn|drawn) through (?:all |each of )?"
          r"(?:the )?(?:three |@\d+@ )?vertices of ", "circumcircle"),
         (r"(?:a|the) circle is circumscribed (?:about|around) ", "circumcircle"),
         (r"(?:a|the) circle is inscribed in ", "incircle"),
         # "A right triangle with legs 6 and 8 is inscribed in a circle": said of the triangle
         (r",? (?:is|has been) inscribed in (?:a|the) circle(?=[.,])", "circumcircle"),
         (r",? (?:is|has been) circumscribed (?:about|around) (?:a|the) circle(?=[.,])",
          "incircle")]


def _circle_said(text: str) -> str:
    """"A circle passes through the vertices of a triangle ... the area of the circle": the
    circle is the triangle's circumcircle (or incircle), and the sentence tells the triangle."""
    said = [(m, which) for pattern, which in _SAID for m in re.finditer(pattern, text)]
    if len(said) != 1:
        return text
    m, which = said[0]
    text = text[:m.start()] + text[m.end():]
    return re.sub(r"\b(radius|diameter|area|circumference) of (?:the|this) circle\b",
                  rf"\1 of its {which}", text)


def _asked(split: Split, text: str) -> tuple[re.Match[str], str, str]:
    found = [(m, what, how) for pattern, what, how in _ASKS for m in re.finditer(pattern, text)]
    if len(found) != 1:
        raise Decline("one length in the triangle asked")
    return found[0]


def read_triangle_measure(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template) or "triangle" not in template + " ".join(split.maths):
        return None
    split, text = fw.spelled_numbers(split, template)
    text = _circle_said(re.sub(r"\s+", " ", text).strip())
    names = [n for i in _pieces(text) if (n := NAME.fullmatch(split.maths[i]))]
    points: dict[str, tuple[str, str]] = {}
    if names:
        name = "".join(names[0].groups())
        points, text = cevian_points(split, text, name)
    try:
        m, what, how = _asked(split, text)
    except Decline:
        return None
    rest = (text[:m.start()] + " ; " + text[m.end():])
    if not names and how in ("piece", "side", "pair", "segment"):
        return None
    if names:
        sides, words_left = named_sides(split, rest, facts_of)
        words_left -= {"point", "on", "drawn"}
        if how == "segment":
            if words_left - GLUE:
                return None
            kind = asked_cevian(points, split.maths[int(m.group(1))])
            if not tl.makes_triangle(sides):  # (3, 4, 8 has a "median" of sqrt(130)/2)
                raise Decline("the sides do not make a triangle")
            return _solve(split, m, kind[0], how, sides, [kind])
    else:
        sides, words_left = told_sides(split, rest)
    if words_left - GLUE:
        return None
    if not tl.makes_triangle(sides):
        raise Decline("the sides do not make a triangle")
    return _solve(split, m, what, how, sides)


def _pieces(text: str) -> list[int]:
    return [int(i) for i in re.findall(_P, text)]


def _vertex_of(split: Split, m: re.Match[str], how: str, sides: dict[str, sp.Basic]) -> str:
    """The vertex the asked length is drawn from."""
    names = list(sides)
    if how == "word":
        longest = max(sides.values())
        if m.group("word").endswith(" side"):  # equal sides tied: their lengths are equal
            pick = max if m.group("word") == "longest side" else min
            return pick(names, key=lambda v: float(sides[v]))
        if m.group("word") == "hypotenuse":
            a, b, c = sorted(sides.values())
            if sp.simplify(a**2 + b**2 - c**2) != 0:
                raise Decline("the hypotenuse of a triangle that is not right")
            return next(v for v in names if sides[v] == longest)
        odd = [v for v in names if sum(sides[u] == sides[v] for u in names) == 1]
        if len(odd) != 1:
            raise Decline("the base of a triangle that is not isosceles")
        return odd[0]
    if how == "value":
        value = number(split.maths[int(m.groups()[-1])])
        matches = [v for v in names if value is not None and sides[v] == value]
        if len({sides[v] for v in matches}) != 1:
            raise Decline("the side of that length")
        return matches[0]
    pieces = [split.maths[int(g)] for g in m.groups()[-2:] if g and g.isdigit()]
    letters = [re.sub(r"\\overline|[{}\s]", "", p) for p in pieces]
    if how == "side" or (how == "pair" and len(letters) == 2):
        seg = letters[-1]
        if len(seg) != 2 or not set(seg) < set(names):
            raise Decline("a side of the triangle")
        v = (set(names) - set(seg)).pop()
        if how == "pair" and letters[0] != v:
            raise Decline("the midpoint of the side opposite the vertex")
        return v
    v = letters[0].replace("\\angle", "")
    if len(v) == 3:
        v = v[1]
    if v not in names or (len(letters) == 2 and set(letters[1]) != set(names) - {v}):
        raise Decline("a vertex of the triangle and the side opposite it")
    return v


def _kinds(split: Split, m: re.Match[str], what: str, how: str, sides: tl.Sides
           ) -> list[tl.Kind]:
    """The lengths whose value (or sum) is asked."""
    if how == "whole":
        return [(what, None)]
    what = what or _ALIAS.get(m.group("what"), m.group("what"))
    if how in ("size", "sum"):
        every: list[tl.Kind] = sorted(((what, v) for v in sides),
                                      key=lambda k: float(tl.exact(k, sides)))
        if how == "sum":
            if not m.group("two"):
                return every
            if m.group("two") != "two" and number(split.maths[int(m.group("two")[1:-1])]) != 2:
                raise Decline("the two shortest or longest")
            return every[:2] if m.group("size") == "shortest" else every[1:]
        return [every[0] if m.group("size") == "shortest" else every[-1]]
    return [(what, _vertex_of(split, m, how, sides))]


def _solve(split: Split, m: re.Match[str], what: str, how: str, sides: tl.Sides,
           kinds: list[tl.Kind] | None = None) -> Result:
    kinds = kinds or _kinds(split, m, what, how, sides)
    parts = [tl.exact(k, sides) for k in kinds]
    for k, v in zip(kinds, parts, strict=True):
        if not v.is_positive:
            raise Decline("a positive length")
        confirm.check(tl.agrees(k, sides, v), "the same length measured with coordinates on "
                      "the placed triangle")
    value = sp.radsimp(sp.Add(*parts))
    circ = m.groupdict().get("circ") if how == "whole" else None
    if circ and circ != "radius":
        value = {"diameter": 2 * value, "area": sp.pi * value**2,
                 "circumference": 2 * sp.pi * value}[circ]
        value = sp.radsimp(sp.expand(value))
    shown = ", ".join(latex(s) for s in sides.values())
    steps = [step("the three sides", "Read the triangle's sides from the problem (the third "
                  "by the Pythagorean theorem when two sides and a right angle are told).",
                  f"The sides are ${shown}$.", shown)]
    for k, v in zip(kinds, parts, strict=True):
        claim = f"{tl.shown(k, sides)} = {latex(v)}"
        steps.append(step(f"the {k[0]}", f"Use ${tl.FORMULA[k[0]]}$.", f"${claim}$", claim))
    if len(parts) > 1:
        claim = " + ".join(latex(v) for v in parts) + f" = {latex(value)}"
        steps.append(step("add them", "Add the lengths asked for.", f"${claim}$", claim))
    if circ and circ != "radius":
        r = latex(parts[0])
        claim = {"diameter": f"2 \\cdot {r}", "area": f"\\pi \\left({r}\\right)^2",
                 "circumference": f"2 \\pi \\cdot {r}"}[circ] + f" = {latex(value)}"
        steps.append(step(f"the circle's {circ}", "Use the radius just found.", f"${claim}$",
                          claim))
    return value, steps


__all__ = ["read_triangle_measure"]
