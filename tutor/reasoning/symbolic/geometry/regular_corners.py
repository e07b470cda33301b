"""All corners of a square, an equilateral triangle or a regular hexagon from two of its
corners: "Square $ABCD$ has opposite vertices $A(1,2)$ and $C(5,6)$", "Equilateral triangle
$ABC$ has vertices $A(0,0)$ and $B(6,0)$", "Regular hexagon $ABCDEF$ has vertices $A$ and $C$
at $(0,0)$ and $(7,1)$".

Which two corners they are comes from their letters in the polygon's name (A and C of ABCD
are a diagonal's ends), or, with no letters, from "adjacent" / "consecutive" (neighbours) or
"opposite" (half way round); both said must agree. The corners are the second turned about
the centre by whole steps of 360/n degrees: the centre O solves B - O = R(A - O) for the
turn R from A to B, exactly. Going round the other way gives the mirror image, of the same
area and perimeter, so either way answers those. Confirmed: every side the same length, and
the area against n s^2 / (4 tan(180/n degrees)) in floating point."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline

Point = tuple[sp.Expr, sp.Expr]


def regular_sides(w: set[str], shape: str) -> int | None:
    """The number of sides of the regular polygon said ("square", "equilateral triangle",
    "regular hexagon"), or None."""
    if shape == "square":
        return 4
    if shape == "triangle" and "equilateral" in w:
        return 3
    if shape == "hexagon" and "regular" in w:
        return 6
    return None


def _gap(n: int, names: list[str | None], polygon: str, w: set[str]) -> int:
    said = {n // 2} if "opposite" in w else {1} if w & {"adjacent", "consecutive"} else set()
    if None not in names:
        if len(polygon) != n or len(set(polygon)) != n or not set(map(str, names)) <= \
                set(polygon) or names[0] == names[1]:
            raise Decline("two corners named by the polygon's letters")
        gap = (polygon.index(str(names[0])) - polygon.index(str(names[1]))) % n
        gap = min(gap, n - gap)
        if said and said != {gap}:
            raise Decline("corners said adjacent or opposite that are not")
        return gap
    if len(said) != 1 or n % 2 and "opposite" in w:
        raise Decline("which two corners are given")
    return said.pop()


def completed_regular(pts: list[Point], names: list[str | None], polygon: str, n: int,
                      w: set[str]) -> list[Point]:
    """The n corners in order round the polygon, from the two given."""
    if len(pts) != 2 or len(names) != 2 or pts[0] == pts[1]:
        raise Decline("two different corners of the polygon")
    gap = _gap(n, names, polygon, w)
    turn = 2 * sp.pi * gap / n
    c, s = sp.cos(turn), sp.sin(turn)
    (ax, ay), (bx, by) = pts
    ox, oy = sp.symbols("o_x o_y")
    # B - O = R (A - O)
    centre = sp.solve([bx - ox - (c * (ax - ox) - s * (ay - oy)),
                       by - oy - (s * (ax - ox) + c * (ay - oy))], [ox, oy], dict=True)
    if len(centre) != 1:
        raise Decline("no centre for the two corners")
    o = (sp.expand(sp.radsimp(centre[0][ox])), sp.expand(sp.radsimp(centre[0][oy])))
    step = 2 * sp.pi / n
    corners = []
    for k in range(n):
        ck, sk = sp.cos(step * k), sp.sin(step * k)
        dx, dy = ax - o[0], ay - o[1]
        corners.append((sp.expand(o[0] + ck * dx - sk * dy), sp.expand(o[1] + sk * dx + ck * dy)))
    sides = {sp.nsimplify(sp.expand((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2))
             for p, q in zip(corners, corners[1:] + corners[:1], strict=True)}
    confirm.check(len(sides) == 1, "every side of the completed polygon has the same length")
    return corners


def check_regular_area(value: sp.Expr, corners: list[Point]) -> None:
    """The area against the regular polygon's formula n s^2 / (4 tan(pi / n))."""
    n = len(corners)
    side = math.dist(tuple(map(float, corners[0])), tuple(map(float, corners[1])))
    formula = n * side ** 2 / (4 * math.tan(math.pi / n))
    confirm.check(abs(formula - float(value)) <= 1e-9 * max(1.0, formula),
                  "the regular polygon's area formula gives the same area")


def paired_names(template: str, maths: list[str]) -> dict[int, str]:
    """"vertices $A$ and $C$ at $(0,0)$ and $(7,1)$": each point's place and its letter."""
    m = re.search(r"vertices @(\d+)@ and @(\d+)@ (?:are )?(?:at|located at) @(\d+)@ and "
                  r"@(\d+)@(?:,? respectively)?", template)
    if m is None:
        return {}
    letters = [maths[int(m.group(k))].strip() for k in (1, 2)]
    if not all(re.fullmatch(r"[A-Z]", v) for v in letters):
        return {}
    return {int(m.group(3)): letters[0], int(m.group(4)): letters[1]}


__all__ = ["check_regular_area", "completed_regular", "paired_names", "regular_sides"]
