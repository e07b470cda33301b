"""A triangle drawn in a figure, its labels taken as the givens: "Suppose $\\cos Q = 0.4$ in
the diagram below. What is $QR$?" with a right-angle mark at P and "12" on PQ becomes "In
triangle $PQR$, $\\angle P = 90^\\circ$ and $PQ = 12$. Suppose $\\cos Q = 0.4$. What is
$QR$?", which the engine's triangle solver answers (and confirms) as usual.

Coordinates are never measured here: only what the figure states (a right-angle mark, a
number on a side) is used, so a figure not drawn to scale is read correctly. The figure
must be exactly one triangle whose three corners are named; a label is used only when it
sits on (or clearly nearest) one side. A given left unread can only make the solver
decline (the facts no longer fix the triangle), never change its answer.

The triangle may carry one segment from a corner to a named point of the opposite side
("Find $AX$ if $CX$ bisects $\angle ACB$", with $X$ on $AB$): the words must say what that
segment is (a bisector, median, altitude, or its end a midpoint), or a right-angle mark at
its end does. A number on the side it cuts labels the whole side or one of its two pieces,
whichever's middle the label clearly sits at; an angle label is not read (the corner the
segment splits has two angles)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic.diagrams.angle_sums import angle_value, corner_of, is_name
from tutor.reasoning.symbolic.diagrams.figure import Figure, Label, Pair, Path, require
from tutor.reasoning.symbolic.diagrams.labels import Reading, Segment, segment_at
from tutor.reasoning.symbolic.model import latex

_FIGURE_WORDS = re.compile(
    r",?\s*\b(?:(?:as )?(?:shown|pictured|drawn)(?: (?:below|above|here|in the "
    r"(?:diagram|figure)))?|(?:in|from) the (?:following |adjoining )?(?:diagram|figure)"
    r"(?: (?:below|above|shown))?|below|above)\b", re.I)
_CAPITAL = re.compile(r"\$[^$]*[A-Z][^$]*\$")
_DEGREES = re.compile(r"\\circ")
# a remark about the drawing, true of any restating in words
_NOT_TO_SCALE = re.compile(r"\(?(?:(?:the|this) (?:figure|diagram|triangle|drawing) is )?not "
                           r"(?:drawn )?to scale[.)]*", re.I)
# "Find cos C in the right triangle shown below": the figure's triangle, named in the restating
_THE_TRIANGLE = re.compile(r",?\s*\bin (?:the|this) (right )?triangle\b(?!\s*\$)", re.I)
# the words that say what a segment drawn from a corner to the opposite side is
_CEVIAN_WORDS = re.compile(r"\b(?:bisects?|bisector|median|midpoint|altitude)\b", re.I)


@dataclass(frozen=True)
class _Cevian:
    vertex: str  # the corner it is drawn from
    foot: str  # its end, inside the opposite side
    ends: str  # that side's two corners


def _parameter(p: Pair, a: Pair, b: Pair) -> sp.Expr:
    """Where p projects on the line ab: 0 at a, 1 at b."""
    d = b - a
    return ((p.x - a.x) * d.x + (p.y - a.y) * d.y) / (d.x**2 + d.y**2)


def _inside_side(p: Pair, a: Pair, b: Pair) -> bool:
    cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
    t = sp.N(_parameter(p, a, b), 40)
    return abs(sp.N(cross, 40)) < 1e-25 and 1e-6 < t < 1 - 1e-6


def _with_cevian(figure: Figure, reading: Reading) -> tuple[dict[str, Pair], _Cevian]:
    """Four named points: a triangle's corners and one point inside a side, joined to the
    opposite corner; nothing else drawn."""
    pts = reading.points
    found = [(x, a, b) for x in pts for a, b in combinations(sorted(set(pts) - {x}), 2)
             if _inside_side(pts[x], pts[a], pts[b])]
    require(len(found) == 1, "a fourth point that is not inside one side of the triangle")
    x, a, b = found[0]
    v = (set(pts) - {x, a, b}).pop()
    require(all(isinstance(item, Path) and not item.curved for item in figure.drawn),
            "a figure with more than a triangle and one segment")
    drawn = set()
    for p, q in figure.segments():
        names = reading.name_of(p), reading.name_of(q)
        require(None not in names, "a segment ending at a point that is not named")
        drawn.add(frozenset(names))
    sides = {frozenset(s) for s in ((a, b), (a, x), (x, b), (a, v), (b, v), (v, x))}
    require(drawn <= sides, "a figure with more than a triangle and one segment")
    require({frozenset((a, v)), frozenset((b, v)), frozenset((v, x))} <= drawn and (
        frozenset((a, b)) in drawn or {frozenset((a, x)), frozenset((x, b))} <= drawn),
        "a triangle whose sides are not all drawn")
    require(not figure.fills and not figure.unread_marks, "marks in the figure I cannot read")
    return {n: pts[n] for n in (a, b, v)}, _Cevian(v, x, a + b)


def _piece(points: dict[str, Pair], cevian: _Cevian, at: Pair) -> str:
    """A number set on the side the segment cuts: the whole side or the piece whose middle
    it clearly sits at."""
    a, b = (points[n] for n in cevian.ends)
    t = float(_parameter(at, a, b))
    tx = float(_parameter(points[cevian.foot], a, b))
    e, f, x = cevian.ends[0], cevian.ends[1], cevian.foot
    ranked = sorted((abs(t - m), n) for m, n in ((0.5, e + f), (tx / 2, e + x),
                                                  ((1 + tx) / 2, x + f)))
    require(ranked[0][0] <= 0.1 and ranked[0][0] < 0.5 * ranked[1][0],
            "a number on a side cut by a point: which piece it labels is not clear")
    return ranked[0][1]


def _segment_name(points: dict[str, Pair], cevian: _Cevian | None, seg: Segment,
                  label: Label) -> str:
    names = [n for p in seg for n, q in points.items() if q.same(p)]
    require(len(names) == 2, "a label away from the triangle's named points")
    if cevian is not None and isinstance(label.at, Pair) and set(names) <= set(
            cevian.ends + cevian.foot):
        return _piece(points, cevian, label.at)
    return names[0] + names[1]


def _corners(figure: Figure, reading: Reading, words_outside: str) -> dict[str, Pair]:
    """The triangle's corners by name, when the figure is one triangle: its three named
    points, or A, B, C when no corner is named and the words name no point."""
    drawn = figure.segments()
    require(len(drawn) == 3, "a figure with more lines than one triangle")
    if reading.points:
        require(len(reading.points) == 3, "a figure that is more than one named triangle")
        named = dict(reading.points)
    else:
        require(_CAPITAL.search(words_outside) is None, "points named only in the words")
        ends: list[Pair] = []
        for a, b in drawn:
            ends += [p for p in (a, b) if not any(p.same(q) for q in ends)]
        require(len(ends) == 3, "a figure that is not one triangle")
        named = dict(zip("ABC", sorted(ends, key=lambda p: p.numeric()), strict=True))
    corners = list(named.values())
    for i in range(3):
        a, b = corners[i], corners[(i + 1) % 3]
        require(any((a.same(c) and b.same(d)) or (a.same(d) and b.same(c)) for c, d in drawn),
                "a triangle whose sides are not all drawn")
    require(not figure.fills and not figure.unread_marks, "marks in the figure I cannot read")
    return named


def _name_of(named: dict[str, Pair], p: Pair) -> str:
    found = [n for n, q in named.items() if q.same(p)]
    require(len(found) == 1, "a mark or label away from the triangle's corners")
    return found[0]


def _angle_facts(figure: Figure, named: dict[str, Pair]) -> list[str]:
    """Degree labels inside the triangle, each clearly at one corner."""
    order = sorted(named)
    corners = [named[v] for v in order]
    facts = []
    for label in figure.labels:
        if is_name(label.text) or not _DEGREES.search(label.text):
            continue
        value = angle_value(label.text)
        require(not value.free_symbols, "an angle labelled with a letter")
        facts.append(f"$\\angle {order[corner_of(label, corners)]} = {latex(value)}^\\circ$")
    return facts


def _asked_side(figure: Figure, reading: Reading, points: dict[str, Pair],
                cevian: _Cevian | None, words_outside: str) -> tuple[str, str] | None:
    """A side labelled with a letter ("$x$") and the question asking for that letter: the
    side's name and the question restated ("Find $BC$.")."""
    if not reading.others:
        return None
    require(len(reading.others) == 1, "a figure label I cannot read")
    letter = re.fullmatch(r"\s*\$?\s*([a-z])\s*\$?\s*", reading.others[0])
    require(letter is not None, "a figure label I cannot read")
    assert letter is not None
    label = next(lab for lab in figure.labels if lab.text == reading.others[0])
    seg = segment_at(figure, label.at) if isinstance(label.at, Pair) else label.at.nodes[:2]
    side = _segment_name(points, cevian, (seg[0], seg[1]), label)
    ask = re.search(rf"(?:what is|find|determine|compute) (?:the value of )?\$\s*{letter.group(1)}"
                    r"\s*\$(?: (?:in|from) the (?:diagram|figure)(?: (?:below|above|shown))?)?"
                    r"\s*[.?]\s*$", words_outside, re.I)
    require(ask is not None, "a letter in the figure that is not what is asked")
    assert ask is not None
    return side, words_outside[:ask.start()] + f"Find ${side}$."


