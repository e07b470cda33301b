"""Typed reader: a vertex of a triangle from the midpoints of its three sides.

"In triangle $PQR$, the midpoint of $\\overline{QR}$ is $(2,1,0)$, the midpoint of
$\\overline{PR}$ is $(1,3,-1)$ and the midpoint of $\\overline{PQ}$ is $(0,2,4)$. Find the
coordinates of vertex $P$." (in the plane or in space)

The two midpoints on the sides through the vertex add up to the vertex plus the midpoint of
the opposite side (each is half of a sum of two vertices), so A = M_AB + M_AC - M_BC, in
plain fractions. Confirmed by rebuilding all three vertices this way and checking that the
midpoints of the rebuilt triangle's sides are the given ones.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_SIDE = re.compile(r"^\\overline\s*\{\s*([A-Z])([A-Z])\s*\}$|^([A-Z])([A-Z])$")
_TRIANGLE = re.compile(r"^(?:\\triangle\s*)?([A-Z])([A-Z])([A-Z])$")
VOCAB = frozenset("in triangle the midpoint of side is and find coordinates vertex what are "
                  "enter ordered triple pair sides midpoints".split())


def _point(src: str) -> tuple[Fraction, ...] | None:
    src = src.strip()
    if not (src.startswith("(") and src.endswith(")")) or src.count(",") not in (1, 2):
        return None
    out = []
    for c in src[1:-1].split(","):
        v = parse_latex(c)
        if not isinstance(v, sp.Expr) or not v.is_Rational:
            raise Decline("rational coordinates expected")
        out.append(Fraction(int(v.p), int(v.q)))
    return tuple(out)


def _half_sum(a: tuple[Fraction, ...], b: tuple[Fraction, ...]) -> tuple[Fraction, ...]:
    return tuple((x + y) / 2 for x, y in zip(a, b, strict=True))


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    told = re.findall(r"midpoint of (?:side )?@(\d+)@,? is @(\d+)@", template)
    asked = re.search(r"(?:find|what are) the coordinates of (?:vertex )?@(\d+)@[.?]?$",
                      template.strip())
    tri = re.search(r"triangle @(\d+)@", template)
    if len(told) != 3 or asked is None or tri is None:
        return None
    maths = [m.strip() for m in split.maths]
    names = _TRIANGLE.match(maths[int(tri.group(1))])
    vertex = maths[int(asked.group(1))]
    if names is None or len(set(names.groups())) != 3 or vertex not in names.groups():
        return None
    mids: dict[frozenset[str], tuple[Fraction, ...]] = {}
    for side_at, point_at in told:
        side, point = _SIDE.match(maths[int(side_at)]), _point(maths[int(point_at)])
        if side is None or point is None:
            return None
        ends = frozenset(g for g in side.groups() if g)
        if len(ends) != 2 or not ends <= set(names.groups()):
            return None
        mids[ends] = point
    if len(mids) != 3 or len({len(p) for p in mids.values()}) != 1:
        raise Decline("one midpoint for each side, all of one dimension")

    def vertex_of(v: str) -> tuple[Fraction, ...]:
        near = [p for ends, p in mids.items() if v in ends]
        far = next(p for ends, p in mids.items() if v not in ends)
        return tuple(a + b - c for a, b, c in zip(near[0], near[1], far, strict=True))

    vertices = {v: vertex_of(v) for v in names.groups()}
    for ends, p in mids.items():
        a, b = sorted(ends)
        confirm.check(_half_sum(vertices[a], vertices[b]) == p,
                      f"the midpoint of {a}{b} in the rebuilt triangle is the given one")
    answer = sp.Tuple(*(sp.Rational(c.numerator, c.denominator) for c in vertices[vertex]))
    others = sorted(set(names.groups()) - {vertex})
    claim = f"{vertex} = {latex(answer)}"
    return answer, [
        step("add the two midpoints at the vertex", f"$M_{{{vertex}{others[0]}}} + "
             f"M_{{{vertex}{others[1]}}} = {vertex} + \\frac{{{others[0]} + {others[1]}}}{{2}}"
             f"= {vertex} + M_{{{others[0]}{others[1]}}}$.", f"${claim}$", claim)]


__all__ = ["read"]
