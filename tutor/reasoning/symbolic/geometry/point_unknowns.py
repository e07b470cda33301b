"""Typed reader: a point with an unknown coordinate, found from a stated distance or slope.

"The distance between $(2, a)$ and $(5, 1)$ is $5$. What is the product of all possible
values of $a$?", "A segment starts at $(1, 3)$, is 5 units long and ends at $(4, x)$ where
$x > 0$. What is $x$?", "The point $(x, 4)$ is 5 units from $(1, 0)$", "The slope of the
line through $(4, k)$ and $(1, 2)$ is 3. Find $k$." The letter is real; the answer is its
only value (after a stated sign condition), or the sum or product of all its values. Every
value is confirmed by putting it back and recomputing the distance or slope in floating
point."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, as_tuple, is_label, number, places
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_MEASURES = frozenset("distance long length slope".split())
VOCAB = COMMON | _MEASURES | frozenset(
    "between points point line segment through passing containing is and what product sum "
    "all possible values value for of begins starts ends at it positive negative where "
    "apart from away".split())


def _point(v: sp.Basic) -> tuple[sp.Expr, ...] | None:
    v = as_tuple(v)
    if isinstance(v, sp.Tuple) and len(v) in (2, 3) and all(isinstance(c, sp.Expr) for c in v):
        return tuple(v)
    return None


def read_point_unknowns(split: Split, template: str) -> Result | None:
    w = words(template)
    if re.search(r"\b(?:units?|away) from\b", template):  # "is 5 units from": a distance
        w.add("distance")
    if not w & _MEASURES or not words_within(template, VOCAB):
        return None
    points, numbers, others = [], [], []
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if is_label(src):
            continue
        v = parse_latex(src)
        p = _point(v)
        if p is not None:
            points.append(p)
        elif (n := number(src)) is not None:
            numbers.append(n)
        else:
            others.append(v)
    letters = set().union(*(c.free_symbols for p in points for c in p)) if points else set()
    if len(points) != 2 or len(letters) != 1 or len(numbers) != 1:
        return None
    t = letters.pop()
    sign = {"positive": 1, "negative": -1}.get(next(iter(w & {"positive", "negative"}), ""), 0)
    for o in others:  # the letter itself (what is asked) or a sign condition on it
        if o == t:
            continue
        if isinstance(o, sp.StrictGreaterThan | sp.StrictLessThan) and {o.lhs, o.rhs} == {t, 0}:
            sign = 1 if (o.lhs == t) == isinstance(o, sp.StrictGreaterThan) else -1
            continue
        raise Decline("a piece of maths the question does not explain")
    p, q = points
    if len(p) != len(q):
        raise Decline("points of different dimension")
    value = numbers[0]
    tr = sp.Symbol(t.name, real=True)
    p, q = (tuple(c.subs(t, tr) for c in pt) for pt in (p, q))
    if "slope" in w:
        if w & {"distance", "long", "length"} or len(p) != 2:
            raise Decline("a slope between two points in the plane")
        eq = sp.Eq((q[1] - p[1]), value * (q[0] - p[0]))
        what = "slope"
    else:
        if not value.is_positive:
            raise Decline("a positive distance")
        eq = sp.Eq(sum((a - b) ** 2 for a, b in zip(p, q, strict=True)), value**2)
        what = "distance"
    sols = [s for s in sp.solve(eq, tr) if s.is_real]
    if what == "slope":
        sols = [s for s in sols if (q[0] - p[0]).subs(tr, s) != 0]
    if sign:
        sols = [s for s in sols if s * sign > 0]
    if not sols:
        raise Decline("no value of the letter fits")
    for s in sols:
        a, b = ([float(c.subs(tr, s)) for c in pt] for pt in (p, q))
        got = math.dist(a, b) if what == "distance" else (b[1] - a[1]) / (b[0] - a[0])
        confirm.check(abs(got - float(value)) <= 1e-9 * max(1.0, abs(float(value))),
                      f"each value put back gives the stated {what}")
    claim = f"{latex(eq)}"
    steps = [step(f"write the {what} with the unknown", "Put the coordinates into the "
                  f"{what} formula and solve for ${latex(t)}$.",
                  f"${claim}$ gives " + ", ".join(f"${latex(t)} = {latex(s)}$" for s in sols),
                  "")]
    if "sum" in w and "product" not in w:
        return sp.Add(*sols), steps
    if "product" in w and "sum" not in w:
        return sp.Mul(*sols), steps
    if len(sols) != 1 or w & {"sum", "product", "all"}:
        raise Decline("more than one value fits")
    return sols[0], steps


__all__ = ["VOCAB", "read_point_unknowns"]