def _names_cevian(cevian: _Cevian, words: str) -> bool:
    """The words say what the segment is: "$CX$ bisects ...", "$CX$ is a median", "$X$ is
    the midpoint of $\\overline{AB}$" (the solver then puts its end on the opposite side)."""
    named = {re.sub(r"\\[a-z]+|[^A-Z]", "", m) for m in re.findall(r"\$([^$]*)\$", words)}
    v, x = cevian.vertex, cevian.foot
    return bool(_CEVIAN_WORDS.search(words)) and bool(
        named & {v + x, x + v} or ("midpoint" in words and named & {
            cevian.ends, cevian.ends[::-1]}))


def _right_angle(points: dict[str, Pair], cevian: _Cevian | None, a: Pair, b: Pair,
                 c: Pair) -> str:
    """A right-angle mark: at a corner (between its two sides), or where the segment meets
    the opposite side (the segment is then an altitude)."""
    vertex, arm1, arm2 = (_name_of(points, p) for p in (b, a, c))
    if cevian is None:
        return f"$\\angle {vertex} = 90^\\circ$"
    if vertex == cevian.foot:
        require(cevian.vertex in (arm1, arm2), "a right angle at the foot of the segment")
        return f"${cevian.vertex}{cevian.foot}$ is an altitude"
    require(vertex != cevian.vertex or cevian.foot not in (arm1, arm2),
            "a right angle between a side and the segment")
    # an arm through the point on the side is the arm along that side
    arms = {arm.replace(cevian.foot, cevian.ends.replace(vertex, "")) for arm in (arm1, arm2)}
    require(arms == set(cevian.ends + cevian.vertex) - {vertex}, "a right angle off the sides")
    return f"$\\angle {vertex} = 90^\\circ$"


