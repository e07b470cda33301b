"""Typed reader: the vertex of a parabola given by its equation - the point, one coordinate,
or the sum of its coordinates.

"What is the $y$-coordinate of the vertex of the parabola $y = x^2 - 6x + 2$?", "Find the
vertex of the graph of $f(x) = 2x^2 + 4x - 1$", "What are the coordinates of the vertex of
$y = -x^2 + 4x$?", "The graph of $x = y^2 - 4y + 1$ is a parabola. What is the sum of the
coordinates of its vertex?". A parabola $y = ax^2 + bx + c$ has its vertex at
$x = -b/(2a)$; one written $x = ay^2 + by + c$ opens sideways, so its coordinates swap.
Confirmed by the vertex form matching the quadratic and by samples on both sides of the
vertex never beating it (`vertex_questions.confirm_vertex`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.algebra.vertex_questions import confirm_vertex, quadratic
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

VOCAB = frozenset(
    "vertex coordinate coordinates parabola graph equation described defined given by with "
    "whose sum its point located where at lies lie when graphed is has which plotted "
    "drawn".split())
_ASKS = [
    ("one", re.compile(r"(?:the )?@(?P<c>\d+)@ ?-coordinate of (?:the |its )?vertex")),
    ("sum", re.compile(r"(?:the )?sum of (?:the )?coordinates of (?:the |its )?vertex")),
    ("point", re.compile(r"(?:the )?coordinates of (?:the |its )?vertex|(?:find|what is|"
                         r"determine|give) the vertex\b|where is (?:the |its )?vertex")),
]
_DEFINED = re.compile(r"^\s*(?:(?P<letter>[xy])|[a-zA-Z]\s*\(\s*(?P<arg>[a-z])\s*\))\s*=(?!.*=)")


def read_vertex_point(split: Split, template: str) -> Result | None:
    if re.search(r"\bnumber of\b", template):
        return None  # a count ("the number of ..."), not the value itself
    template = template.replace("turning point", "vertex")
    w = words(template)
    if "vertex" not in w or w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    found = [(kind, m) for kind, p in _ASKS for m in p.finditer(template)]
    said = list(re.finditer(r"\bvertex\b", template))
    if not found and len(said) == 1 and w & {"find", "what", "where", "which", "determine",
                                             "give"}:
        # "Given the parabola P, find its vertex", "P has its vertex at which point?"
        found = [("point", said[0])]
    if len(found) != 1 and not (len(found) == 2 and found[0][0] == "sum"):
        return None
    kind, m = found[0]
    if kind == "point" and "sum" in w:
        # "What is the vertex ...? Give the sum of its coordinates."
        if not re.search(r"\bsum of (?:its|the|the vertex's) coordinates\b", template):
            return None
        kind = "sum"
    asked = {int(m.group("c"))} if kind == "one" else set()
    pieces = [int(i) for i in re.findall(r"@(\d+)@", template) if int(i) not in asked]
    if len(pieces) != 1:
        return None
    src = split.maths[pieces[0]]
    d = _DEFINED.match(src)
    if d is None:
        return None
    e, v, h, k = quadratic(src.split("=", 1)[1])
    sideways = d.group("letter") == "x"
    if d.group("letter") and str(v) != ("y" if sideways else "x") or \
            d.group("arg") and str(v) != d.group("arg"):
        raise Decline("the parabola's letters")
    a = sp.Poly(e, v).LC()
    confirm_vertex(e, v, h, k, "min" if a > 0 else "max")
    point = (k, h) if sideways else (h, k)
    claim = f"{shown(e, {v: h})} = {latex(k)}"
    steps = [step("find the vertex", f"The vertex is at ${latex(v)} = -\\frac{{b}}{{2a}} = "
                  f"{latex(h)}$; put it into the quadratic.", f"${claim}$, so the vertex is "
                  f"$({latex(point[0])}, {latex(point[1])})$.", claim)]
    if kind == "point":
        return f"\\left({latex(point[0])}, {latex(point[1])}\\right)", steps
    if kind == "sum":
        total = point[0] + point[1]
        claim = f"{latex(point[0])} + {latex(point[1])} = {latex(total)}"
        return total, steps + [step("add the coordinates", "Add them.", f"${claim}$", claim)]
    axis = parse_latex(split.maths[int(m.group("c"))])
    if str(axis) not in ("x", "y"):
        raise Decline("an x- or y-coordinate")
    return point[0] if str(axis) == "x" else point[1], steps


__all__ = ["read_vertex_point"]
