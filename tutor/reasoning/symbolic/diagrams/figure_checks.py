"""Whether a figure's exact coordinates satisfy the statements read beside it
(`figure_sentences`): points on sides, midpoints, parallels, named shapes, angles. Each
check is exact to 40 digits on the figure's own coordinates; a statement that fails means
the figure is not drawn to its givens, and the caller declines."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.diagrams import regions
from tutor.reasoning.symbolic.diagrams.figure import Figure, Pair, require
from tutor.reasoning.symbolic.diagrams.figure_statements import Fact
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.model import Decline

_SIDES = polygon_sides("triangle quadrilateral square rectangle parallelogram rhombus trapezoid"
                       " pentagon hexagon octagon")


def zero(e: sp.Expr) -> bool:
    """Zero to 40 digits (the figure's values are exact, so equal to 40 digits is equal)."""
    return bool(abs(sp.N(e, 50)) < sp.Float("1e-40"))


def cross(u: Pair, v: Pair) -> sp.Expr:
    return u.x * v.y - u.y * v.x


def dot(u: Pair, v: Pair) -> sp.Expr:
    return u.x * v.x + u.y * v.y


def size(u: Pair) -> sp.Expr:
    return sp.sqrt(dot(u, u))


def cosine(vertex: Pair, a: Pair, b: Pair) -> sp.Expr:
    u, v = a - vertex, b - vertex
    require(not zero(dot(u, u)) and not zero(dot(v, v)), "an angle with a zero side")
    return dot(u, v) / (size(u) * size(v))


def _ring(name: str, at: dict[str, Pair]) -> list[Pair]:
    return [at[c] for c in name]


def _convex(ring: list[Pair]) -> bool:
    n = len(ring)
    turns = [sp.N(cross(ring[i] - ring[i - 1], ring[(i + 1) % n] - ring[i]), 50)
             for i in range(n)]
    return all(t > 1e-40 for t in turns) or all(t < -1e-40 for t in turns)


def corner_angle(name: str, corner: str, at: dict[str, Pair]) -> tuple[Pair, Pair, Pair]:
    """The angle of polygon `name` at `corner`: (vertex, one neighbour, the other), when
    the polygon is convex there."""
    i = name.index(corner)
    ring = _ring(name, at)
    prev, here, nxt = ring[i - 1], ring[i], ring[(i + 1) % len(ring)]
    turn = sp.N(cross(here - prev, nxt - here), 50)
    area = sp.N(sum((a.x * b.y - b.x * a.y for a, b in zip(ring, ring[1:] + ring[:1],
                                                          strict=True)), sp.Integer(0)), 50)
    require(turn * area > 0, "a reflex angle")
    return here, prev, nxt


def _sides(ring: list[Pair]) -> list[sp.Expr]:
    return [size(b - a) for a, b in zip(ring, ring[1:] + ring[:1], strict=True)]


def _all_equal(values: list[sp.Expr]) -> bool:
    return all(zero(v - values[0]) for v in values[1:])


def shape_holds(kind: str, name: str, qualities: tuple[str, ...], at: dict[str, Pair]) -> bool:
    require(_SIDES.get(kind, len(name)) == len(name), "a shape named with the wrong corners")
    require(len(set(name)) == len(name), "a shape named with a repeated letter")
    ring = _ring(name, at)
    regions.simple_polygon(tuple(ring))
    n = len(ring)
    cosines = [cosine(ring[i], ring[i - 1], ring[(i + 1) % n]) for i in range(n)]
    sides = _sides(ring)
    right = [zero(c) for c in cosines]
    checks = {
        "square": all(right) and _all_equal(sides),
        "rectangle": all(right),
        "rhombus": _all_equal(sides),
        "parallelogram": n == 4 and zero(cross(ring[1] - ring[0], ring[2] - ring[3]))
        and zero(cross(ring[2] - ring[1], ring[3] - ring[0])),
        "trapezoid": n == 4 and (zero(cross(ring[1] - ring[0], ring[2] - ring[3]))
                                 or zero(cross(ring[2] - ring[1], ring[3] - ring[0]))),
        "convex": _convex(ring),
        "regular": _convex(ring) and _all_equal(sides) and _all_equal(cosines),
        "equilateral": _all_equal(sides),
        "isosceles": n == 3 and any(zero(sides[i] - sides[i - 1]) for i in range(3)),
        "right": n == 3 and any(right),
        "right-angled": n == 3 and any(right),
    }
    return all(checks.get(word, True) for word in (kind, *qualities))


def _on(p: Pair, a: Pair, b: Pair) -> bool:
    d = b - a
    t = dot(p - a, d) / dot(d, d)
    return zero(cross(p - a, d)) and sp.N(t, 50) > 0 and sp.N(t, 50) < 1


def fact_holds(fact: Fact, at: dict[str, Pair], shapes: list[Fact], figure: Figure) -> bool:
    """Whether `fact` holds on the named points `at`."""
    k, args = fact.kind, fact.args
    if k == "on":
        return _on(at[args[0]], at[args[1][0]], at[args[1][1]])
    if k == "midpoint":
        a, b = at[args[1][0]], at[args[1][1]]
        return at[args[0]].same((a + b).scaled(sp.Rational(1, 2)))
    if k in ("parallel", "perpendicular"):
        u = at[args[0][1]] - at[args[0][0]]
        v = at[args[1][1]] - at[args[1][0]]
        return zero(cross(u, v) if k == "parallel" else dot(u, v))
    if k == "shape":
        return shape_holds(args[0], args[1], args[2:], at)
    if k == "right-at":
        here, a, b = corner_angle(args[0], args[1], at)
        return zero(cosine(here, a, b))
    if k == "congruent":
        one, two = _sides(_ring(args[0], at)), _sides(_ring(args[1], at))
        return all(zero(a - b) for a, b in zip(one, two, strict=True))
    if k == "outside":
        fits = [f.args[1] for f in shapes if f.args[0] == args[1]]
        require(len(fits) == 1, "which shape a point is outside")
        ring = _ring(fits[0], at)
        p = at[args[0]]
        edges = list(zip(ring, ring[1:] + ring[:1], strict=True))
        sign = [sp.N(cross(b - a, p - a), 50) for a, b in edges]
        return _convex(ring) and any(s * _orientation(ring) < -1e-40 for s in sign)
    if k == "on-line":
        a, b = at[args[1][0]], at[args[1][1]]
        return zero(cross(at[args[0]] - a, b - a))
    if k in ("altitude", "median"):
        return _cevian(k, args[0], args[1], at, shapes)
    if k == "bisects":
        v, a, b = at[args[1][1]], at[args[1][0]], at[args[1][2]]
        require(at[args[0][0]].same(v), "a bisector that does not start at the angle's vertex")
        r = at[args[0][1]]
        return zero(cosine(v, a, r) - cosine(v, r, b)) and \
            zero(sp.acos(cosine(v, a, r)) + sp.acos(cosine(v, r, b)) - sp.acos(cosine(v, a, b)))
    if k == "shared-side":
        ends = set(args[0])
        sided = [f for f in shapes if any({f.args[1][i], f.args[1][i - 1]} == ends
                                          for i in range(len(f.args[1])))]
        return len(sided) >= 2
    raise Decline(f"a statement I cannot check: {k}")


def _cevian(kind: str, seg: str, triangle: str, at: dict[str, Pair],
            shapes: list[Fact]) -> bool:
    """An altitude or a median from the vertex the segment starts at (its first letter, or
    its only letter that is a corner) of the triangle named, or of the one named triangle."""
    named = [triangle] if triangle else [f.args[1] for f in shapes if len(f.args[1]) == 3]
    fits = [(t, c) for t in named for c in seg if c in t and (seg.replace(c, "") not in t)]
    require(len(fits) == 1, f"which triangle the {kind} belongs to")
    t, vertex = fits[0]
    foot = seg.replace(vertex, "")
    b, c = (at[x] for x in t if x != vertex)
    p, f = at[vertex], at[foot]
    if kind == "median":
        return f.same((b + c).scaled(sp.Rational(1, 2)))
    return zero(cross(f - b, c - b)) and zero(dot(f - p, c - b))


def _orientation(ring: list[Pair]) -> int:
    total = sp.N(sum((a.x * b.y - b.x * a.y for a, b in zip(ring, ring[1:] + ring[:1],
                                                           strict=True)), sp.Integer(0)), 50)
    return 1 if total > 0 else -1


__all__ = ["corner_angle", "cosine", "cross", "dot", "fact_holds", "shape_holds", "size", "zero"]
