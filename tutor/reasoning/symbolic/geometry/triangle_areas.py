"""Areas of triangles and polygons cut from a triangle by points placed on it, as shares of
the whole triangle's area.

Every named point is a fixed blend of the vertices (`triangle_points`), so the area of a
triangle (or a polygon, by a fan of triangles) through such points is a fixed share of the
whole: the determinant of their weights. One area told fixes the whole; a ratio of two areas
needs none.

Confirmed independently: the construction (midpoints, points part of the way along a
segment, two lines crossing) is replayed on coordinates of two differently shaped triangles
at 40 digits, each polygon's area measured by the shoelace formula (a polygon whose sides
cross itself declines), and the answer recomputed from those measurements."""

from __future__ import annotations

from dataclasses import dataclass, field

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import triangle_points as tp
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result

# two triangles of different shapes: areas in a ratio must not depend on the shape
_SHAPES = [((0, 0), (7, 0), (2, 5)), ((0, 0), (3, 0), (-4, 9))]


@dataclass
class AreaFacts:
    tri: tp.TrianglePoints
    areas: list[tuple[str, sp.Basic]] = field(default_factory=list)  # corners, area told


def _share(tri: tp.TrianglePoints, corners: str) -> sp.Expr:
    if len(set(corners)) != len(corners) or len(corners) < 3:
        raise Decline("a polygon named by different points")
    share = abs(tri.area_share(corners))
    if share == 0:
        raise Decline("a polygon with no area")
    return share


def solve(f: AreaFacts, asked: tuple[str, ...]) -> Result:
    """`asked` is ("area", corners) or ("ratio", corners1, corners2)."""
    tri = f.tri
    lines = [f"[{c}] = {latex(_share(tri, c))} \\cdot [{tri.name}] = {latex(v)}"
             for c, v in f.areas]
    wholes = {sp.simplify(v / _share(tri, c)) for c, v in f.areas}
    if len(wholes) > 1:
        raise Decline("areas that disagree")
    if asked[0] == "ratio":
        answer = sp.simplify(_share(tri, asked[1]) / _share(tri, asked[2]))
        what = f"\\frac{{[{asked[1]}]}}{{[{asked[2]}]}}"
    else:
        if not wholes:
            raise Decline("an area told to fix the whole")
        answer = sp.simplify(_share(tri, asked[1]) * wholes.pop())
        what = f"[{asked[1]}]"
    if not answer.is_positive:
        raise Decline("no positive answer")
    _confirm(f, asked, answer)
    shares = ", ".join(f"$[{c}] = {latex(_share(tri, c))} \\cdot [{tri.name}]$"
                       for c in dict.fromkeys([c for c, _ in f.areas] + list(asked[1:])))
    steps = [step("areas as shares of the whole", "Each point is a fixed blend of the "
                  "vertices, so each area is a fixed share of the whole triangle's (the "
                  "determinant of the corners' weights).", shares)]
    if lines:
        steps.append(step("the area told", "The area told fixes the whole triangle's.",
                          "; ".join(f"${t}$" for t in lines)))
    steps.append(step("the answer", "Put the whole into the area asked.",
                      f"${what} = {latex(answer)}$", f"{what} = {latex(answer)}"))
    return answer, steps


def _confirm(f: AreaFacts, asked: tuple[str, ...], answer: sp.Basic) -> None:
    ok = True
    with mpmath.workdps(40):
        for shape in _SHAPES:
            place = {v: (mpmath.mpf(x), mpmath.mpf(y)) for v, (x, y) in zip(f.tri.name, shape,
                                                                             strict=True)}
            coords = f.tri.replay(place)
            named = [c for c, _ in f.areas] + list(asked[1:])
            for corners in named:
                if not tp.simple_polygon([coords[c] for c in corners]):
                    raise Decline(f"the polygon {corners} crosses itself")
            measured = {c: tp.named_area(coords, c) for c in named}
            if asked[0] == "ratio":
                got = measured[asked[1]] / measured[asked[2]]
            else:
                c, v = f.areas[0]
                got = measured[asked[1]] * mpmath.mpf(sp.N(v, 50)) / measured[c]
            ok &= abs(got - mpmath.mpf(sp.N(answer, 50))) < mpmath.mpf(10) ** -30
    confirm.check(bool(ok), "the construction replayed on two differently shaped triangles "
                  "with coordinates, every area measured by the shoelace formula")


__all__ = ["AreaFacts", "solve"]
