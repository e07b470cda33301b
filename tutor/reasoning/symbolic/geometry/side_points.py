"""Points on a side of a triangle, placed by the lengths or the ratio of their two pieces.

"D is on BC with BD = 4 and DC = 8", "... BD = 3 and BC = 9", "BD:DC = 1:2" (or
`\\frac{BD}{DC} = \\frac12`): the point is then a fixed blend of the side's ends, a point of
`TrianglePoints`. A point with only one piece known is not placed: it declines."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry.triangle_points import TrianglePoints
from tutor.reasoning.symbolic.model import Decline

Seg = tuple[str, str]


def ratio(src: str) -> tuple[tuple[Seg, Seg], sp.Rational] | None:
    """A piece "BD:DC = 2:3" or "BD/DC = 2/3" (also with \\frac): the two segments and the
    ratio; None when the piece is not one."""
    frac = r"\\[dt]?frac\s*\{\s*(\w+)\s*\}\s*\{\s*(\w+)\s*\}"
    m = re.fullmatch(rf"\s*(?:([A-Z]{{2}})\s*[:/]\s*([A-Z]{{2}})|{frac})\s*=\s*(?:(\d+)\s*[:/]\s*"
                     rf"(\d+)|{frac})\s*", src)
    if not m:
        return None
    g = m.groups()
    s1, s2 = (g[0], g[1]) if g[0] else (g[2], g[3])
    p, q = (g[4], g[5]) if g[4] else (g[6], g[7])
    if not (re.fullmatch(r"[A-Z]{2}", s1) and re.fullmatch(r"[A-Z]{2}", s2)
            and p.isdigit() and q.isdigit() and int(p) > 0 and int(q) > 0):
        raise Decline("a ratio of two segments")
    return ((s1[0], s1[1]), (s2[0], s2[1])), sp.Rational(int(p), int(q))


def place(tri: TrianglePoints, on_side: dict[str, str], told: list[tuple[Seg, sp.Basic]],
          ratios: dict[tuple[Seg, Seg], sp.Basic]) -> None:
    """Each point said to lie on a side XY becomes a fixed blend of X and Y, by the lengths
    XD and DY told or their ratio; with neither it is not placed (and declines)."""
    lengths = {frozenset(seg): v for seg, v in told}
    for point, side in on_side.items():
        x, y = side[0], side[1]
        near, far = frozenset((x, point)), frozenset((point, y))
        ratio = None
        whole = lengths.get(frozenset((x, y)))
        if whole is not None and (near in lengths) != (far in lengths):
            part = lengths.get(near, lengths.get(far))
            if not whole > part:  # type: ignore[operator]
                raise Decline("a piece of a side shorter than the side")
            lengths[far if near in lengths else near] = whole - part  # type: ignore[operator]
        if near in lengths and far in lengths:
            ratio = lengths[near] / lengths[far]
        for (s1, s2), v in ratios.items():
            if {frozenset(s1), frozenset(s2)} == {near, far}:
                told = v if frozenset(s1) == near else 1 / v
                if ratio is not None and told != ratio:
                    raise Decline("a ratio that disagrees with the lengths")
                ratio = told
        if ratio is None:
            raise Decline("where the point lies on the side")
        t = ratio / (1 + ratio)  # the share of the side from x to the point
        tri.define(point, tuple(1 - t if v == x else t if v == y else sp.Integer(0)  # type: ignore[arg-type]
                                  for v in tri.name))
    if set(s for pair in ratios for seg in pair for s in seg) - set(on_side) - set(tri.name):
        raise Decline("a ratio of segments the problem does not place")
    if ratios and not on_side:
        raise Decline("a ratio of segments on no side")


__all__ = ["place", "ratio"]
