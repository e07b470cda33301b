"""Typed reader: a named triangle told by its medians, midpoints and centroid, or a point on
a side placed by the lengths or the ratio of its two pieces (Stewart's situation), with some
sides, a right angle or two perpendicular medians; a length, the area or the perimeter asked.

"Medians $\\overline{PM}$ and $\\overline{QN}$ of $\\triangle PQR$ are perpendicular, $PM = 6$
and $QN = 9$: find $PQ$", "In triangle $XYZ$, $XY = 7$, $XZ = 9$ and the median from $X$
has length 5. What is $YZ$?", "$G$ is the centroid of triangle $ABC$ ... $GA = 4$".

The triangle is modelled, not the sentence: every named point is a fixed blend of the
vertices (`triangle_points`), so each fact (a length, a right angle, two perpendicular
segments) is one linear equation in the squared sides a^2, b^2, c^2. The three must be
fixed by the facts, positive and make a real triangle; otherwise it declines.

Confirmed independently: the triangle is placed with coordinates from the sides found, every
named point measured there at 40 digits; each fact must hold on the coordinates and the
asked length (a distance) or area (the shoelace formula) must equal the answer."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry import segment_ratios, side_points
from tutor.reasoning.symbolic.geometry import squared_sides as ss
from tutor.reasoning.symbolic.geometry import triangle_areas as ta
from tutor.reasoning.symbolic.geometry.construction_facts import told_facts
from tutor.reasoning.symbolic.geometry.construction_reading import Reading, name_triangle
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit_in
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_P = r"@(\d+)@"
_TRI = r"(?:TRI|the triangle|it)"
_QUICK = re.compile(r"\b(?:medians?|centroid|midpoints?|on (?:sides? |segments? )?@\d+@|intersect|"
                    r"bisect)")
_GLUE = FILLER | COMMON | frozenset(
    "and each other respectively triangle where while point points segment segments lengths "
    "sides".split())
_MED = ss.HIDDEN
_TRIG_ANGLE = re.compile(r"\s*\\(cos|sin|tan|cot|sec|csc)\s*\\angle\s*([A-Z])\s*([A-Z])\s*"
                         r"([A-Z])\s*")


def read_median_relations(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template):
        return None
    one_unit_in(template)  # "BC = 8 cm ... what is BD in mm": unit words are glue here
    # a drawing beside a construction the text tells in full adds nothing read here: nothing
    # is measured on it, and a point the text does not place declines
    template = re.sub(r"\[asy\].*?\[/asy\]", " ", template, flags=re.S)
    split, template = fw.spelled_numbers(split, re.sub(r"\s+", " ", template))
    named = name_triangle(split, template)
    if named is None:
        return None
    name, text = named
    r = Reading(split, text, name)
    _declarations(r)
    asked = _question(r)
    bracket = re.fullmatch(r"\s*\[\s*([A-Z]{3,4})\s*\]\s*", r.piece(asked[1])) \
        if asked[0] == "seg" else None
    if bracket:  # "Find [ABM]": an area
        asked = ("area", bracket.group(1))
    two = re.fullmatch(r"\s*(?:([A-Z]{2})\s*[:/]\s*([A-Z]{2})|\\[dt]?frac\s*\{\s*([A-Z]{2})\s*\}"
                       r"\s*\{\s*([A-Z]{2})\s*\})\s*", r.piece(asked[1])) \
        if asked[0] == "seg" else None
    trig = _TRIG_ANGLE.fullmatch(r.piece(asked[1])) if asked[0] == "seg" else None
    if two:  # "Find AP:PD", "find \frac{AP}{PD}": a ratio of two segments
        g = [x for x in two.groups() if x]
        asked = ("segments", r.new(g[0])[1:-1], r.new(g[1])[1:-1])
    told_facts(r)
    _bisector_ratios(r)
    side_points.place(r.tri, r.on_side, r.lengths, r.ratios)
    side_points.place_crossings(r.tri, r.meets)
    rest = re.sub(r"TRI", " ", r.text)
    if "@" in rest or "#" in rest or words(rest) - _GLUE:
        return None
    if asked[0] == "segments":
        if r.areas.areas:
            raise Decline("areas told for a ratio of segments")
        ss.consistent(r.facts)
        return segment_ratios.solve(r.tri, r.seg(asked[1]), r.seg(asked[2]))
    if r.areas.areas or asked[0] == "ratio" or asked[0] == "area" and asked[1] != name:
        if not (r.lengths or r.equal or r.perpendicular) or asked[0] == "ratio":
            # a ratio of areas is the same in every triangle
            ss.consistent(r.facts)
            return ta.solve(r.areas, asked)
        if r.areas.areas:
            raise Decline("lengths and areas told together")
        return ss.solve(r.facts, "area", asked[1])
    if trig:  # "Find \cos \angle BAD"
        return ss.solve_angle(r.facts, trig.group(1), (trig.group(2), trig.group(3), trig.group(4)))
    target: tuple[str, str] | str = asked[0] if asked[0] != "seg" else r.seg(asked[1])
    try:
        return ss.solve(r.facts, target)
    except Decline:
        if isinstance(target, str):
            raise
        ss.consistent(r.facts)  # the triangle not fixed: a length on one line with a told one
        if (on_line := segment_ratios.scaled(r.tri, r.lengths, target)) is None:
            raise
        return on_line



def _declarations(r: Reading) -> None:
    tri = r.tri
    # "the median from (vertex) A", "the median to (side) BC": the hidden midpoint
    def hidden(m: re.Match[str]) -> str:
        v = r.letter(m.group(1)) if m.group(1) else ""
        if m.group(2):  # the side it is drawn to: the one opposite the vertex
            a, b = r.seg(m.group(2))
            opposite = "".join(set(tri.name) - {a, b})
            if len(opposite) != 1 or v and v != opposite:
                raise Decline("a median to the side opposite its vertex")
            v = opposite
        if v not in tri.name:
            raise Decline("a vertex of the triangle")
        tri.midpoint(_MED + v, "".join(u for u in tri.name if u != v))
        return r.new(_MED + v)
    r.sub(rf"(?:the )?(?:length of (?:the )?)?median (?:drawn )?(?:from (?:vertex )?{_P})?(?: ?to "
          rf"(?:side |segment )?{_P})?(?<! )", lambda m: hidden(m) if m.group(1) or m.group(2)
          else m.group(0))
    r.sub(rf"{_P} and {_P} are (?:the )?midpoints of (?:sides )?{_P} and {_P},? respectively",
          r.midpoints)
    r.sub(rf"(?:let )?(?:the )?(?:point )?{_P} (?:is|be) the midpoint of (?:side |segment )?{_P}"
          rf"(?: (?:in|of) {_TRI})?",
          lambda m: r.midpoint(m.group(1), m.group(2)))
    r.sub(rf"(?:the )?perpendicular medians {_P} and {_P}(?: of {_TRI})?",
          lambda m: r.crossing(m.group(1), m.group(2)))
    r.sub(rf"{_P} and {_P} are (?:the )?perpendicular medians(?: of {_TRI})?",
          lambda m: r.crossing(m.group(1), m.group(2)) and " ; ")
    r.sub(rf"(?:the )?medians {_P} and {_P}(?: of {_TRI})?",
          lambda m: f"{r.median(m.group(1))} and {r.median(m.group(2))}")
    r.sub(rf"{_P} and {_P} are (?:the )?medians(?: of {_TRI})?",
          lambda m: f"{r.median(m.group(1))} and {r.median(m.group(2))} are")
    r.sub(rf"{_P} is an? median(?: of {_TRI})?", lambda m: r.median(m.group(1)) and None)
    r.sub(rf"(?:the )?median {_P}(?: of {_TRI})?", lambda m: r.median(m.group(1)))
    # a point on a side, placed by the lengths or the ratio of its two pieces
    def on(i: str, j: str) -> str:
        point, side = r.letter(i), "".join(r.seg(j))
        if point in tri.name or point in side or point in r.on_side or len(set(side)) != 2:
            raise Decline("a new point on a segment")
        r.on_side[point] = side
        return ""
    then = r"(?:,? (?:with|so that|such that))?"
    r.sub(rf"(?:the )?(?:points )?{_P} and {_P} (?:lie |are )(?:points )?on (?:sides |segments )?"
          rf"{_P} and {_P}(?: of {_TRI})?,?(?: respectively)?{then}",
          lambda m: on(m.group(1), m.group(3)) or on(m.group(2), m.group(4)))
    r.sub(rf"(?:the )?(?:point )?{_P} (?:lies |lie |is )?(?:(?:a|the) point )?on "
          rf"(?:side |segment )?{_P}(?: of {_TRI})?{then}", lambda m: on(m.group(1), m.group(2)))
    # an angle bisector from a vertex to the opposite side
    def bisector(v: str, seg: str | None, point: str) -> str:
        vertex = _angle_vertex(r, v)
        side = "".join(u for u in tri.name if u != vertex)
        if seg is not None and set(r.seg(seg)) != set(side):
            raise Decline("a bisector that meets the opposite side")
        r.bisectors[point] = vertex
        if point in r.on_side:  # "D on BC" said before
            if set(r.on_side[point]) != set(side):
                raise Decline("a bisector that meets the opposite side")
            return ""
        return on(r.new(point)[1:-1], r.new(side)[1:-1])
    r.sub(rf"(?:the )?(?:angle )?bisector (?:of (?:angle )?|(?:drawn )?from (?:vertex )?){_P} "
          rf"(?:meets|intersects) (?:side |segment )?{_P} at (?:point )?{_P}",
          lambda m: bisector(m.group(1), m.group(2), r.letter(m.group(3))))

    def bisects(seg: str, v: str) -> str:
        a, b = r.seg(seg)
        if a not in tri.name or b in tri.name:
            raise Decline("a bisector from a vertex")
        if _angle_vertex(r, v) != a:
            raise Decline("a bisector of the angle at its own vertex")
        return bisector(v, None, b)
    r.sub(rf"{_P} bisects (?:angle )?{_P}", lambda m: bisects(m.group(1), m.group(2)))
    r.sub(rf"{_P} is (?:the|an) (?:angle )?bisector of (?:angle )?{_P}",
          lambda m: bisects(m.group(1), m.group(2)))
    # the centroid: where the medians meet
    r.sub(rf"(?:let )?(?:the )?(?:point )?{_P} (?:is|be) the centroid(?: of {_TRI})?",
          lambda m: tri.centroid(r.letter(m.group(1))))
    r.sub(rf"(?:the )?(?:three )?medians(?: of {_TRI})? (?:meet|intersect) at (?:the )?"
          rf"(?:point |centroid )?{_P}",
          lambda m: tri.centroid(r.letter(m.group(1))))


def _question(r: Reading) -> tuple[str, ...]:
    """("seg", piece), ("area", corners), ("perimeter",) or ("ratio", corners, corners)."""
    asks: list[tuple[str, ...]] = []
    poly = r"(TRI|#[A-Z]+#)"

    def corners(src: str) -> str:
        return r.tri.name if src == "TRI" else src.strip("#")
    r.sub(rf"(?:what is|find|compute|determine|how long is) (?:the length of )?(?:the )?"
          rf"(?:segment )?{_P}"
          r" ?\??", lambda m: asks.append(("seg", m.group(1))))
    r.sub(rf"(?:what is|find|compute|determine) the ratio (?:of )?{_P} (?:to|:) {_P} ?\??",
          lambda m: asks.append(("segments", m.group(1), m.group(2))))
    r.sub(rf"(?:what is|find|compute|determine) the ratio of the areas? of {poly} (?:to|and) "
          rf"(?:the area of )?{poly} ?\??",
          lambda m: asks.append(("ratio", corners(m.group(1)), corners(m.group(2)))))
    r.sub(rf"(?:what is|find|compute|determine) the area of {poly} ?\??",
          lambda m: asks.append(("area", corners(m.group(1)))))
    r.sub(r"(?:what is|find|compute|determine) the (area|perimeter)(?: of the triangle)? ?\??",
          lambda m: asks.append((m.group(1), r.tri.name)))
    if len(asks) != 1:
        raise Decline("one length or area asked")
    return asks[0]


def _angle_vertex(r: Reading, i: str) -> str:
    """The vertex of an angle piece: "A", "\\angle A", "\\angle BAC"."""
    m = re.fullmatch(r"\s*(?:\\(?:measured)?angle\s*)?\{?\s*([A-Z]{1,3})\s*\}?\s*", r.piece(i))
    letters = m.group(1) if m else ""
    if len(letters) == 3 and set(letters) == set(r.tri.name):
        return letters[1]
    if len(letters) == 1 and letters in r.tri.name:
        return letters
    raise Decline("an angle of the triangle")


def _bisector_ratios(r: Reading) -> None:
    """The bisector from V cuts the opposite side XY in the ratio VX : VY (both told)."""
    told = {frozenset(seg): v for seg, v in r.lengths}
    for point, v in r.bisectors.items():
        x, y = (u for u in r.tri.name if u != v)
        vx, vy = told.get(frozenset((v, x))), told.get(frozenset((v, y)))
        if vx is None or vy is None:
            raise Decline("the two sides at the bisected angle")
        r.ratios[((x, point), (point, y))] = vx / vy
        r.facts.bisected.append((v, point))


__all__ = ["read_median_relations"]
