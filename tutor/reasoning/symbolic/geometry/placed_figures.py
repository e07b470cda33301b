"""A plane figure (a square, rectangle, triangle, trapezoid or parallelogram named by its
vertices) placed on coordinates, with the points a problem builds from it: midpoints,
points on a segment at a told distance or ratio, feet of perpendiculars, centroids and the
points where two segments cross; then a length, a distance to a line or an area measured.

One class serves both number kinds: exact SymPy coordinates for the answer, and mpmath at
40 digits for the confirmation (`figure_constructions`). A figure the facts do not fix up
to congruence (a trapezoid told by its bases and height, a parallelogram by its area) has a
free shape (`shape`): the answer is taken only when every shape tried gives the same one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline

Pt = tuple[Any, Any]
# regular polygons whose corners SymPy writes in radicals, by their number of sides
REGULAR = {"pentagon": 5, "hexagon": 6, "octagon": 8, "decagon": 10, "dodecagon": 12}
CORNERS = {"triangle": 3, **REGULAR}


@dataclass
class Shape:
    """The figure's kind, its vertex letters in order and the numbers that fix it: `side`
    (square, equilateral), `sides` (a rectangle's AB, BC; a triangle's BC, CA, AB),
    `bases` and `height` (a trapezoid, bases the first and third sides), `area`."""

    kind: str
    name: str
    sides: tuple[Any, ...] = ()
    height: Any = None
    area: Any = None
    steps: list[tuple] = field(default_factory=list)  # the constructions, in order
    told: list[tuple[tuple, Any]] = field(default_factory=list)  # lengths told: ((P, Q), v)
    parallels: list[tuple[tuple, tuple]] = field(default_factory=list)  # sides told parallel
    free: bool = False  # the told facts leave the shape free
    apart: list[tuple[str, str]] = field(default_factory=list)  # points that must differ
    corners: list[tuple[Any, Any]] = field(default_factory=list)  # told by coordinates
    ratios: list[tuple[tuple, tuple, Any]] = field(default_factory=list)  # XY / ZW told


def vertices(shape: Shape, lean: Any, sqrt: Callable[[Any], Any]) -> dict[str, Pt]:
    """The figure's corners; `lean` is the free shape's horizontal offset of its top side."""
    n, s = shape.name, shape.sides
    z = lean - lean  # zero of the number kind: SymPy's exact 0 or mpmath's
    pts: list[Pt]
    if shape.corners:
        pts = [(z + x, z + y) for x, y in shape.corners]
    elif shape.kind in REGULAR:  # corners on a circle, counter-clockwise from the first
        m = REGULAR[shape.kind]
        exact = isinstance(z, sp.Basic)
        pi, sin, cos = (sp.pi, sp.sin, sp.cos) if exact else (mpmath.pi, mpmath.sin, mpmath.cos)
        side = s[0] if s else 1 + lean / 7
        r = side / (2 * sin(pi / m))
        pts = [(r * cos(2 * pi * k / m), r * sin(2 * pi * k / m)) for k in range(m)]
    elif shape.kind in ("square", "rectangle"):
        a, b = (s[0], s[0]) if shape.kind == "square" and s else s or (1 + lean / 7,) * 2
        pts = [(z, z), (a, z), (a, b), (z, b)]
    elif shape.kind == "trapezoid":
        a, b = s
        h = shape.height if shape.height is not None else 2 * shape.area / (a + b)
        pts = [(z, z), (a, z), (lean + b, h), (lean, h)]
    elif shape.kind == "parallelogram":
        a = s[0] if s else 1 + lean / 7
        h = shape.area / a if shape.area is not None else 1 + z
        pts = [(z, z), (a, z), (a + lean, h), (lean, h)]
    elif not s:  # a triangle known by its area (or nothing): its shape is free
        a = 1 + lean / 7 + z
        h = 2 * shape.area / a if shape.area is not None else 1 + z
        pts = [(z, z), (a, z), (lean, h)]
    elif None in s:  # two sides told: the angle between them is free (a rational turn)
        t = 1 + lean
        c, si = (1 - t * t) / (1 + t * t), 2 * t / (1 + t * t)
        bc, ca, ab = s
        if bc is None:  # the angle at A
            pts = [(z, z), (ab, z), (ca * c, ca * si)]
        elif ca is None:  # the angle at B
            pts = [(z, z), (ab, z), (ab - bc * c, bc * si)]
        else:  # the angle at C
            pts = [(ca, z), (bc * c, bc * si), (z, z)]
    else:  # a triangle: BC, CA, AB
        bc, ca, ab = s
        x = (ca * ca + ab * ab - bc * bc) / (2 * ab)
        pts = [(z, z), (ab, z), (x, sqrt(ca * ca - x * x))]
    return dict(zip(n, pts, strict=True))


def build(shape: Shape, lean: Any, sqrt: Callable[[Any], Any],
          below: Callable[[Any, Any], bool]) -> dict[str, Pt]:
    """Every named point: the corners, then each construction in turn. `below(x, y)` is
    x < y for the number kind (exact or at 40 digits); a point off its segment declines."""
    p = vertices(shape, lean, sqrt)
    if shape.corners and not convex([p[v] for v in shape.name], below):
        raise Decline("corners that make a convex polygon, in order round it")
    for how, name, *args in shape.steps:
        if name in p:
            raise Decline("each point named once")
        if how == "mid":
            (x1, y1), (x2, y2) = p[args[0]], p[args[1]]
            p[name] = ((x1 + x2) / 2, (y1 + y2) / 2)
        elif how in ("along", "ratio"):
            (x1, y1), (x2, y2) = p[args[0]], p[args[1]]
            whole = sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)
            t = args[2] / whole if how == "along" else args[2] / (1 + args[2])
            if not (below(0, t) and below(t, 1)):
                raise Decline("a point strictly inside its segment")
            p[name] = (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
        elif how == "foot":
            p[name] = foot(p[args[0]], p[args[1]], p[args[2]])
        elif how == "bisect":  # on side ab, cutting it as the sides at the vertex
            v, a, b = (p[u] for u in args)
            va, vb = (sqrt((q[0] - v[0]) ** 2 + (q[1] - v[1]) ** 2) for q in (a, b))
            p[name] = ((vb * a[0] + va * b[0]) / (va + vb), (vb * a[1] + va * b[1]) / (va + vb))
        elif how == "at":  # told by its coordinates
            p[name] = (args[0], args[1])
        elif how == "centroid":
            xs = [p[v] for v in args]
            p[name] = (sum(q[0] for q in xs) / 3, sum(q[1] for q in xs) / 3)
        elif how == "meet":
            p[name] = crossing(p[args[0]], p[args[1]], p[args[2]], p[args[3]], below)
    for u, w in shape.apart:
        if not (below(0, (p[u][0] - p[w][0]) ** 2 + (p[u][1] - p[w][1]) ** 2)):
            raise Decline("two points that should differ coincide")
    return p


def foot(q: Pt, a: Pt, b: Pt) -> Pt:
    """The foot of the perpendicular from q to the line ab."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / (dx * dx + dy * dy)
    return a[0] + t * dx, a[1] + t * dy


