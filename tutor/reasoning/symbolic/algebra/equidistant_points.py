"""Typed reader: the point on a coordinate axis that is equally far from two given points.

"What is the $x$-coordinate of the point on the $x$-axis that is equidistant from $(1, 2)$
and $(5, 4)$?", "Find the point on the $y$-axis equidistant from $A(3, 0)$ and $B(-1, 4)$.",
"What is the $y$-coordinate of the point on the $y$-axis that is the same distance from ...".

A point (t, 0) on the x-axis (or (0, t) on the y-axis) is as far from P as from Q when
(t - p1)^2 + p2^2 = (t - q1)^2 + q2^2, an equation of degree one in t; it has one solution
unless the two points lie straight across the axis from each other (then every point or
none), which declines. Confirmed by computing both squared distances from the point found in
exact arithmetic.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.line_facts import point_of
from tutor.reasoning.symbolic.geometry.reading import axis_words
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

T = sp.Symbol("t")
_ASK = re.compile(
    r"(?:what is|what are|find|determine|give) (?:the (?P<coord>[xy])-coordinates? of |the "
    r"coordinates of )?the (?:only |unique )?point on the (?P<axis>[xy])-axis(?: that is| which "
    r"is|,)? (?:equidistant|equally far|the same distance) from (?:the points )?"
    r"(?:[a-z] ?)?@(?P<p>\d+)@,? and (?:[a-z] ?)?@(?P<q>\d+)@\s*[?.]?\s*$")
VOCAB = frozenset(
    "what is are find determine give the coordinate coordinates of only unique point points on "
    "axis that which equidistant equally far same distance from and".split())


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:equidistant|equally far|same distance)\b", template):
        return None
    text = axis_words(split.maths, template)
    ask = _ASK.search(text)
    if ask is None or words(text) - FILLER - VOCAB - {c for c in words(text) if len(c) == 1}:
        return None
    p, q = (point_of(split.maths[int(ask.group(k))]) for k in ("p", "q"))
    if p is None or q is None or any(c.free_symbols for c in (*p, *q)):
        raise Decline("two points with numbers for coordinates")
    on_x = ask.group("axis") == "x"
    here = (T, sp.Integer(0)) if on_x else (sp.Integer(0), T)
    far = [sp.expand((here[0] - a[0]) ** 2 + (here[1] - a[1]) ** 2) for a in (p, q)]
    found = sp.solve(sp.Eq(far[0], far[1]), T)
    if len(found) != 1 or not sp.Poly(far[0] - far[1], T).degree() == 1:
        raise Decline("the points are mirror images across the axis: every point or none")
    t = sp.nsimplify(found[0])
    point = (t, sp.Integer(0)) if on_x else (sp.Integer(0), t)
    d2 = [(point[0] - a[0]) ** 2 + (point[1] - a[1]) ** 2 for a in (p, q)]
    confirm.check(sp.simplify(d2[0] - d2[1]) == 0,
                  "both squared distances from the point found, in exact arithmetic")
    coord = ask.group("coord")
    if coord and coord != ask.group("axis"):
        answer: sp.Basic = sp.Integer(0)  # the other coordinate of a point on the axis
    elif coord:
        answer = t
    else:
        answer = sp.Tuple(*point)
    shown = f"\\left({latex(point[0])}, {latex(point[1])}\\right)"
    claim = f"{latex(d2[0])} = {latex(d2[1])}"
    return answer, [
        step("a point on the axis", "Call the point "
             f"$\\left({latex(here[0])}, {latex(here[1])}\\right)$ and set its squared "
             "distances to the two points equal.",
             f"${latex(far[0])} = {latex(far[1])}$", ""),
        step("solve", "The squares of t cancel, leaving an equation of degree one.",
             f"$t = {latex(t)}$, the point ${shown}$; its squared distances are ${claim}$.",
             claim)]


__all__ = ["read"]
