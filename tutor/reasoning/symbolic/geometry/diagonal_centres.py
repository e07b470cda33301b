"""Typed reader: where the diagonals of a parallelogram (rectangle, square, rhombus) cross,
from two opposite vertices given by their coordinates.

"Points $(2,-3)$ and $(10,5)$ are opposite vertices of a parallelogram: at what point do its
diagonals intersect?", "Two opposite corners of a square are $(1, 2)$ and $(7, 8)$. What is
the centre of the square?": a parallelogram's diagonals bisect each other, so they cross at
the midpoint of the diagonal joining the two opposite vertices (or the sum of its
coordinates, when that is asked). Every word is read: an unknown one declines. Confirmed by
the point being as far from one vertex as from the other and on the line through them
(exact arithmetic)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import as_point, points_in
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SHAPE = r"(?:parallelogram|rectangle|square|rhombus)"
_ASKED = re.compile(
    r"\b(?:the )?(?:(?:point|coordinates of the point) (?:where|at which) (?:the |its )?diagonals "
    r"(?:of the " + _SHAPE + r" )?(?:intersect|meet|cross)|(?:point of )?intersection (?:point )?"
    r"of (?:the |its )?diagonals(?: of the " + _SHAPE + r")?|(?:coordinates of )?(?:the )?"
    r"cent(?:er|re) of (?:the |this )?" + _SHAPE + r")\b")
_WORDS = frozenset("points point are is the opposite vertices vertex corners corner of a an "
                   "parallelogram rectangle square rhombus two what find at located and its "
                   "coordinates ordered pair express your answer as in which where do does "
                   "has have with".split())


def read_diagonal_centre(split: Split, template: str) -> Result | None:
    if "opposite" not in template or not re.search(r"\b" + _SHAPE + r"\b", template) or \
            not re.search(r"\bdiagonals\b|\bcent(?:er|re)\b", template):
        return None
    summed = re.compile(r"\bsum of (?:the |its )?coordinates(?: of)?\b")
    sum_asked = summed.search(template) is not None
    text = summed.sub(" ", template)
    asked = _ASKED.search(text)
    if asked is None:
        return None
    rest = text[:asked.start()] + " " + text[asked.end():]
    if not re.search(r"\bopposite (?:vertices|corners)\b", rest):
        return None
    leftover = set(re.findall(r"[a-z]+", re.sub(r"@\d+@", " ", rest))) - _WORDS
    if leftover:
        raise Decline(f"the words {' '.join(sorted(leftover)[:3])} are not read")
    pts: list[tuple[sp.Basic, ...]] = []
    for i in dict.fromkeys(int(m) for m in re.findall(r"@(\d+)@", template)):
        src = split.maths[i]
        many = points_in(src)
        one = as_point(src)
        if many is None and one is None:
            raise Decline("a piece that is not a point")
        pts += many if many is not None else [one]  # type: ignore[list-item]
    if len(pts) != 2 or len(pts[0]) != 2 or len(pts[1]) != 2 or pts[0] == pts[1]:
        raise Decline("two different opposite vertices in the plane")
    (x1, y1), (x2, y2) = pts
    mid = (sp.nsimplify((x1 + x2) / 2), sp.nsimplify((y1 + y2) / 2))
    far = [(mid[0] - x) ** 2 + (mid[1] - y) ** 2 for x, y in pts]
    on_line = (x2 - x1) * (mid[1] - y1) - (y2 - y1) * (mid[0] - x1)
    confirm.check(sp.simplify(far[0] - far[1]) == 0 and sp.simplify(on_line) == 0,
                  "the point is as far from one vertex as from the other, on the line through "
                  "them")
    claim = (f"\\left(\\frac{{{latex(x1)} + {_term(x2)}}}{{2}}, \\frac{{{latex(y1)} + "
             f"{_term(y2)}}}{{2}}\\right) = \\left({latex(mid[0])}, {latex(mid[1])}\\right)")
    steps = [step("the diagonals bisect each other", "A parallelogram's diagonals cross at the "
                  "midpoint of each, so the point is the midpoint of the diagonal joining the "
                  "two opposite vertices.", f"${claim}$", claim)]
    if not sum_asked:
        return sp.Tuple(*mid), steps
    total = sp.nsimplify(mid[0] + mid[1])
    add = f"{latex(mid[0])} + {_term(mid[1])} = {latex(total)}"
    steps.append(step("add the coordinates", "The sum asked.", f"${add}$", add))
    return total, steps


def _term(v: sp.Basic) -> str:
    """A number after a plus sign: in brackets when negative."""
    return f"\\left({latex(v)}\\right)" if v.is_negative else latex(v)


__all__ = ["read_diagonal_centre"]
