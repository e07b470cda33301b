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

from tutor.reasoning.symbolic.diagrams.figure import Figure, require
from tutor.reasoning.symbolic.diagrams.labels import Reading
from tutor.reasoning.symbolic.model import latex

_FIGURE_WORDS = re.compile(
    r",?\s*\b(?:(?:as )?(?:shown|pictured|drawn)(?: (?:below|above|here|in the "
    r"(?:diagram|figure)))?|(?:in|from) the (?:following |adjoining )?(?:diagram|figure)"
    r"(?: (?:below|above|shown))?|below|above)\b", re.I)
# a remark about the drawing, true of any restating in words
_NOT_TO_SCALE = re.compile(r"\(?(?:(?:the|this) (?:figure|diagram|triangle|drawing) is )?not "
                           r"(?:drawn )?to scale[.)]*", re.I)
# "Find cos C in the right triangle shown below": the figure's triangle, named in the restating
_THE_TRIANGLE = re.compile(r",?\s*\bin (?:the|this) (right )?triangle\b(?!\s*\$)", re.I)


def _sides(figure: Figure, reading: Reading) -> str:
    """The triangle's name, when the figure is one triangle with three named corners."""
    require(len(reading.points) == 3, "a figure that is more than one named triangle")
    name = "".join(sorted(reading.points))
    corners = [reading.points[v] for v in name]
    drawn = figure.segments()
    require(len(drawn) == 3, "a figure with more lines than one triangle")
    for i in range(3):
        a, b = corners[i], corners[(i + 1) % 3]
        require(any((a.same(c) and b.same(d)) or (a.same(d) and b.same(c)) for c, d in drawn),
                "a triangle whose sides are not all drawn")
    require(not figure.fills and not figure.unread_marks, "marks in the figure I cannot read")
    return name


def triangle_problem(figure: Figure, reading: Reading, words_outside: str) -> str:
    """The problem restated with the figure's givens in words, or Decline."""
    name = _sides(figure, reading)
    facts: list[str] = []
    for a, b, c in figure.right_marks:
        vertex = reading.name_of(b)
        require(vertex is not None and reading.name_of(a) is not None
                and reading.name_of(c) is not None, "a right-angle mark not at a corner")
        facts.append(f"$\\angle {vertex} = 90^\\circ$")
    require(len(facts) <= 1, "two right angles in one triangle")
    for (a, b), value in reading.lengths:
        ends = (reading.name_of(a), reading.name_of(b))
        require(None not in ends, "a labelled segment that is not a side")
        facts.append(f"${ends[0]}{ends[1]} = {latex(value)}$")
    require(bool(facts), "a figure that states nothing")
    require(not reading.others, "a figure label I cannot read")
    question = _FIGURE_WORDS.sub("", _NOT_TO_SCALE.sub("", words_outside))
    the = _THE_TRIANGLE.search(question)
    kind = "right triangle" if the and the.group(1) else "triangle"
    question = _THE_TRIANGLE.sub("", question)
    question = re.sub(r"\s+([.,?])", r"\1", re.sub(r"\s+", " ", question)).strip()
    joined = facts[0] if len(facts) == 1 else ", ".join(facts[:-1]) + " and " + facts[-1]
    return f"In {kind} ${name}$, {joined}. {question}"


__all__ = ["triangle_problem"]
