"""Points on a side of a triangle, placed by the lengths or the ratio of their two pieces,
and points where two segments cross.

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
    """A piece "BD:DC = 2:3", "BD/DC = 2/3" (also with \\frac) or "BD = 2DC": the two
    segments and the ratio; None when the piece is not one."""
    multiple = re.fullmatch(r"\s*([A-Z]{2})\s*=\s*(\d+)\s*\(?\s*([A-Z]{2})\s*\)?\s*", src)
    if multiple:  # "BD = 2DC"
        if int(multiple.group(2)) == 0:
            raise Decline("a positive multiple")
        s1, s2 = multiple.group(1), multiple.group(3)
        return ((s1[0], s1[1]), (s2[0], s2[1])), sp.Rational(int(multiple.group(2)))
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
    """Each point said to lie on a segment XY (a side, or a segment to a point already placed)
    becomes a fixed blend of X and Y, by the lengths XD and DY told (or one of them and XY)
    or their ratio; with neither it is not placed (and declines)."""
    lengths = {frozenset(seg): v for seg, v in told}
    waiting = dict(on_side)
    while waiting:
        ready = [p for p, ends in waiting.items() if set(ends) <= set(tri.points)]
        if not ready:
            raise Decline("a point on a segment whose ends are not placed")
        for point in ready:
            ends = waiting.pop(point)
            x, y = ends[0], ends[1]
            tri.between(point, x, y, _share(point, x, y, lengths, ratios))
    named = {s for pair in ratios for seg in pair for s in seg}
    if named - set(tri.points) or ratios and not on_side:
        raise Decline("a ratio of segments the problem does not place")


def _share(point: str, x: str, y: str, lengths: dict[frozenset[str], sp.Basic],
           ratios: dict[tuple[Seg, Seg], sp.Basic]) -> sp.Basic:
    """How far along XY the point lies (XD / XY)."""
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
        raise Decline("where the point lies on the segment")
    return ratio / (1 + ratio)


def place_crossings(tri: TrianglePoints, meets: list[tuple[str, Seg, Seg]]) -> None:
    """Each point where two segments cross (two medians cross at the centroid)."""
    for point, s1, s2 in meets:
        tri.meet(point, s1, s2)


__all__ = ["place", "place_crossings", "ratio"]
