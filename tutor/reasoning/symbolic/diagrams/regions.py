"""Areas and perimeters of a figure's polygons and shaded regions from exact coordinates.

The shaded region is one shaded polygon, less white polygons and white circles painted
over it that lie inside it without overlapping each other. Every area is computed exactly
with the shoelace formula and confirmed by the trapezoid formula at 50 digits with mpmath
(the circles by their radii, the containment by a numeric test of each piece)."""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.diagrams.figure import Circle, Figure, Pair, Path, length, require
from tutor.reasoning.symbolic.model import latex


def _ring(nodes: tuple[Pair, ...]) -> list[Pair]:
    out = list(nodes)
    if len(out) > 1 and out[0].same(out[-1]):
        out.pop()
    return out


def shoelace(nodes: tuple[Pair, ...]) -> sp.Expr:
    ring = _ring(nodes)
    total = sum((a.x * b.y - b.x * a.y for a, b in zip(ring, ring[1:] + ring[:1], strict=True)),
                sp.Integer(0))
    return sp.simplify(sp.Abs(total) / 2)


def _n(v: sp.Expr) -> str:
    return f"({latex(v)})"


def shoelace_claim(nodes: tuple[Pair, ...], area: sp.Expr) -> str:
    """The shoelace sum written out with the coordinates, a claim the checker can verify."""
    ring = _ring(nodes)
    terms = " + ".join(f"{_n(a.x)}{_n(b.y)} - {_n(b.x)}{_n(a.y)}"
                       for a, b in zip(ring, ring[1:] + ring[:1], strict=True))
    return f"\\frac{{1}}{{2}}\\left|{terms}\\right| = {latex(area)}"


def perimeter_claim(nodes: tuple[Pair, ...], total: sp.Expr) -> str:
    """The sides by the distance formula, added: a claim the checker can verify."""
    ring = _ring(nodes)
    sides = " + ".join(f"\\sqrt{{({latex(b.x)} - {_n(a.x)})^2 + ({latex(b.y)} - {_n(a.y)})^2}}"
                       for a, b in zip(ring, ring[1:] + ring[:1], strict=True))
    return f"{sides} = {latex(total)}"


def trapezoids(nodes: tuple[Pair, ...]) -> mpmath.mpf:
    """The same area a second way: the signed trapezoids under each edge, at 50 digits."""
    ring = _ring(nodes)
    with mpmath.workdps(50):
        total = mpmath.mpf(0)
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
            ax, ay, bx, by = (mpmath.mpf(sp.N(v, 60)) for v in (a.x, a.y, b.x, b.y))
            total += (bx - ax) * (ay + by) / 2
        return abs(total)


def _sign(v: sp.Expr) -> int:
    """-1, 0 or 1 at 40 digits (exact figure values equal to 25 digits are equal)."""
    x = sp.N(v, 40)
    return 0 if abs(x) < 1e-25 else 1 if x > 0 else -1


def _crosses(a: Pair, b: Pair, c: Pair, d: Pair) -> bool:
    def orient(p: Pair, q: Pair, r: Pair) -> float:
        return float((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x))
    return (orient(a, b, c) * orient(a, b, d) < 0) and (orient(c, d, a) * orient(c, d, b) < 0)


def simple_polygon(nodes: tuple[Pair, ...]) -> list[Pair]:
    ring = _ring(nodes)
    require(len(ring) >= 3, "a polygon with fewer than three corners")
    edges = list(zip(ring, ring[1:] + ring[:1], strict=True))
    for i, (a, b) in enumerate(edges):
        for j in range(i + 2, len(edges)):
            if i == 0 and j == len(edges) - 1:
                continue
            require(not _crosses(a, b, *edges[j]), "a polygon whose sides cross")
    require(shoelace(nodes) != 0, "a polygon with no area")
    return ring


