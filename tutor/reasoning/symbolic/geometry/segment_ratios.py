"""The ratio of two segments on one line through points placed on a triangle (where two
cevians cross, how a point divides a segment: "find AP:PD").

Each point is a fixed blend of the vertices (`triangle_points`), so a segment is a fixed
combination of the vertices too; two segments on one line are multiples of each other, and
the ratio of their lengths is that multiple, the same in every triangle. Segments not on
one line decline.

Confirmed independently: the construction is replayed on coordinates of two differently
shaped triangles at 40 digits and the two lengths measured there."""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import triangle_points as tp
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result

Seg = tuple[str, str]
_SHAPES = [((0, 0), (7, 0), (2, 5)), ((0, 0), (3, 0), (-4, 9))]


def solve(tri: tp.TrianglePoints, s1: Seg, s2: Seg) -> Result:
    tri.known(*s1, *s2)
    u = [b - a for a, b in zip(tri.points[s1[0]], tri.points[s1[1]], strict=True)]
    w = [b - a for a, b in zip(tri.points[s2[0]], tri.points[s2[1]], strict=True)]
    pivot = next((i for i, x in enumerate(w) if x != 0), None)
    if pivot is None or all(x == 0 for x in u):
        raise Decline("two segments of positive length")
    k = sp.simplify(u[pivot] / w[pivot])
    if any(sp.simplify(a - k * b) != 0 for a, b in zip(u, w, strict=True)):
        raise Decline("two segments on one line")
    answer = abs(k)
    _confirm(tri, s1, s2, answer)
    blends = ", ".join(
        f"${p} = " + " + ".join(f"{latex(c)}{v}" for c, v in zip(tri.points[p], tri.name,
                                                                   strict=True) if c != 0)
        + "$" for p in dict.fromkeys([*s1, *s2]) if p not in tri.name)
    what = f"\\frac{{{s1[0]}{s1[1]}}}{{{s2[0]}{s2[1]}}}"
    return answer, [
        step("each point as a blend of the vertices", "Write every point the problem places "
             "as a fixed blend of the vertices.", blends),
        step("the two segments are multiples", "The two segments lie on one line, so one is "
             "a multiple of the other.",
             f"$\\overrightarrow{{{s1[0]}{s1[1]}}} = {latex(k)} \\, "
             f"\\overrightarrow{{{s2[0]}{s2[1]}}}$"),
        step("the answer", "The ratio of the lengths is the size of that multiple.",
             f"${what} = {latex(answer)}$", f"{what} = {latex(answer)}"),
    ]


def scaled(tri: tp.TrianglePoints, lengths: list[tuple[Seg, sp.Basic]], target: Seg
           ) -> Result | None:
    """The asked segment on one line with a told one: a fixed multiple of it in every triangle
    ("the centroid G, median AD = 18: AG = 2/3 AD"), even when the triangle is not fixed.
    Every told segment on that line must give the same answer; None when none is on it."""
    found: list[Result] = []
    for seg, v in lengths:
        try:
            ratio, steps = solve(tri, target, seg)
        except Decline:
            continue
        value = sp.nsimplify(ratio * v)
        claim = f"{target[0]}{target[1]} = {latex(ratio)} \\cdot {latex(v)} = {latex(value)}"
        found.append((value, [*steps, step("scale the told length", f"{seg[0]}{seg[1]} = "
                                           f"{latex(v)} is told.", f"${claim}$", claim)]))
    if not found or len({value for value, _ in found}) != 1:
        return None
    return found[0]


def _confirm(tri: tp.TrianglePoints, s1: Seg, s2: Seg, answer: sp.Basic) -> None:
    ok = True
    with mpmath.workdps(40):
        for shape in _SHAPES:
            place = {v: (mpmath.mpf(x), mpmath.mpf(y))
                     for v, (x, y) in zip(tri.name, shape, strict=True)}
            coords = tri.replay(place)
            got = tp.distance(coords, s1) / tp.distance(coords, s2)
            ok &= abs(got - mpmath.mpf(sp.N(answer, 50))) < mpmath.mpf(10) ** -30
    confirm.check(bool(ok), "the construction replayed on two differently shaped triangles "
                  "with coordinates, the two lengths measured there")


__all__ = ["scaled", "solve"]
