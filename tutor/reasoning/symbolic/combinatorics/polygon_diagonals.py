"""Diagonals of a polygon: "How many diagonals does a convex decagon have?", "How many
distinct diagonals of a convex heptagon (7-sided polygon) can be drawn?", "A square has two
diagonals, and a convex pentagon has five diagonals. How many diagonals does a convex
20-gon have?".

A polygon is named ("octagon"), or told by its sides ("a 15-gon", "a polygon with 15
sides"); sides said again in brackets must agree. Worked examples stated before the question
("a square has two diagonals") must fit the rule n(n - 3)/2, or nothing is answered. The
count by the rule is confirmed by listing every pair of corners 0..n-1 that are not
neighbours.
"""

from __future__ import annotations

import re
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_POLYGONS = polygon_sides("square quadrilateral pentagon hexagon heptagon octagon nonagon decagon"
                          " dodecagon icosagon")
_SHAPE = (r" (?:a|an|the) (?:convex |regular )?(?:(?P<name>" + "|".join(_POLYGONS) + r")|polygon "
          r"with #(?P<n>\d+) sides|#(?P<n2>\d+)-(?:gon|sided polygon))\b")
# "a convex heptagon (7-sided polygon)": the sides said again, which must agree
_SAID_AGAIN = r"(?: \( ?#(?P<again>\d+) ?-(?:sided polygon|gon) ?\))?"
# "A square has two diagonals, and a convex pentagon has five diagonals.": worked examples
_EXAMPLE = _SHAPE + r",? (?:has|have) #(?P<k>\d+) diagonals\b"


def _sides(g: re.Match[str]) -> int:
    return _POLYGONS[g.group("name")] if g.group("name") else int(g.group("n") or g.group("n2"))


def _diagonal_count(n: int) -> tuple[int, int]:
    """n(n - 3)/2, and the pairs of non-neighbouring corners 0..n-1 listed and counted."""
    listed = sum(1 for i, j in combinations(range(n), 2) if (j - i) % n not in (1, n - 1))
    return n * (n - 3) // 2, listed


def diagonals(split: Split, template: str) -> Result | None:
    if "diagonals" not in template:
        return None
    w = Wording.of(split, template)
    examples = w.take(_EXAMPLE)
    ask = w.take(r" (?:how many|the number of) (?:distinct |different )?diagonals\b")
    shape = w.take(_SHAPE + _SAID_AGAIN)
    if len(ask) != 1 or len(shape) != 1 or not w.only_glue(
            {"does", "have", "has", "can", "be", "drawn", "in", "of", "there", "are"}):
        return None
    g = shape[0]
    n = _sides(g)
    if g.group("again") and int(g.group("again")) != n:
        raise Decline("the polygon's sides are said twice, differently")
    if not 4 <= n <= 1000 or any(not 4 <= _sides(e) <= 1000 for e in examples):
        raise Decline("a polygon with 4 to 1000 sides")
    for e in examples:  # each example must fit the rule before the rule is used
        told, (by_rule, by_list) = int(e.group("k")), _diagonal_count(_sides(e))
        if told != by_rule or told != by_list:
            raise Decline(f"the example of {told} diagonals does not fit n(n - 3)/2")
    v, listed = _diagonal_count(n)
    confirm.count(v, lambda: listed, "diagonals (listing the pairs of vertices)")
    claim = f"\\frac{{{n} \\cdot ({n} - 3)}}{{2}} = {v}"
    steps = []
    if examples:
        said = "; ".join(f"\\frac{{{_sides(e)} \\cdot ({_sides(e)} - 3)}}{{2}} = {e.group('k')}"
                         for e in examples)
        steps.append(step("check the examples", "The rule n(n - 3)/2 gives the counts the "
                          "problem states for its examples.", f"${said}$", said))
    return sp.Integer(v), [*steps, step(
        "count the diagonals", f"Each of the {n} vertices joins the {n - 3} vertices that are "
        "not itself or its neighbours; each diagonal is counted from both ends.", f"${claim}$",
        claim)]


__all__ = ["diagonals"]
