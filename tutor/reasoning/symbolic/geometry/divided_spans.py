"""Typed reader: points on one line, or rays about one vertex, told by their order, by
equal parts and by relations between the lengths (angles) they cut.

"Points P and Q trisect segment AB and AB = 27: what is AQ?", "M is the midpoint of XY and
N is the midpoint of MY; if XN = 12, find XY", "Rays BP and BQ trisect angle ABC, which
measures 81 degrees: the measure of angle PBQ?", "A, B, C, D lie on a line in that order with
AB = BC = CD and AD = 18: AC?", "C is on segment AB with AC = 2CB", "B is between A and C".

Facts read: a span cut into n equal parts by n - 1 named points or rays (bisect, trisect,
"divide ... into four equal parts", "is the midpoint of", "is the bisector of"), taken in
the order named from the end named first (as "P and Q trisect AB" means A, P, Q, B); an
order ("in that order", "between", "on segment"); relations between measures written as
maths (`AB = BC = CD`, `AC = 2CB`, `\\angle ABD = 35^\\circ`) or in words ("angle ABC
measures 81 degrees"). Every word must be read ("diagram", "shown", "triangle" and any other
word decline), all angles must share one vertex. `line_positions` solves and confirms."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry.line_positions import Line, Pair, solve
from tutor.reasoning.symbolic.geometry.span_tokens import Told, tokens
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PARTS = {"bisect": 2, "trisect": 3, "quadrisect": 4, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SEG = r"seg_([A-Z]{2})"
_ANG = r"ang_([A-Z]{3})"
_PT = r"(?:pt|seg)_[A-Z]+"
_PTS = rf"({_PT}(?:(?:,| ,)? (?:and )?{_PT})*)"
# after "is bisected by": the fewest names that end the clause ("by EG, and EH bisects ...")
_PTS_LAST = (rf"({_PT}(?:(?:,| ,)? (?:and )?{_PT})*?)(?= ?(?:[.;?,]|$| if\b| and "
             rf"(?!(?:pt|seg)_)))")
_WHOLE = rf"(?:{_SEG}|{_ANG})"
_CUT = r"(bisects?|trisects?|quadrisects?)"
_N = r"(two|three|four|five|six|seven|eight|nine|ten|num_\d+)"
_OF = r"(?:the )?(?:segment |line segment |angle )?"
_ORDER = r"in (?:that|this|the given) order"
_FACTS = [
    (rf"{_OF}{_WHOLE} is (bisected|trisected|quadrisected) (?:by|at) (?:the )?(?:points? |rays? "
     rf"|segments? )?{_PTS_LAST}", "passive"),
    (rf"(?:the )?(?:points? |rays? |segments? )?{_PTS} {_CUT} {_OF}{_WHOLE}", "cut"),
    (rf"(?:the )?(?:points? |rays? |segments? )?{_PTS} (?:divides?|cuts?|splits?) {_OF}{_WHOLE} "
     rf"into {_N} (?:equal|congruent) (?:parts|pieces|segments|angles|lengths)", "into"),
    (rf"(?:the )?(?:point )?pt_([A-Z]) is the midpoint of {_OF}{_SEG}", "midpoint"),
    (rf"(?:the )?midpoint of {_OF}{_SEG} is (?:the )?(?:point )?pt_([A-Z])|{_OF}{_SEG} has "
     rf"(?:a |the )?midpoint (?:point )?pt_([A-Z])", "midpoint_of"),
    (rf"{_OF}{_WHOLE} is (?:divided|cut|split) into {_N} (?:equal|congruent) (?:parts|pieces|"
     rf"segments|angles) by (?:the )?(?:points? |rays? )?{_PTS_LAST}", "passive_into"),
    (rf"(?:the )?(?:ray |segment )?{_SEG} is the (?:angle )?bisector of {_OF}{_ANG}", "bisector"),
    (rf"(?:the )?points? {_PTS},? (?:lie|are|are placed) on a (?:straight )?line,? {_ORDER}|"
     rf"(?:the )?points? {_PTS},? (?:lie|are) {_ORDER} on a (?:straight )?line|"
     rf"(?:the )?(?:points )?{_PTS},? are collinear,? {_ORDER}", "order"),
    # on one line, order untold: read, and the order must come from another fact
    (rf"(?:the )?(?:points )?{_PTS},? (?:are|lie) (?:collinear|on (?:a|one) (?:straight )?line)",
     "collinear"),
    (r"(?:the )?(?:point )?pt_([A-Z]) (?:is |lies )?between (?:the )?(?:points )?pt_([A-Z]) and "
     r"pt_([A-Z])", "between"),
    (rf"(?:the )?(?:point )?pt_([A-Z]) (?:is a point |is |lies )on (?:the )?(?:segment |line "
     rf"segment )?{_SEG}", "on"),
    (r"rel_(\d+)", "relation"),
    (rf"(?:the )?(?:length of )?{_OF}{_SEG} (?:is|measures|has length|equals) (num_\d+)",
     "value"),
    (rf"(?:the )?(?:degree )?(?:measure of )?{_OF}{_ANG},? (?:which )?(?:is|measures|has measure|"
     rf"equals) (num_\d+)", "value"),
]
_ASK = (r"(?:what is|find|compute|determine|how long is|what is the number of degrees in|how "
        r"many degrees are in) (?:the )?(?:length of |degree measure of |measure of |size of )?"
        rf"{_OF}(?:{_SEG}|{_ANG})")
_RATIO = (rf"(?:what is|find|compute|determine) the ratio of (?:the )?(?:length of |measure of )?"
          rf"{_OF}(?:{_SEG}|{_ANG}) to (?:the )?(?:length of |measure of )?{_OF}(?:{_SEG}|{_ANG})"
          r"|(?:what is|find|compute|determine) rat_([A-Z]+)_([A-Z]+)")
_UNKNOWN = r"(?:what is|find|compute|determine|solve for) (?:the value of )?var_([a-z])"
_GLUE = frozenset("a an the and of in is if then let given that so such what find suppose "
                  "points point rays ray segment segments angle angles also with where while "
                  "which units unit cm centimeters meters inches feet degrees collinear".split())
_TAILS = (r",? (?:in degrees|in units|in centimeters|in inches)\b|,? expressed as a common "
          r"fraction|\.? ?express your answer as a (?:common fraction|fraction in simplest form)"
          r"\.?")


class _Reading:
    """What the facts told: names as written (two letters, or three for an angle)."""

    def __init__(self, nums: list[sp.Basic], rels: list[list[Told]]):
        self.nums, self.rels = nums, rels
        self.line: Line | None = None
        self.chains: list[list[str]] = []
        self.parts: list[list[str]] = []
        self.relations: list[tuple[list[tuple[sp.Basic, str | None]], ...]] = []


def read_divided_spans(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:bisect|trisect|quadrisect|midpoint|equal|congruent|divide|between|"
                     r"order\b|on\b)", template):
        return None
    nums: list[sp.Basic] = []
    rels: list[list[Told]] = []
    text = tokens(split, template, nums, rels)
    if text is None or not re.search(r"\b(?:pt|seg|ang)_", text):
        return None
    text = re.sub(r"\s+", " ", re.sub(_TAILS, " ", text))
    asks = [(m, "one") for m in re.finditer(_ASK, text)] + \
        [(m, "ratio") for m in re.finditer(_RATIO, text)] + \
        [(m, "unknown") for m in re.finditer(_UNKNOWN, text)]
    if len(asks) != 1:
        return None
    ask, how = asks[0]
    text = text[:ask.start()] + " ; " + text[ask.end():]
    reading = _Reading(nums, rels)
    kept: list[str] = []
    for pattern, kind in _FACTS:
        for m in list(re.finditer(pattern, text)):
            # a cut keeps its whole's name for a value told after it ("..., which measures 81")
            whole = re.findall(r"(?:seg|ang)_[A-Z]+$", m.group(0)) if kind == "cut" else []
            text = text.replace(m.group(0), " ; " + " ".join(whole), 1)
            kept += whole
            _fact(reading, kind, m)
    for name in kept:  # each kept name not read by a value is the cut's own
        text = re.sub(rf"\b{name}\b", " ", text, count=1)
    if re.search(r"(?:pt|seg|ang|num|rat|rel|var)_", text) or \
            set(re.findall(r"[a-z]+", text)) - _GLUE:
        return None
    if not reading.chains:
        return None
    names = [g for g in ask.groups() if g]
    if how == "unknown":
        return solve(_line(reading, []), [], False, unknown=names[0])
    line = _line(reading, names)
    return solve(line, [_pair(line, n) for n in names], how == "ratio")


def _line(reading: _Reading, asked: list[str]) -> Line:
    """The facts as a `Line`: all segments, or all angles at one vertex."""
    told = [n for r in reading.relations for side in r for _, n in side if n] + asked
    ends = [c[0] for c in reading.chains if "|" in c[0]]
    angles = bool(ends) or any(len(n) == 3 for n in told)
    line = Line(angles=angles)
    if angles:
        vertices = {n[1] for n in told if len(n) == 3} | {e[2] for e in ends}
        if len(vertices) != 1:
            raise Decline("angles at more than one vertex")
        line.vertex = vertices.pop()
    line.chains = [[_letter(line, x) for x in chain] for chain in reading.chains]
    line.equal_parts = [[_letter(line, x) for x in chain] for chain in reading.parts]
    line.relations = [tuple([(c, _pair(line, n) if n else None) for c, n in side]  # type: ignore[misc]
                            for side in r) for r in reading.relations]
    return line


def _letter(line: Line, name: str) -> str:
    """A chain's member as one letter: a point, the far end of a ray (BP at vertex B is P),
    or an angle's end (A or C of ABC, written A|C by the reader)."""
    if line.angles:
        if len(name) == 1 and name != line.vertex:
            return name
        if len(name) == 2 and name.count(line.vertex) == 1:
            return name.replace(line.vertex, "")
        if len(name) == 3 and name[1] == "|" and name[2] == line.vertex:  # an angle's end
            return name[0]
        if len(name) == 3 and name[1] == line.vertex:
            raise Decline("an angle where a ray was expected")
        raise Decline("a ray from the angle's vertex")
    if len(name) != 1:
        raise Decline("a point on the segment")
    return name


