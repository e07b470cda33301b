"""Typed reader: the figure made by joining the midpoints of the sides of a triangle or a
quadrilateral.

"The midpoints of the sides of a triangle with area 36 are joined to form a smaller triangle.
What is its area?", "... a triangle with area $T$ ... a triangle with area $M$. What is the
ratio of $M$ to $T$?", "The midpoints of the sides of a square with side length 10 are
connected to form a smaller square. What is the area of the smaller square?". The midpoint
triangle has a quarter of the triangle's area and half its perimeter (each side is half the
side it is parallel to); the midpoints of any quadrilateral's sides make a parallelogram with
half its area. Confirmed with coordinates: the figure drawn (a scalene triangle, or the
square, rectangle or a scalene convex quadrilateral) and the midpoint figure's area (and
perimeter) measured by the shoelace formula and distances, as a fraction of the original."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SHAPE = r"(triangle|square|rectangle|parallelogram|rhombus|quadrilateral|kite|trapezoid)"
_JOINED = re.compile(r"\bthe midpoints of (?:the |its )?(?:three |four )?sides of (?:a|an|the) "
                     + _SHAPE + r"\b(?P<told>[^.]*?) (?:are|is) (?:joined|connected|"
                     r"joined together|connected together)(?: in order)?(?: to form (?:a|an) "
                     r"(?:new |smaller )?(?:triangle|square|rectangle|parallelogram|rhombus|"
                     r"quadrilateral|figure)(?P<made>[^.]*))?")
_MEASURE = re.compile(r"^\s*(?:with|of|having|that has|whose) (?:an? )?(area|perimeter|side "
                      r"length|side) (?:of |is )?@(\d+)@\s*$")
_GLUE = FILLER | frozenset("area perimeter ratio to smaller new triangle square rectangle "
                           "parallelogram rhombus quadrilateral kite trapezoid figure of the "
                           "its express your answer as common fraction units unit square "
                           "formed".split())
_DRAWN = {"triangle": [(0, 0), (7, 0), (2, 5)], "square": [(0, 0), (1, 0), (1, 1), (0, 1)],
          "quadrilateral": [(0, 0), (9, 1), (7, 6), (1, 4)]}


def read_midpoint_figure(split: Split, template: str) -> Result | None:
    if "midpoints" not in template:
        return None
    m = _JOINED.search(template)
    if m is None:
        return None
    shape = m.group(1)
    kind = "triangle" if shape == "triangle" else "quadrilateral"
    told = _told(split, m.group("told"))
    made = _told(split, m.group("made") or "")
    rest = template.replace(m.group(0), " ")
    area_part, perimeter_part = (sp.Rational(1, 4), sp.Rational(1, 2)) if kind == "triangle" \
        else (sp.Rational(1, 2), None)
    _confirm(shape, area_part, perimeter_part)
    ratio = re.search(r"\bratio of @(\d+)@ to @(\d+)@", rest)
    if ratio:
        pair = [split.maths[int(ratio.group(k))].strip() for k in (1, 2)]
        names = {told.get("area"): "old", made.get("area"): "new"}
        if None in names or set(pair) != {n for n in names if n} or len(set(pair)) != 2:
            raise Decline("the ratio of the two figures' areas, each named")
        value = area_part if names[pair[0]] == "new" else 1 / area_part
        rest = rest.replace(ratio.group(0), " ")
    else:
        q = re.search(r"\b(?:what is|find) the (area|perimeter) of (?:the |this )?(?:smaller |new )"
                      r"?(?:triangle|square|rectangle|parallelogram|rhombus|quadrilateral|figure)"
                      r"\b", rest)
        if q is None or made:
            return None
        rest = rest.replace(q.group(0), " ")
        value = _asked(q.group(1), shape, told, area_part, perimeter_part)
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the midpoint reader does not read: {sorted(left)[:3]}")
    part = area_part if kind == "triangle" else sp.Rational(1, 2)
    return value, [step("join the midpoints", "Each side of the midpoint "
                        f"{'triangle' if kind == 'triangle' else 'parallelogram'} is half the "
                        "side (or diagonal) it is parallel to, so it has "
                        f"{latex(part)} of the area.", f"${latex(value)}$", latex(value))]


def _told(split: Split, text: str) -> dict[str, sp.Basic | str]:
    """"with area 36" -> {"area": 36}; "with area $T$" -> {"area": "T"}."""
    text = text.strip().rstrip(",")
    if not text:
        return {}
    m = _MEASURE.match(text)
    if m is None:
        raise Decline("what is told about the figure is not read")
    src = split.maths[int(m.group(2))].strip()
    v = number(src)
    what = "side" if m.group(1).startswith("side") else m.group(1)
    if v is not None:
        if not v.is_positive:
            raise Decline("a positive measure")
        return {what: v}
    if re.fullmatch(r"[A-Za-z]", src):
        return {what: src}
    raise Decline("a measure as a number or a letter")


def _asked(what: str, shape: str, told: dict, area_part: sp.Basic,
           perimeter_part: sp.Basic | None) -> sp.Basic:
    given = {k: v for k, v in told.items() if isinstance(v, sp.Basic)}
    if what == "perimeter":
        if perimeter_part is None or "perimeter" not in given:
            raise Decline("the midpoint triangle's perimeter from the triangle's perimeter")
        return perimeter_part * given["perimeter"]
    if "area" in given:
        return area_part * given["area"]
    if "side" in given and shape == "square":
        return area_part * given["side"] ** 2
    raise Decline("the area of the figure, or the side of a square")


def _confirm(shape: str, area_part: sp.Basic, perimeter_part: sp.Basic | None) -> None:
    pts = _DRAWN.get(shape, _DRAWN["quadrilateral"]) if shape != "rectangle" else \
        [(0, 0), (5, 0), (5, 2), (0, 2)]
    pts = [(sp.Integer(x), sp.Integer(y)) for x, y in pts]
    n = len(pts)
    mids = [((pts[i][0] + pts[(i + 1) % n][0]) / 2, (pts[i][1] + pts[(i + 1) % n][1]) / 2)
            for i in range(n)]
    ok = shoelace_area(mids) / shoelace_area(pts) == area_part
    if perimeter_part is not None:
        def per(q: list) -> sp.Basic:
            return sum(sp.sqrt((q[i][0] - q[(i + 1) % len(q)][0]) ** 2 +
                               (q[i][1] - q[(i + 1) % len(q)][1]) ** 2) for i in range(len(q)))
        ok = ok and sp.simplify(per(mids) / per(pts) - perimeter_part) == 0
    confirm.check(bool(ok), "drawn with coordinates, the midpoint figure's share measured")


__all__ = ["read_midpoint_figure"]
