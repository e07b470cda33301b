"""Two vertices of a polygon chosen at random: "Two distinct vertices of an octagon are
chosen at random. What is the probability that they are adjacent?", "2 vertices of a regular
12-gon are selected at random; what is the probability that the segment joining them is a
diagonal?", "... that they are opposite each other?".

Of the C(n, 2) equally likely pairs, n are the ends of a side (adjacent), n(n - 3)/2 the
ends of a diagonal (not adjacent), and, in a regular polygon with an even number of sides,
n/2 are opposite. The count by that rule is confirmed by listing every pair of corners
0..n-1 around the polygon and testing it (`chance.answer`).
"""

from __future__ import annotations

from itertools import combinations
from math import comb

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SIDES = polygon_sides("triangle square quadrilateral pentagon hexagon heptagon octagon nonagon"
                       " decagon dodecagon")
_POLYGON = (r"(?:a|an|the) (?P<regular>regular |convex )?(?:(?P<name>"
            + "|".join(_SIDES) + r")|#(?P<n>\d+) ?-(?:gon|sided polygon)|polygon with "
            r"#(?P<n2>\d+) sides)\b")
_CHOSEN = r"(?:chosen|selected|picked)(?: (?:at random|randomly))?|(?:randomly|at random) " \
          r"(?:chosen|selected|picked)"
_SETUP = [
    r" #2 (?:distinct |different )?(?:vertices|corners) (?:of|from) " + _POLYGON
    + r" (?:are|were) (?:" + _CHOSEN + r")\b",
    r" #2 (?:distinct |different )?(?:vertices|corners) (?:are|were) (?:" + _CHOSEN
    + r") from (?:the (?:vertices|corners) of )?" + _POLYGON,
    r" from " + _POLYGON + r",? #2 (?:distinct |different )?(?:vertices|corners) (?:are|were) "
    r"(?:" + _CHOSEN + r")\b",
]
_THEY = r"(?:they|the (?:#2 )?(?:vertices|corners|points)(?: (?:chosen|picked|selected))?)"
_EVENTS = {
    "adjacent": [_THEY + r" (?:are|will be) (?:adjacent|next to each other|neighbou?rs)\b",
                 _THEY + r" (?:are|will be) the (?:ends|endpoints) of a side\b",
                 r"the (?:segment|line segment|line) (?:joining|connecting) them is a side\b"],
    "diagonal": [_THEY + r" (?:are not|will not be) (?:adjacent|next to each other)\b",
                 r"the (?:segment|line segment|line) (?:joining|connecting) them is a "
                 r"diagonal\b",
                 _THEY + r" (?:are|will be) the (?:ends|endpoints) of a diagonal\b",
                 _THEY + r" (?:form|determine) a diagonal\b"],
    "opposite": [_THEY + r" (?:are|will be) (?:diametrically )?opposite(?: each other| one "
                 r"another)?\b"],
}


def read(split: Split, template: str) -> Result | None:
    if not quick(template, "vertices", "corners") or not quick(template, "probability",
                                                               "chance"):
        return None
    w = Wording.of(split, template)
    setup = [m for p in _SETUP for m in w.take(p)]
    ask = w.take(ASK)
    events = [(kind, m) for kind, patterns in _EVENTS.items() for p in patterns
              for m in w.take(p)]
    if len(setup) != 1 or len(ask) != 1 or len(events) != 1 or not w.only_glue():
        return None
    g = setup[0]
    n = _SIDES[g.group("name")] if g.group("name") else int(g.group("n") or g.group("n2"))
    kind = events[0][0]
    if not 3 <= n <= 500:
        raise Decline("a polygon with a modest number of sides")
    if kind == "opposite" and (n % 2 or (g.group("regular") or "").strip() != "regular"):
        raise Decline("opposite corners need a regular polygon with an even number of sides")
    if kind == "diagonal" and n == 3:
        raise Decline("a triangle has no diagonals")
    good = {"adjacent": n, "diagonal": n * (n - 3) // 2, "opposite": n // 2}[kind]
    listed = sum(1 for i, j in combinations(range(n), 2) if _is(kind, j - i, n))
    total = comb(n, 2)
    how = {"adjacent": "one pair for each of the n sides",
           "diagonal": "n(n - 3)/2 diagonals",
           "opposite": "one opposite corner for each of n/2 pairs"}[kind]
    what = "the ends of a diagonal" if kind == "diagonal" else kind
    return answer(good, total, f"the two corners are {what}", listed,
                  "every pair of corners listed",
                  f"Of the $\\binom{{{n}}}{{2}} = {total}$ pairs of corners, {good} are "
                  f"favourable ({how}).")


def _is(kind: str, gap: int, n: int) -> bool:
    """Whether corners `gap` apart around an n-gon are of the kind asked."""
    if kind == "opposite":
        return 2 * gap == n
    adjacent = gap in (1, n - 1)
    return adjacent if kind == "adjacent" else not adjacent


__all__ = ["read"]
