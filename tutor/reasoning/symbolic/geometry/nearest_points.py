"""Typed reader: which of several listed points is farthest from (closest to) the origin or
a given point.

"Which of the points $(0,5)$, $(1,2)$, $(3,-4)$, $(6,0)$ is farthest from the origin?",
"Of $(2,3)$, $(-1,4)$ and $(0,-3)$, which point is nearest to $(1,1)$?". Points in the plane
or in space, named or not. The answer is the point itself; a tie for the extreme declines.
The squared distances are compared as exact rationals; confirmed by ranking the points again
by floating-point distances (`math.dist`), which must pick the same point with a clear gap."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    is_label,
    places,
    points_in,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_FAR = frozenset({"farthest", "furthest"})
_NEAR = frozenset({"closest", "nearest"})
VOCAB = COMMON | _FAR | _NEAR | frozenset(
    "which following points point from to origin is the of these listed plane coordinate "
    "located or".split())
# the point the distances are measured from, when it is not the origin
_REFERENCE = re.compile(r"\b(?:farthest|furthest|closest|nearest) (?:from|to) (?:the point )?"
                        r"@(\d+)@")
_ORIGIN = re.compile(r"\b(?:farthest|furthest|closest|nearest) (?:from|to) the origin\b")
Point = tuple[sp.Rational, ...]


def read_nearest_points(split: Split, template: str) -> Result | None:
    w = words(template)
    extreme = w & (_FAR | _NEAR)
    if not extreme or not w & {"point", "points"} or not words_within(template, VOCAB):
        return None
    if len(extreme) != 1 or "which" not in w:
        raise Decline("one of farthest or closest, and which point, asked")
    ref_m, origin = _REFERENCE.search(template), _ORIGIN.search(template)
    if bool(ref_m) == bool(origin):
        raise Decline("the point the distances are measured from is not clear")
    ref_place = int(ref_m.group(1)) if ref_m else None
    candidates: list[Point] = []
    reference: Point | None = None
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if is_label(src):
            raise Decline("named choices are not read")
        one = as_point(src)
        found = [one] if one is not None else points_in(src)
        if not found or not all(c.is_Rational for p in found for c in p):
            raise Decline("points with rational coordinates expected")
        pts = [tuple(sp.Rational(c) for c in p) for p in found]
        if i == ref_place:
            if len(pts) != 1:
                raise Decline("one point to measure from")
            reference = pts[0]
        else:
            candidates.extend(pts)
    if len(candidates) < 2 or len({len(p) for p in candidates}) != 1:
        raise Decline("two or more points of one dimension expected")
    dim = len(candidates[0])
    if reference is None:
        reference = tuple(sp.Integer(0) for _ in range(dim))
    if len(reference) != dim or len(set(candidates)) != len(candidates):
        raise Decline("distinct points of one dimension expected")
    return _pick(candidates, reference, bool(extreme & _FAR))


def _pick(candidates: list[Point], reference: Point, far: bool) -> Result:
    squares = [sum((a - b) ** 2 for a, b in zip(p, reference, strict=True)) for p in candidates]
    best = max(squares) if far else min(squares)
    if squares.count(best) != 1:
        raise Decline("two points are equally far")
    chosen = candidates[squares.index(best)]
    floats = [math.dist(tuple(map(float, p)), tuple(map(float, reference))) for p in candidates]
    order = sorted(range(len(floats)), key=lambda k: floats[k], reverse=far)
    gap = abs(floats[order[0]] - floats[order[1]])
    confirm.check(candidates[order[0]] == chosen and gap > 1e-9,
                  "ranking the points by floating-point distance picks the same point")
    where = "the origin" if not any(reference) else \
        f"$({', '.join(latex(c) for c in reference)})$"
    listed = "; ".join(f"$({', '.join(latex(c) for c in p)})$: ${latex(q)}$"
                       for p, q in zip(candidates, squares, strict=True))
    word = "largest" if far else "smallest"
    claim = f"d^2 = {latex(best)}"
    return sp.Tuple(*chosen), [
        step("compare squared distances", f"The squared distance from {where} is the sum of "
             "the squared coordinate differences; comparing squares compares distances.",
             listed, ""),
        step(f"take the {word}", f"The {word} squared distance belongs to "
             f"$({', '.join(latex(c) for c in chosen)})$.", f"${claim}$", "")]


__all__ = ["VOCAB", "read_nearest_points"]
