"""A triangle drawn in a figure, its labels taken as the givens: "Suppose $\\cos Q = 0.4$ in
the diagram below. What is $QR$?" with a right-angle mark at P and "12" on PQ becomes "In
triangle $PQR$, $\\angle P = 90^\\circ$ and $PQ = 12$. Suppose $\\cos Q = 0.4$. What is
$QR$?", which the engine's triangle solver answers (and confirms) as usual.

Coordinates are never measured here: only what the figure states (a right-angle mark, a
number on a side) is used, so a figure not drawn to scale is read correctly. The figure
must be exactly one triangle whose three corners are named; a label is used only when it
sits on (or clearly nearest) one side. A given left unread can only make the solver
decline (the facts no longer fix the triangle), never change its answer."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.diagrams.angle_sums import angle_value, corner_of, is_name
from tutor.reasoning.symbolic.diagrams.figure import Figure, Pair, require
from tutor.reasoning.symbolic.diagrams.labels import Reading, segment_at
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


def _asked_side(figure: Figure, reading: Reading, named: dict[str, Pair],
                words_outside: str) -> tuple[str, str] | None:
    """A side labelled with a letter ("$x$") and the question asking for that letter: the
    side's name and the question restated ("Find $BC$.")."""
    if not reading.others:
        return None
    require(len(reading.others) == 1, "a figure label I cannot read")
    letter = re.fullmatch(r"\s*\$?\s*([a-z])\s*\$?\s*", reading.others[0])
    require(letter is not None, "a figure label I cannot read")
    assert letter is not None
    label = next(lab for lab in figure.labels if lab.text == reading.others[0])
    a, b = segment_at(figure, label.at) if isinstance(label.at, Pair) else label.at.nodes[:2]
    side = _name_of(named, a) + _name_of(named, b)
    ask = re.search(rf"(?:what is|find|determine|compute) (?:the value of )?\$\s*{letter.group(1)}"
                    r"\s*\$(?: (?:in|from) the (?:diagram|figure)(?: (?:below|above|shown))?)?"
                    r"\s*[.?]\s*$", words_outside, re.I)
    require(ask is not None, "a letter in the figure that is not what is asked")
    assert ask is not None
    return side, words_outside[:ask.start()] + f"Find ${side}$."


def triangle_problem(figure: Figure, reading: Reading, words_outside: str) -> str:
    """The problem restated with the figure's givens in words, or Decline."""
    named = _corners(figure, reading, words_outside)
    name = "".join(sorted(named))
    facts: list[str] = []
    for a, b, c in figure.right_marks:
        vertex = _name_of(named, b)
        _name_of(named, a), _name_of(named, c)
        facts.append(f"$\\angle {vertex} = 90^\\circ$")
    require(len(facts) <= 1, "two right angles in one triangle")
    for (a, b), value in reading.lengths:
        facts.append(f"${_name_of(named, a)}{_name_of(named, b)} = {latex(value)}$")
    facts += _angle_facts(figure, named)
    require(bool(facts), "a figure that states nothing")
    asked = _asked_side(figure, reading, named, words_outside)
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
