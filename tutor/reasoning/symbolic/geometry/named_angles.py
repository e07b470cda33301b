"""Typed reader: the angle at a vertex between named points.

"Let $A = (1,0,0),$ $B = (0,0,0)$ and $C = (1,1,0).$ Compute $\\angle ABC,$ in degrees",
"The points $P = (2,0,1)$, $Q = (1,0,1)$ and $R = (1,1,1)$ are given. Find the measure of
angle $PQR$ in degrees": every piece is a named point or the angle, named by three of them
(`\\angle PQR`, or `PQR` after the word "angle"). Solved from the dot product of the vectors
from the vertex (`graphs.angle_at`), confirmed by the law of cosines on the three side
lengths, evaluated numerically.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import graphs
from tutor.reasoning.symbolic.geometry.coordinates import point
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "let compute find what is the measure of angle in degrees degree and points point are "
    "given determine calculate evaluate be where with size".split())
_POINT = re.compile(r"^\s*([A-Z])\s*=\s*(\(.+\))\s*$")
_ANGLE = re.compile(r"^\s*\\angle\s*\{?\s*([A-Z]{3})\s*\}?\s*$")


def read_named_angle(split: Split, template: str) -> Result | None:
    if "degree" not in template or not words_within(template, VOCAB):
        return None
    points: dict[str, str] = {}
    angle = None
    for k, src in enumerate(split.maths):
        if (d := _POINT.match(src)) is not None:
            points[d.group(1)] = d.group(2)
        elif angle is None and ((a := _ANGLE.match(src)) is not None or (
                re.fullmatch(r"\s*[A-Z]{3}\s*", src) and f"angle @{k}@" in template)):
            angle = a.group(1) if a is not None else src.strip()
        else:
            return None
    if angle is None or len(points) < 3:
        return None
    answer, steps = graphs.angle_at(points, angle)
    a, b, c = (sp.Matrix(point(points[k])) for k in angle)
    ab, cb, ac = ((p - q).dot(p - q) for p, q in ((a, b), (c, b), (a, c)))
    by_cosines = sp.acos((ab + cb - ac) / (2 * sp.sqrt(ab * cb)), evaluate=False) * 180 / sp.pi
    confirm.value(by_cosines, parse_latex(answer.replace("^\\circ", "")),
                  "the angle by the law of cosines")
    return answer, steps


__all__ = ["read_named_angle"]