def crossing(a: Pt, b: Pt, c: Pt, d: Pt, below: Callable[[Any, Any], bool]) -> Pt:
    """Where the lines ab and cd meet (Cramer's rule; "BM meets AC at P" may meet AC beyond
    M); lines that do not cross decline."""
    r, s = (b[0] - a[0], b[1] - a[1]), (d[0] - c[0], d[1] - c[1])
    den = r[0] * s[1] - r[1] * s[0]
    if not (below(0, den) or below(den, 0)):
        raise Decline("two lines that cross")
    qx, qy = c[0] - a[0], c[1] - a[1]
    t = (qx * s[1] - qy * s[0]) / den
    return a[0] + t * r[0], a[1] + t * r[1]


def convex(corners: Sequence[Pt], below: Callable[[Any, Any], bool]) -> bool:
    """The corners, in order, go round a convex polygon (every turn the same way)."""
    n = len(corners)
    turns = []
    for i in range(n):
        a, b, c = corners[i], corners[(i + 1) % n], corners[(i + 2) % n]
        turns.append((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]))
    return all(below(0, t) for t in turns) or all(below(t, 0) for t in turns)


def exact_below(x: Any, y: Any) -> bool:
    d = sp.nsimplify(y - x) if not isinstance(y - x, sp.Basic) else y - x
    v = sp.N(d, 50)
    if abs(v) < sp.Float(10) ** -40:
        if sp.simplify(d) == 0:
            return False
        raise Decline("a comparison too close to settle")
    return bool(v > 0)


def mp_below(x: Any, y: Any) -> bool:
    return bool(mpmath.mpf(y) - mpmath.mpf(x) > mpmath.mpf(10) ** -30)


__all__ = ["CORNERS", "REGULAR", "Shape", "build", "convex", "crossing", "exact_below", "foot",
           "mp_below", "vertices"]
