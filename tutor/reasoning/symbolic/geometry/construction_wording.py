"""The wording of a construction on a named plane figure (`figure_constructions`), read into
a `placed_figures.Shape` and the measure asked. Each phrase read is blanked; a word or a
maths piece left over means the problem is not this reader's (None)."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry import placed_figures as pf
from tutor.reasoning.symbolic.geometry.construction_asks import question
from tutor.reasoning.symbolic.geometry.construction_state import State
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit_in
from tutor.reasoning.symbolic.geometry.reading import COMMON, EXACT_FORM, as_point, point_name
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.typed import FILLER, words

_P = r"@(\d+)@"
_B = r"(?<![a-z])"  # a phrase starts here: no letter just before
_KIND = r"(square|rectangle|trapezoid|parallelogram|triangle|quadrilateral|pentagon|hexagon|" \
        r"octagon|decagon|dodecagon)"
_ADJ = r"(right|equilateral|regular|isosceles|isosceles right|right isosceles)"
_FIGURE = re.compile(rf"{_B}(?:{_ADJ} )?{_KIND},? {_P}|{_P} (?:is|be) an? (?:{_ADJ} )?{_KIND}\b")
_GLUE = FILLER | COMMON | frozenset(
    "respectively each other point points segment segments side sides line lines with so "
    "where while we know also base bases lengths vertices at".split())
_SEG = r"(?:side |segment |line |base |diagonal )?"


def read(split: Split, template: str) -> tuple[pf.Shape, tuple] | None:
    if _FIGURE.search(template) is None and not any(
            re.match(r"\s*\\triangle\b", src) for src in split.maths):
        return None
    one_unit_in(template)  # "AB = 5 cm ... AC in meters": the unit words are dropped here
    template = re.sub(r"\[asy\].*?\[/asy\]", " ", template, flags=re.S)
    template = re.sub(EXACT_FORM, " ", template)
    split, template = fw.spelled_numbers(split, re.sub(r"\s+", " ", template))
    template = re.sub(rf"{_P} (?:square |cubic )?(?:units?|cm|centimeters|meters|m|inches|feet|"
                      r"ft|in)\b", r"@\1@", template)  # "8 units": the number's unit
    template = re.sub(r"^(?:in|from) the (?:diagram|figure),? ", "", template)
    # "triangle ABC is isosceles with AC = BC": an isosceles triangle ABC with ...
    template = re.sub(r"\btriangle (@\d+@) is (isosceles|equilateral)\b", r"\2 triangle \1",
                      template)
    # "what is angle LOQ when polygon LMNOPQ is a regular hexagon?": the figure told after
    template = re.sub(r"^(.*?) (?:when|if|given that) (?:polygon )?(@\d+@ is an? (?:regular )?"
                      + _KIND + r")\s*([?.]?)\s*$", r"\2. \1\4", template)
    unit = r"(?:square |cubic )?(?:units|centimeters|cm|inches|feet|meters|m)"
    template = re.sub(rf",? \(?in {unit}\)?,?", " ", template)  # "the area, in square units, of"
    template = re.sub(rf"\b(?:what is the number of|how many) {unit} (?:are )?in the (area|length) "
                      r"of", r"what is the \1 of", template)
    s = State(split, template)
    if not _figure(s):
        return None
    asked = question(s)
    if asked is None:
        return None
    _facts(s)
    _points(s)
    rest = s.text.replace("FIG", " ")
    if "@" in rest or words(rest) - _GLUE:
        return None
    shape = s.shape()
    if s.scale_free and asked[0] not in ("angle", "ratio"):
        raise Decline("a triangle of no told size: only its angles and ratios")
    return shape, asked


def _figure(s: State) -> bool:
    def named(m: re.Match[str]) -> str:
        if s.kind:
            return m.group(0) if s.polygon(m.group(3) or m.group(4)) != s.name else " FIG "
        s.kind = m.group(2) or m.group(6)
        s.adjective = m.group(1) or m.group(5) or ""
        s.name = s.polygon(m.group(3) or m.group(4))
        if s.name is None or len(s.name) != pf.CORNERS.get(s.kind, 4):
            raise Decline("a figure named by its vertices")
        return " FIG "
    # "In $\triangle ABC$, ...": a triangle named by its sign, when that comes first
    sign = next((m for m in re.finditer(_P, s.text)
                 if re.match(r"\s*\\triangle\b", s.piece(m.group(1)))), None)
    word = _FIGURE.search(s.text)
    if sign is not None and (word is None or sign.start() < word.start()):
        s.name = s.polygon(sign.group(1))
        if s.name is None or len(s.name) != 3:
            return False
        s.kind = "triangle"
    s.text = _FIGURE.sub(named, s.text)
    regular = s.kind in pf.REGULAR
    if not s.kind or s.adjective == "regular" and not regular or s.adjective and not regular and \
            s.kind != "triangle":
        return False
    s.text = re.sub(rf"{_B}(?:the|this) {s.kind}\b|{_B}(?:let|in|for|consider) FIG\b", " FIG ",
                    s.text)
    s.text = re.sub(_P, lambda m: " FIG " if s.polygon(m.group(1)) == s.name else m.group(0),
                    s.text)  # the figure named again by its letters alone
    s.text = re.sub(r"\s+", " ", s.text)
    return True


def _facts(s: State) -> None:
    s.sub(_P, lambda m: s.at(m.group(1)) if point_name(s.piece(m.group(1))) and as_point(
        s.piece(m.group(1))) else m.group(0))  # "A(0, 0)": a point at its coordinates
    s.sub(rf"{_B}(?:the measure of )?angle {_P} (?:is|measures|=) (?:{_P}|(\d+))(?: degrees)?",
          lambda m: s.told_angle(m.group(1), m.group(2), m.group(3)))
    s.sub(rf"{_B}FIG (?:has|with) (?:an? )?(?:side length|side|sides of length|sides) (?:of )?{_P}"
          rf"|{_B}with (?:side length|side|sides of length) {_P}",
          lambda m: s.told_side(m.group(1) or m.group(2)))
    s.sub(rf"{_B}(?:the )?(?:side length|side) of FIG is {_P}", lambda m: s.told_side(m.group(1)))
    s.sub(rf"{_B}(?:the )?area of FIG is {_P}|{_B}FIG has (?:an )?area (?:of )?{_P}|"
          rf"{_B}with (?:an )?area (?:of )?{_P}",
          lambda m: s.told_area(m.group(1) or m.group(2) or m.group(3)))
    s.sub(rf"{_B}(?:its|the) area is {_P}|{_B}and (?:an )?area (?:of )?{_P}",
          lambda m: s.told_area(m.group(1) or m.group(2)))
    s.sub(rf"{_B}(?:the )?(?:height|altitude) (?:of FIG )?(?:is|of|=) {_P}|{_B}FIG has (?:a |an )?"
          rf"(?:height|altitude) (?:of )?{_P}|{_B}with (?:a |an )?(?:height|altitude) (?:of )?{_P}",
          lambda m: s.told_height(m.group(1) or m.group(2) or m.group(3)))
    s.sub(rf"{_B}(?:the )?(?:parallel sides|bases) {_P} and {_P} (?:have lengths|have lengths "
          rf"of|of lengths|measure|are) {_P} and {_P}(?:,? respectively)?",
          lambda m: s.parallel_lengths(*m.groups()))
    s.sub(rf"{_B}(?:the )?(?:parallel sides|bases) {_P} and {_P}",
          lambda m: s.parallel(m.group(1), m.group(2)))
    s.sub(rf"{_B}{_P} (?:is )?parallel to {_P}", lambda m: s.parallel(m.group(1), m.group(2)))
    s.sub(rf"{_B}(?:the length of )?{_SEG}{_P} (?:has length|has a length of|is|measures|=) {_P}",
          lambda m: s.told_length(m.group(1), m.group(2)))
    s.sub(rf"{_B}{_P} and {_P} (?:have|of|with|measure) (?:lengths )?{_P} and {_P},? respectively",
          lambda m: s.each(s.told_length, m, (1, 3), (2, 4)))
    s.sub(rf"{_B}(?:with )?(?:a )?right angle at (?:vertex )?{_P}|{_B}(?:is )?right-angled at "
          rf"{_P}", lambda m: s.right(m.group(1) or m.group(2)))
    s.sub(rf"{_B}(?:has |with )?(?:a )?base {_P}(?: and (?:a )?base {_P})?",
          lambda m: s.bases(m.group(1), m.group(2)))
    s.sub(rf"(?:\b{_SEG})?{_P}", lambda m: s.written(m.group(1)) if "=" in s.piece(m.group(1))
          or "parallel" in s.piece(m.group(1)) or "|" in s.piece(m.group(1)) else m.group(0))


def _points(s: State) -> None:
    then = r"(?:,? (?:with|so that|such that|where))?"
    s.sub(rf"{_B}{_P},? {_P},? and {_P} are (?:the )?midpoints of (?:sides |segments )?"
          rf"{_P},? {_P},? and {_P}(?:,? respectively)?",
          lambda m: s.each(s.midpoint, m, (1, 4), (2, 5), (3, 6)))
    s.sub(rf"{_B}(?:points )?{_P} and {_P} are (?:the )?midpoints of (?:sides |segments )?{_P} and "
          rf"{_P}(?:,? respectively)?",
          lambda m: s.each(s.midpoint, m, (1, 3), (2, 4)))
    s.sub(rf"{_B}(?:let )?(?:the )?(?:point )?{_P} (?:is|be) the midpoint of {_SEG}{_P}",
          lambda m: s.midpoint(m.group(1), m.group(2)))
    s.sub(rf"{_B}(?:points )?{_P} and {_P} (?:lie|are) (?:points )?on (?:sides |segments )?{_P} "
          rf"and {_P}(?:,? respectively)?{then}",
          lambda m: s.each(s.on, m, (1, 3), (2, 4)))
    s.sub(rf"{_B}(?:the )?(?:point )?{_P} (?:lies |is )?(?:(?:a|the) point )?on (?:side |segment )?"
          rf"{_P}{then}",
          lambda m: s.on(m.group(1), m.group(2)))
    s.sub(rf"{_B}(?:let )?{_P} (?:is|be) the foot of the (?:altitude|perpendicular) (?:drawn )?"
          rf"from {_P} to {_SEG}{_P}", lambda m: s.foot(m.group(1), m.group(2), m.group(3)))
    s.sub(rf"{_B}(?:the )?(?:altitude|perpendicular) from {_P}(?: to {_SEG}{_P})? (?:meets|"
          rf"intersects) {_SEG}{_P} at (?:point )?{_P}",
          lambda m: s.foot(m.group(4), m.group(1), m.group(3), m.group(2)))
    s.sub(rf"{_B}(?:let )?{_P} (?:is|be) the foot of the (?:altitude|perpendicular) (?:drawn )?"
          rf"from {_P}", lambda m: s.foot(m.group(1), m.group(2), None))
    s.sub(rf"{_B}{_P} is (?:the|an) altitude(?: of FIG)?(?: (?:to|onto) {_SEG}{_P})?",
          lambda m: s.altitude(m.group(1), m.group(2)))
    s.sub(rf"{_B}(?:the )?(?:angle )?bisector (?:of (?:angle )?|(?:drawn )?from (?:vertex )?)"
          rf"{_P} (?:meets|intersects) {_SEG}{_P} at (?:point )?{_P}",
          lambda m: s.bisector(m.group(3), m.group(1), m.group(2)))
    s.sub(rf"{_B}an? (?:circle|semicircle) (?:with|on) (?:the )?diameter {_P} (?:meets|"
          rf"intersects) {_SEG}{_P} (?:again )?at (?:point )?{_P}",
          lambda m: s.diameter_circle(m.group(1), m.group(2), m.group(3)))
    diagonals = r"(?:the )?diagonals(?: of FIG)?"
    s.sub(rf"{_B}{diagonals} (?:{_P} and {_P} )?(?:meet|intersect|cross) at (?:point )?{_P}",
          lambda m: s.meet(m.group(3), m.group(1), m.group(2)))
    s.sub(rf"{_B}(?:lines |segments )?{_P} and {_P} (?:meet|intersect|cross) at (?:point )?{_P}",
          lambda m: s.meet(m.group(3), m.group(1), m.group(2)))
    s.sub(rf"{_B}{_P} (?:meets|intersects|crosses) {_P} at (?:point )?{_P}",
          lambda m: s.meet(m.group(3), m.group(1), m.group(2)))
    s.sub(rf"{_B}(?:let )?{_P} (?:be|is) the (?:point of )?intersection (?:point )?of "
          rf"(?:{diagonals}|(?:lines |segments )?{_P} and {_P})",
          lambda m: s.meet(m.group(1), m.group(2), m.group(3)))
    s.sub(rf"{_B}(?:the )?medians {_P},? {_P},? and {_P}(?: of FIG)? (?:meet|intersect) at "
          rf"(?:the )?(?:point |centroid )?{_P}",
          lambda m: s.medians([m.group(k) for k in (1, 2, 3)], m.group(4)))
    s.sub(rf"{_B}(?:let )?the (?:projections|feet of the perpendiculars) (?:of|from) {_P} "
          rf"(?:onto|to|on) {_P},? {_P},? and {_P} be {_P},? {_P},? and {_P},? respectively",
          lambda m: s.feet(m.group(1), [m.group(k) for k in (2, 3, 4)],
                           [m.group(k) for k in (5, 6, 7)]))
    s.sub(rf"{_B}(?:let )?{_P} (?:is|be) the projection of {_P} (?:onto|on) {_SEG}{_P}",
          lambda m: s.foot(m.group(1), m.group(2), m.group(3)))
    s.sub(rf"{_B}(?:the )?altitude {_P} (?:meets|intersects) (?:the )?median {_P} at "
          rf"(?:point )?{_P}",
          lambda m: s.cevians_meet(m.group(1), m.group(2), m.group(3)))
    s.sub(rf"{_B}(?:let )?(?:the )?(?:point )?{_P} (?:is|be) the centroid(?: of FIG)?|{_B}(?:the )?"
          rf"(?:three )?medians(?: of FIG)? (?:meet|intersect) at (?:the )?(?:point |centroid )?"
          rf"{_P}", lambda m: s.centroid(m.group(1) or m.group(2)))
    s.sub(rf"{_B}(?:let )?(?:the )?(?:point )?{_P} (?:is|be) the cent(?:er|re)(?: of FIG)?|"
          rf"{_B}FIG has cent(?:er|re) {_P}",
          lambda m: s.meet(m.group(1) or m.group(2), None, None))
    s.place_on_sides()


__all__ = ["read"]