def _pair(line: Line, name: str) -> Pair:
    if line.angles:
        if len(name) != 3 or name[1] != line.vertex:
            raise Decline("an angle at the vertex")
        return name[0], name[2]
    if len(name) != 2:
        raise Decline("a segment")
    return name[0], name[1]


def _ends(seg: str | None, ang: str | None) -> tuple[str, str]:
    """The two ends of a span: A and B of segment AB; for angle ABC, "A|B" and "C|B" (each end
    keeps the vertex so that `_line` can check it)."""
    if ang is not None:
        return f"{ang[0]}|{ang[1]}", f"{ang[2]}|{ang[1]}"
    assert seg is not None
    return seg[0], seg[1]


def _fact(reading: _Reading, kind: str, m: re.Match[str]) -> None:
    if kind in ("cut", "passive", "into", "passive_into"):
        # groups: cut (points 1, word 2, whole 3|4); passive (whole 1|2, word 3, points 4);
        # into (points 1, whole 2|3, count 4); passive_into (whole 1|2, count 3, points 4)
        at = {"cut": (1, 2, 3, 4), "passive": (4, 3, 1, 2), "into": (1, 4, 2, 3),
              "passive_into": (4, 3, 1, 2)}[kind]
        pts, word, seg, ang = (m.group(i) for i in at)
        names = re.findall(r"(?:pt|seg)_([A-Z]+)", pts)
        word = word.removesuffix("s").removesuffix("ed")
        count = _PARTS.get(word) if not word.startswith("num_") else \
            reading.nums[int(word[4:])]
        whole = isinstance(count, int) or count is not None and bool(count.is_integer)
        if count is None or not whole or not 2 <= count <= 20:
            raise Decline("a whole number of equal parts")
        if len(names) != int(count) - 1:
            raise Decline(f"{len(names)} points cannot cut into {count} equal parts")
        a, b = _ends(seg, ang)
        _cut(reading, [a, *names, b])
    elif kind in ("midpoint", "midpoint_of"):
        point, line = (m.group(1), m.group(2)) if kind == "midpoint" else \
            (m.group(2) or m.group(4), m.group(1) or m.group(3))
        _cut(reading, [line[0], point, line[1]])
    elif kind == "bisector":
        a, b = _ends(None, m.group(2))
        _cut(reading, [a, m.group(1), b])
    elif kind == "order":
        reading.chains.append(re.findall(r"(?:pt|seg)_([A-Z]+)", next(g for g in m.groups()
                                                                    if g)))
    elif kind == "collinear":
        pass
    elif kind == "between":
        reading.chains.append([m.group(2), m.group(1), m.group(3)])
    elif kind == "on":
        reading.chains.append([m.group(2)[0], m.group(1), m.group(2)[1]])
    elif kind == "relation":
        sides = reading.rels[int(m.group(1))]
        reading.relations += [(a, b) for a, b in zip(sides, sides[1:], strict=False)]
    elif kind == "value":
        reading.relations.append(([(sp.Integer(1), m.group(1))],
                                  [(reading.nums[int(m.group(2)[4:])], None)]))


def _cut(reading: _Reading, chain: list[str]) -> None:
    reading.chains.append(chain)
    reading.parts.append(chain)


__all__ = ["read_divided_spans"]