def triangle_problem(figure: Figure, reading: Reading, words_outside: str) -> str:
    """The problem restated with the figure's givens in words, or Decline."""
    cevian: _Cevian | None = None
    if len(reading.points) == 4:
        named, cevian = _with_cevian(figure, reading)
        points = dict(reading.points)
    else:
        named = _corners(figure, reading, words_outside)
        points = named
    name = "".join(sorted(named))
    facts: list[str] = []
    marks = [_right_angle(points, cevian, a, b, c) for a, b, c in figure.right_marks]
    require(len(marks) <= 1, "two right angles in one triangle")
    facts += marks
    if cevian is not None and not any("altitude" in f for f in marks):
        require(_names_cevian(cevian, words_outside), "a segment the words do not name")
    for ((a, b), value), label in zip(reading.lengths, reading.length_labels, strict=True):
        facts.append(f"${_segment_name(points, cevian, (a, b), label)} = {latex(value)}$")
    if cevian is None:
        facts += _angle_facts(figure, named)
    else:
        require(not reading.degrees and not any(_DEGREES.search(lab.text)
                                                for lab in figure.labels),
                "an angle label in a triangle cut by a segment")
    require(bool(facts), "a figure that states nothing")
    asked = _asked_side(figure, reading, points, cevian, words_outside)
    if asked is not None:
        words_outside = asked[1]
    question = _FIGURE_WORDS.sub("", _NOT_TO_SCALE.sub("", words_outside))
    the = _THE_TRIANGLE.search(question)
    kind = "right triangle" if the and the.group(1) else "triangle"
    question = _THE_TRIANGLE.sub("", question)
    question = re.sub(r"\s+([.,?])", r"\1", re.sub(r"\s+", " ", question)).strip()
    joined = facts[0] if len(facts) == 1 else ", ".join(facts[:-1]) + " and " + facts[-1]
    return f"In {kind} ${name}$, {joined}. {question}"


__all__ = ["triangle_problem"]
