"""The least distance between two places (points, lines, circles, graphs of polynomials),
exactly, and the same least distance searched numerically on the places' points.

Exactly: a point and a line by the distance formula; parallel lines by their offsets; a
circle through its centre (a point at distance m from the centre is |m - r| from the
circle; a line or a graph, which runs off to infinity, meets the circle when m < r, else is
m - r away); a point and a graph y = f(x) by the least value of the squared distance
(x - p)^2 + (f(x) - q)^2 over the real roots of its derivative; a line ax + by + c = 0 and a
graph by whether ax + bf(x) + c has a real root (they meet) or else its least size over its
critical points. A graph x = g(y) is turned into y = g(x) with everything else. A least
value at a root with no closed form declines.

Numerically (`searched`), with none of these formulas: the squared distance between a point
of each place, by the places' own parameters, on a grid over a range that holds every pair
nearer than a sampled pair, refined by a pattern search.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.geometry.distance_objects import Place, X, Y, locator
from tutor.reasoning.symbolic.model import Decline, Step, latex, step


def least_distance(p: Place, q: Place) -> tuple[sp.Expr, list[Step]]:
    """The least distance between a point of p and a point of q, with its steps."""
    if p.kind == "circle" or q.kind == "circle":
        return _with_circle(p, q) if p.kind == "circle" else _with_circle(q, p)
    if p.kind == "graph" or q.kind == "graph":
        graph, other = (p, q) if p.kind == "graph" else (q, p)
        if other.kind == "graph":
            raise Decline("the distance between two graphs")
        v = Y if graph.turned else X  # the graph's free coordinate, as the steps show it
        if graph.turned:
            graph, other = graph.swapped(), other.swapped()
        return (_graph_point(graph, other, v) if other.kind == "point"
                else _graph_line(graph, other, v))
    if p.kind == "line" and q.kind == "line":
        return _two_lines(p, q)
    if p.kind == "point" and q.kind == "point":
        raise Decline("the distance between two points is not this reader's")
    point, line = (p, q) if p.kind == "point" else (q, p)
    a, b, c = line.coeffs
    value = sp.radsimp(abs(a * point.at[0] + b * point.at[1] + c) / sp.sqrt(a**2 + b**2))
    return value, [step("distance to a line", "The distance from (p, q) to ax + by + c = 0 is "
                        "|ap + bq + c| / sqrt(a^2 + b^2).", f"$d = {latex(value)}$",
                        latex(value))]


def _two_lines(p: Place, q: Place) -> tuple[sp.Expr, list[Step]]:
    (a1, b1, c1), (a2, b2, c2) = p.coeffs, q.coeffs
    if a1 * b2 - a2 * b1 != 0:
        return sp.Integer(0), [step("lines meet", "Two lines that are not parallel meet.",
                                    "The lines are not parallel, so they meet: $d = 0$", "0")]
    k = a1 / a2 if a2 != 0 else b1 / b2
    value = sp.radsimp(abs(c1 - k * c2) / sp.sqrt(a1**2 + b1**2))
    return value, [step("parallel lines", "Write both lines with the same ax + by; the gap "
                        "is |c_1 - c_2| / sqrt(a^2 + b^2).", f"$d = {latex(value)}$",
                        latex(value))]


def _with_circle(circle: Place, other: Place) -> tuple[sp.Expr, list[Step]]:
    r = circle.radius
    if other.kind == "circle":
        d = sp.sqrt(sum((u - v) ** 2 for u, v in zip(circle.at, other.at, strict=True)))
        r2 = other.radius
        value = (d - r - r2 if d >= r + r2 else abs(r - r2) - d if d <= abs(r - r2)
                 else sp.Integer(0))
        how = "Two circles: with d the distance between the centres, the gap is d - r_1 - r_2 " \
              "(apart), |r_1 - r_2| - d (one inside the other), else they meet."
        return sp.radsimp(value), [step("two circles", how, f"$d = {latex(d)}$, gap "
                                        f"${latex(sp.radsimp(value))}$", latex(value))]
    if other.kind == "point":
        m = sp.sqrt(sum((u - v) ** 2 for u, v in zip(circle.at, other.at, strict=True)))
        steps = [step("to the centre", "The distance from the point to the centre.",
                      f"$m = {latex(m)}$", latex(m))]
    else:
        m, steps = least_distance(Place("point", circle.at), other)
    if other.kind == "point":
        value = abs(m - r)
        how = "A point at distance m from the centre is |m - r| from the circle."
    elif m >= r:
        value = m - r
        how = "Every point of it is at least m from the centre, so at least m - r from the " \
              "circle; the nearest point attains it."
    else:
        value = sp.Integer(0)
        how = "It comes nearer to the centre than the radius and runs off to infinity, so it " \
              "crosses the circle."
    value = sp.radsimp(value)
    said = f"$m = {latex(m)}$ from the centre, $r = {latex(r)}$: the least distance is " \
        f"${latex(value)}$"
    return value, [*steps, step("through the centre", how, said, latex(value))]


def _least_at(h: sp.Expr) -> tuple[sp.Expr, sp.Expr, int]:
    """(x, h(x), how many x) where the polynomial h is least over the reals (h has a least
    value)."""
    poly = sp.Poly(h, X)
    if poly.degree() < 2 or poly.degree() % 2 or poly.LC() <= 0:
        raise Decline("the squared distance has no least value")
    best: tuple[float, sp.Expr, sp.Expr] | None = None
    ties = 1
    for factor, _ in sp.factor_list(sp.diff(h, X))[1]:
        if sp.degree(factor, X) <= 2:
            roots = [r for r in sp.roots(factor, X) if r.is_real]
        else:
            roots = list(sp.Poly(factor, X).real_roots())
        for r in roots:
            v = sp.radsimp(sp.expand(h.subs(X, r)))
            n = float(sp.N(v, 30))
            if best is None or n < best[0] - 1e-12 * (1 + abs(best[0])):
                best, ties = (n, r, v), 1
            elif abs(n - best[0]) <= 1e-12 * (1 + abs(best[0])):
                ties += 1
    if best is None:
        raise Decline("no critical point")
    if best[1].has(sp.CRootOf):
        raise Decline("the nearest point is a root with no closed form")
    return best[1], best[2], ties


def _graph_point(graph: Place, point: Place, v: sp.Symbol) -> tuple[sp.Expr, list[Step]]:
    p, q = point.at
    h = sp.expand((X - p) ** 2 + (graph.f - q) ** 2)
    x0, least, _ = _least_at(h)
    value = sp.radsimp(sp.sqrt(least))
    value = sp.sqrtdenest(value)
    return value, [
        step("squared distance", "The squared distance from the point to a point of the "
             "graph is a polynomial in the graph's free coordinate.",
             f"$D({v}) = {latex(h.subs(X, v))}$", latex(h.subs(X, v))),
        step("least value", "The least value is at a real root of the derivative.",
             f"$D'({v}) = {latex(sp.factor(sp.diff(h, X)).subs(X, v))}$; least at "
             f"${v} = {latex(x0)}$: "
             f"$D = {latex(least)}$, so $d = {latex(value)}$", latex(value))]


def _graph_line(graph: Place, line: Place, v: sp.Symbol) -> tuple[sp.Expr, list[Step]]:
    a, b, c = line.coeffs
    g = sp.expand(a * X + b * graph.f + c)
    first = step("signed gap", "A point (x, y) is |ax + by + c| / sqrt(a^2 + b^2) from the "
                 "line ax + by + c = 0; on the graph this is a polynomial g.",
                 f"$g({v}) = {latex(g.subs(X, v))}$", latex(g.subs(X, v)))
    if sp.Poly(g, X).count_roots() > 0 or sp.degree(g, X) % 2:
        return sp.Integer(0), [first, step("they meet", "g has a real root: the graph meets "
                                           "the line.", "$d = 0$", "0")]
    sign = 1 if sp.Poly(g, X).LC() > 0 else -1
    x0, least, _ = _least_at(sign * g)
    value = sp.radsimp(least / sp.sqrt(a**2 + b**2))
    return value, [first, step("least gap", "g keeps one sign; its least size is at a root of "
                               "g' = 0.", f"least at ${v} = {latex(x0)}$: $|g| = "
                               f"{latex(least)}$, so $d = {latex(value)}$", latex(value))]


def nearest_point(curve: Place, point: Place) -> tuple[tuple[sp.Expr, sp.Expr], list[Step]]:
    """The one point of a line, circle or graph nearest to a point."""
    p, q = point.at
    if curve.kind == "line":
        a, b, c = curve.coeffs
        k = (a * p + b * q + c) / (a**2 + b**2)
        at = (p - a * k, q - b * k)
        how = "The nearest point of a line is the foot of the perpendicular from the point."
    elif curve.kind == "circle":
        (cx, cy), r = curve.at, curve.radius
        m = sp.sqrt((p - cx) ** 2 + (q - cy) ** 2)
        if m == 0:
            raise Decline("every point of the circle is equally near its centre")
        at = (cx + r * (p - cx) / m, cy + r * (q - cy) / m)
        how = "The nearest point of a circle is where the ray from the centre meets it."
    elif curve.kind == "graph":
        graph, other = (curve.swapped(), point.swapped()) if curve.turned else (curve, point)
        h = sp.expand((X - other.at[0]) ** 2 + (graph.f - other.at[1]) ** 2)
        x0, _, ties = _least_at(h)
        if ties != 1:
            raise Decline("more than one point of the graph is nearest")
        at = (x0, graph.f.subs(X, x0))
        at = (at[1], at[0]) if curve.turned else at
        how = "The squared distance to a point of the graph is least at one root of its " \
              "derivative."
    else:
        raise Decline("the nearest point of a line, a circle or a graph")
    at = (sp.radsimp(sp.expand(at[0])), sp.radsimp(sp.expand(at[1])))
    shown = f"\\left({latex(at[0])}, {latex(at[1])}\\right)"
    return at, [step("nearest point", how, f"${shown}$", shown)]


def searched(p: Place, q: Place, span: float) -> tuple[float, tuple[float, float]]:
    """The least distance found numerically over parameters within `span` (and every angle
    of a circle), and the point of p where it is; declines when the best lies at the end of
    a range."""
    places = [(locator(pl), pl.kind) for pl in (p, q)]
    ranges = [((0.0, 2 * math.pi) if kind == "circle" else (-span, span))
              for _, kind in places if kind != "point"]

    def squared(params: tuple[float, ...]) -> float:
        it = iter(params)
        pts = [at(() if kind == "point" else (next(it),)) for at, kind in places]
        return (pts[0][0] - pts[1][0]) ** 2 + (pts[0][1] - pts[1][1]) ** 2

    n = 4001 if len(ranges) == 1 else 301
    grids = [[lo + (hi - lo) * i / (n - 1) for i in range(n)] for lo, hi in ranges]
    cells = [()] if not grids else [(u,) for u in grids[0]] if len(grids) == 1 else \
        [(u, v) for u in grids[0] for v in grids[1]]
    ranked = sorted(cells, key=squared)[:8]
    best = min((_pattern(squared, c, [(hi - lo) / (n - 1) for lo, hi in ranges])
                for c in ranked), key=squared)
    for value, (lo, hi), (_, kind) in zip(best, ranges, [pl for pl in places
                                                           if pl[1] != "point"], strict=True):
        if kind != "circle" and min(value - lo, hi - value) < (hi - lo) / 1000:
            raise Decline("the numerical search ran to the end of its range")
    return math.sqrt(squared(best)), places[0][0](best[:1])


def _pattern(f: Callable[[tuple[float, ...]], float], start: tuple[float, ...],
             steps: list[float]) -> tuple[float, ...]:
    """A pattern search: a step along each parameter while it improves, else half steps."""
    at, size = list(start), list(steps)
    now = f(tuple(at))
    for _ in range(4000):
        moved = False
        for i in range(len(at)):
            for sign in (1, -1):
                trial = list(at)
                trial[i] += sign * size[i]
                value = f(tuple(trial))
                if value < now:
                    at, now, moved = trial, value, True
                    break
        if not moved:
            size = [s / 2 for s in size]
            if all(s < 1e-13 * (1 + abs(a)) for s, a in zip(size, at, strict=True)):
                break
    return tuple(at)


def as_float(v: sp.Expr) -> float:
    return float(mpmath.mpf(str(sp.N(v, 30))))


__all__ = ["as_float", "least_distance", "nearest_point", "searched"]