def _inside(p: tuple[float, float], ring: list[Pair]) -> bool:
    x, y = p
    pts = [q.numeric() for q in ring]
    inside = False
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1], strict=True):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def _edge_distance(p: Pair, a: Pair, b: Pair) -> sp.Expr:
    d = b - a
    t = ((p.x - a.x) * d.x + (p.y - a.y) * d.y) / (d.x ** 2 + d.y ** 2)
    t = sp.Integer(0) if _sign(t) < 0 else sp.Integer(1) if _sign(t - 1) > 0 else t
    return length(p, a + d.scaled(t))


def _circle_inside(c: Circle, ring: list[Pair]) -> bool:
    if not _inside(c.centre.numeric(), ring):
        return False
    return all(_sign(_edge_distance(c.centre, a, b) - c.radius) >= 0
               for a, b in zip(ring, ring[1:] + ring[:1], strict=True))


def _polygon_inside(inner: list[Pair], ring: list[Pair]) -> bool:
    """Every corner inside or on `ring` and no side crossing it."""
    edges = list(zip(ring, ring[1:] + ring[:1], strict=True))
    for p in inner:
        on_edge = any(_sign(_edge_distance(p, a, b)) == 0 for a, b in edges)
        if not on_edge and not _inside(p.numeric(), ring):
            return False
    return not any(_crosses(a, b, c, d) for a, b in zip(inner, inner[1:] + inner[:1],
                                                       strict=True) for c, d in edges)


def shaded_area(figure: Figure) -> tuple[sp.Expr, mpmath.mpf, list[str]]:
    """The shaded area exactly, the same area in floating point by the second method, and
    the pieces that make it up (in words)."""
    shaded = [(f, p) for f, p in figure.fills if p.colour != "white"]
    require(len(shaded) == 1, "one shaded region")
    region, pen = shaded[0]
    require(isinstance(region, Path) and not region.curved, "a shaded region with curved sides")
    assert isinstance(region, Path)
    ring = simple_polygon(region.nodes)
    start = figure.fills.index((region, pen))
    holes = figure.fills[start + 1:]
    require(all(p.colour == "white" for _, p in holes), "shading painted over twice")
    require(start == 0, "white painted before the shading")
    exact = shoelace(region.nodes)
    with mpmath.workdps(50):
        second = trapezoids(region.nodes)
        words = [f"the shaded polygon has area ${sp.latex(exact)}$"]
        circles: list[Circle] = []
        for hole, _ in holes:
            if isinstance(hole, Circle):
                require(_circle_inside(hole, ring), "a white circle not inside the shading")
                require(all(_sign(length(hole.centre, c.centre) - hole.radius - c.radius) >= 0
                            for c in circles), "white circles that overlap")
                circles.append(hole)
                cut = sp.pi * hole.radius ** 2
                second -= mpmath.pi * mpmath.mpf(sp.N(hole.radius, 60)) ** 2
                words.append(f"a white circle of radius ${sp.latex(hole.radius)}$ "
                             f"removes ${sp.latex(cut)}$")
            else:
                require(not hole.curved, "a white region with curved sides")
                inner = simple_polygon(hole.nodes)
                require(_polygon_inside(inner, ring) and not circles and len(holes) == 1,
                        "a white polygon that may overlap other pieces")
                cut = shoelace(hole.nodes)
                second -= trapezoids(hole.nodes)
                words.append(f"a white polygon removes ${sp.latex(cut)}$")
            exact -= cut
        return sp.simplify(exact), second, words


def perimeter(nodes: tuple[Pair, ...]) -> tuple[sp.Expr, mpmath.mpf]:
    ring = simple_polygon(nodes)
    sides = [length(a, b) for a, b in zip(ring, ring[1:] + ring[:1], strict=True)]
    with mpmath.workdps(50):
        second = sum(mpmath.sqrt((mpmath.mpf(sp.N(a.x - b.x, 60))) ** 2
                                 + (mpmath.mpf(sp.N(a.y - b.y, 60))) ** 2)
                     for a, b in zip(ring, ring[1:] + ring[:1], strict=True))
    return sp.radsimp(sp.simplify(sum(sides))), second


__all__ = ["perimeter", "perimeter_claim", "shaded_area", "shoelace", "shoelace_claim",
           "simple_polygon", "trapezoids"]
