"""Paths along the segments of a drawn grid from one labelled point to another: moving
only in two stated directions (up or right, south or east ...), or by shortest routes
("the shortest paths", "a 7 unit path" when 7 is the shortest length).

Phrasings reached: "How many paths are there from A to B, if every step must be up or to
the right?", "Moving only south and east along the line segments, how many paths are
there from A to B?", "... walk from A to B via a 7 unit path, staying on the grid ...".
The drawing becomes a graph: its points are the ends of the horizontal and vertical
segments and the points where they cross; its edges join neighbouring points along a
segment (a slanted segment, or a label off the grid, declines). The paths are counted
point by point (each point's count the sum over the points it can be reached from) and
confirmed by listing every path one by one (at most 200,000).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.diagrams.figure import Figure
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

Point = tuple[sp.Rational, sp.Rational]
_DIRS = {"right": (1, 0), "left": (-1, 0), "up": (0, 1), "down": (0, -1), "upward": (0, 1),
         "downward": (0, -1), "east": (1, 0), "west": (-1, 0), "north": (0, 1),
         "south": (0, -1)}
_D = "(?:" + "|".join(sorted(_DIRS, key=len, reverse=True)) + ")"
_PAIR = (r"(?:to the )?(?P<d1>" + _D + r")(?:wards?)?,? (?:or|and) (?:to the )?(?P<d2>" + _D
         + r")(?:wards?)?")
_MOVES = [r",? (?:if |where )?(?:every|each) (?:step|move) (?:must be|is|goes|must go) (?:either )?"
          + _PAIR + r"\b",
          r",? (?:by )?(?:moving|going|travell?ing|walking) only " + _PAIR + r"\b"]
_SHORTEST = [r" (?:via|using|along|by) an? #(?P<n>\d+)(?: |-)unit (?:path|route)\b",
             r" (?:the )?shortest (?:paths|routes)\b"]
# a note on the scale: the length of a path is then counted in blocks
_BLOCKS = (r" (?:each|every) (?:block|square|cell) (?:on|in|of) the grid(?: shown)?(?: in the "
           r"(?:figure|diagram))? is #1 unit by #1 unit\b")
_LABEL = r"(?:@(?P<{0}>\d+)@|(?P<{0}w>[a-z]))"
_FROM_TO = r" from (?:point )?" + _LABEL.format("a") + r" to (?:point )?" + _LABEL.format("b") \
    + r"(?![\w@])"
_ASK = r" how many (?:different |distinct |possible )*(?:paths|routes|ways)\b"
_GLUE = frozenset(
    "are there can we you take if along the line segments segments lines grid streets on stay "
    "staying shown figure in below above have to we must no cutting across blocks walk go "
    "travel it is possible suppose wish want but".split())
_LIST = 200_000


def _label_point(figure: Figure, name: str) -> Point:
    found = [lab.at for lab in figure.labels if re.fullmatch(
        r"\$?\s*" + re.escape(name) + r"\s*\$?", lab.text.strip(), re.I)]
    if len(found) != 1 or not hasattr(found[0], "x"):
        raise Decline(f"the point {name.upper()} is not labelled once in the figure")
    p = found[0]
    return (sp.nsimplify(p.x), sp.nsimplify(p.y))  # type: ignore[union-attr]


def _graph(figure: Figure) -> dict[Point, list[Point]]:
    """Neighbouring points along the drawn horizontal and vertical segments."""
    segs: list[tuple[Point, Point]] = []
    for a, b in figure.segments():
        if not (a.exact() and b.exact()):
            raise Decline("a figure with inexact coordinates")
        p, q = (sp.nsimplify(a.x), sp.nsimplify(a.y)), (sp.nsimplify(b.x), sp.nsimplify(b.y))
        if p[0] != q[0] and p[1] != q[1]:
            raise Decline("a slanted segment in the grid")
        segs.append((min(p, q), max(p, q)))
    if not segs or len(segs) > 400:
        raise Decline("a grid of segments")
    horizontal = [s for s in segs if s[0][1] == s[1][1]]
    vertical = [s for s in segs if s[0][0] == s[1][0]]
    points: set[Point] = {p for s in segs for p in s}
    for h in horizontal:
        for v in vertical:
            x, y = v[0][0], h[0][1]
            if h[0][0] <= x <= h[1][0] and v[0][1] <= y <= v[1][1]:
                points.add((x, y))
    near: dict[Point, set[Point]] = {p: set() for p in points}
    for lo, hi in segs:
        axis = 0 if lo[1] == hi[1] else 1
        on = sorted(p for p in points if p[1 - axis] == lo[1 - axis] and lo[axis] <= p[axis]
                    <= hi[axis])
        for p, q in zip(on, on[1:], strict=False):
            near[p].add(q)
            near[q].add(p)
    return {p: sorted(q) for p, q in near.items()}


def grid_paths(figure: Figure, split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:paths?|routes?)\b", template) or "how many" not in template:
        return None
    w = Wording.of(split, template)
    w.take(_BLOCKS)
    moves = [m for p in _MOVES for m in w.take(p)]
    shortest = [m for p in _SHORTEST for m in w.take(p)]
    ends, ask = w.take(_FROM_TO), w.take(_ASK)
    if len(ends) != 1 or len(ask) != 1 or len(moves) + len(shortest) != 1 or \
            not w.only_glue(_GLUE):
        return None
    e = ends[0]
    names = [w.maths[int(e.group(k))].strip() if e.group(k) else e.group(k + "w")
             for k in ("a", "b")]
    if not all(re.fullmatch(r"[A-Za-z]", n) for n in names) or names[0].lower() == \
            names[1].lower():
        raise Decline("two labelled points of the figure")
    start, end = (_label_point(figure, n) for n in names)
    near = _graph(figure)
    if start not in near or end not in near:
        raise Decline("a labelled point that is not on the grid")
    if moves:
        d1, d2 = (_DIRS[moves[0].group(k)] for k in ("d1", "d2"))
        if d1[0] == d2[0] or d1[1] == d2[1]:
            raise Decline("two directions along one axis")

        def ok(p: Point, q: Point) -> bool:
            step_dir = (sp.sign(q[0] - p[0]), sp.sign(q[1] - p[1]))
            return step_dir in (d1, d2)
        how = "moving only in the two directions allowed"
    else:
        dist = _distances(near, end)
        if start not in dist:
            raise Decline("no path joins the two points")
        said = shortest[0].groupdict().get("n")
        if said and sp.Integer(said) != dist[start]:
            raise Decline("a path length that is not the shortest")

        def ok(p: Point, q: Point) -> bool:  # each step brings the walker closer to the end
            return dist.get(q) is not None and dist[p] - dist[q] == _gap(p, q)
        how = "along shortest routes"
    v = _by_points(near, start, end, ok)
    if v == 0:
        raise Decline("no path of the kind asked")
    if v > _LIST:
        raise Decline("more paths than I can list")
    listed = _listed(near, start, end, ok)
    confirm.count(v, lambda: listed, "paths on the grid (listing every path)")
    claim = f"N = {v}"
    return sp.Integer(v), [step(
        "count the paths point by point", "The number of ways to reach a point is the sum of "
        "the numbers of ways to reach the points just before it.", f"Counting the paths from "
        f"{names[0].upper()} to {names[1].upper()} {how}, point by point along the grid: "
        f"${claim}$.", claim)]


def _gap(p: Point, q: Point) -> sp.Rational:
    return abs(q[0] - p[0]) + abs(q[1] - p[1])


def _distances(near: dict[Point, list[Point]], end: Point) -> dict[Point, sp.Rational]:
    """Shortest lengths to `end` along the grid (Dijkstra on few points)."""
    dist: dict[Point, sp.Rational] = {end: sp.Integer(0)}
    todo = {end}
    while todo:
        p = min(todo, key=lambda t: dist[t])
        todo.discard(p)
        for q in near[p]:
            d = dist[p] + _gap(p, q)
            if q not in dist or d < dist[q]:
                dist[q] = d
                todo.add(q)
    return dist


def _by_points(near: dict[Point, list[Point]], start: Point, end: Point,
               ok: Callable[[Point, Point], bool]) -> int:
    @cache
    def ways(p: Point) -> int:
        if p == end:
            return 1
        return sum(ways(q) for q in near[p] if ok(p, q))
    return ways(start)


def _listed(near: dict[Point, list[Point]], start: Point, end: Point,
            ok: Callable[[Point, Point], bool]) -> int:
    """Every path walked out one by one (each allowed step moves strictly on, so no path
    returns to a point)."""
    count, stack = 0, [start]
    while stack:
        p = stack.pop()
        if p == end:
            count += 1
            if count > _LIST:
                raise Decline("more paths than I can list")
            continue
        stack.extend(q for q in near[p] if ok(p, q))
    return count


__all__ = ["grid_paths"]
