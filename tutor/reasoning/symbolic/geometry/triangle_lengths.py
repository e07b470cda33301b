"""Lengths inside a triangle known by its three sides: the altitude, the median and the
angle bisector from a vertex, the inradius and the circumradius, the area and the perimeter.

Each is computed twice. `exact` uses the textbook formulas in the side lengths (Heron's
formula for the area K, the altitude 2K/a, the median sqrt(2b^2 + 2c^2 - a^2)/2, the
bisector sqrt(bc((b + c)^2 - a^2))/(b + c), r = K/s, R = abc/(4K)). `placed` puts the
triangle in the plane (one vertex at the origin, one on the x-axis, the third by the law of
cosines in 50-digit floating point) and measures the same length with coordinates: a
point's distance to a line, to a midpoint, to where the bisecting direction meets the
opposite side, the incentre's distance to a side and the circumcentre's distance to a
vertex. The two share no formula, so agreement confirms the exact value."""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import latex

# a measure and, for the lengths drawn from a vertex, that vertex ("altitude", "A")
Kind = tuple[str, str | None]
Sides = dict[str, sp.Basic]  # vertex -> the side opposite it
FROM_VERTEX = frozenset({"altitude", "median", "bisector"})
WHOLE = frozenset({"area", "perimeter", "inradius", "circumradius"})


def makes_triangle(sides: dict[str, sp.Basic]) -> bool:
    """Each side (opposite its vertex) shorter than the other two together."""
    a, b, c = sides.values()
    return bool(a + b > c and b + c > a and a + c > b)


def exact(kind: Kind, sides: dict[str, sp.Basic]) -> sp.Basic:
    """The measure from the side lengths (`sides`: vertex -> the side opposite it)."""
    a, b, c = sides.values()
    k = sp.sqrt(sp.expand((a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c))) / 4
    what, v = kind
    if what in WHOLE:
        value = {"area": k, "perimeter": a + b + c, "inradius": 2 * k / (a + b + c),
                 "circumradius": a * b * c / (4 * k)}[what]
    else:
        assert v is not None
        x = sides[v]
        y, z = (sides[u] for u in sides if u != v)
        if what == "altitude":
            value = 2 * k / x
        elif what == "median":
            value = sp.sqrt(2 * y**2 + 2 * z**2 - x**2) / 2
        else:
            value = sp.sqrt(y * z * ((y + z) ** 2 - x**2)) / (y + z)
    return sp.radsimp(sp.simplify(value))


def _points(sides: dict[str, sp.Basic]) -> dict[str, tuple[mpmath.mpf, mpmath.mpf]]:
    p, q, r = sides
    length = {v: mpmath.mpf(str(sp.N(s, 60))) for v, s in sides.items()}
    # P at the origin, Q on the x-axis (PQ is the side opposite R), R by the law of cosines
    pq, pr = length[r], length[q]
    cos_p = (pq**2 + pr**2 - length[p] ** 2) / (2 * pq * pr)
    return {p: (mpmath.mpf(0), mpmath.mpf(0)), q: (pq, mpmath.mpf(0)),
            r: (pr * cos_p, pr * mpmath.sqrt(1 - cos_p**2))}


def _dist(u: tuple[mpmath.mpf, mpmath.mpf], w: tuple[mpmath.mpf, mpmath.mpf]) -> mpmath.mpf:
    return mpmath.sqrt((u[0] - w[0]) ** 2 + (u[1] - w[1]) ** 2)


def _to_line(u: tuple, p: tuple, q: tuple) -> mpmath.mpf:
    cross = (q[0] - p[0]) * (u[1] - p[1]) - (q[1] - p[1]) * (u[0] - p[0])
    return abs(cross) / _dist(p, q)


def placed(kind: Kind, sides: dict[str, sp.Basic]) -> mpmath.mpf:
    """The same measure with coordinates, in floating point."""
    with mpmath.workdps(50):
        pts = _points(sides)
        p, q, r = (pts[v] for v in sides)
        what, v = kind
        area = abs((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])) / 2
        if what == "area":
            return area
        if what == "perimeter":
            return _dist(p, q) + _dist(q, r) + _dist(r, p)
        if what == "inradius":
            la, lb, lc = _dist(q, r), _dist(r, p), _dist(p, q)
            total = la + lb + lc
            centre = ((la * p[0] + lb * q[0] + lc * r[0]) / total,
                      (la * p[1] + lb * q[1] + lc * r[1]) / total)
            return _to_line(centre, p, q)
        if what == "circumradius":  # the point equally far from all three, by two equations
            m = mpmath.matrix([[2 * (q[0] - p[0]), 2 * (q[1] - p[1])],
                               [2 * (r[0] - p[0]), 2 * (r[1] - p[1])]])
            rhs = mpmath.matrix([q[0] ** 2 + q[1] ** 2 - p[0] ** 2 - p[1] ** 2,
                                 r[0] ** 2 + r[1] ** 2 - p[0] ** 2 - p[1] ** 2])
            centre = mpmath.lu_solve(m, rhs)
            return _dist((centre[0], centre[1]), p)
        assert v is not None
        top = pts[v]
        y, z = (pts[u] for u in sides if u != v)
        if what == "altitude":
            return _to_line(top, y, z)
        if what == "median":
            return _dist(top, ((y[0] + z[0]) / 2, (y[1] + z[1]) / 2))
        # the bisecting direction (the sum of the unit vectors along the two sides) meets YZ
        uy, uz = _dist(top, y), _dist(top, z)
        d = ((y[0] - top[0]) / uy + (z[0] - top[0]) / uz,
             (y[1] - top[1]) / uy + (z[1] - top[1]) / uz)
        m = mpmath.matrix([[d[0], -(z[0] - y[0])], [d[1], -(z[1] - y[1])]])
        t = mpmath.lu_solve(m, mpmath.matrix([y[0] - top[0], y[1] - top[1]]))[0]
        return t * mpmath.sqrt(d[0] ** 2 + d[1] ** 2)


def agrees(kind: Kind, sides: dict[str, sp.Basic], value: sp.Basic) -> bool:
    with mpmath.workdps(50):
        got = placed(kind, sides)
        want = mpmath.mpf(str(sp.N(value, 60)))
        return bool(abs(got - want) < mpmath.mpf(10) ** -30 * max(1, abs(want)))


def _p(x: sp.Basic) -> str:
    """A number as a factor: bracketed unless it is a whole number."""
    t = latex(x)
    return t if x.is_Integer and x >= 0 else f"\\left({t}\\right)"


def shown(kind: Kind, sides: Sides) -> str:
    """The formula of `kind` with the sides put in (LaTeX, without its value)."""
    a, b, c = sides.values()
    what, v = kind
    k = _p(exact(("area", None), sides))
    if what == "area":
        s = _p(sp.radsimp((a + b + c) / 2))
        return (f"\\sqrt{{{s} \\left({s} - {_p(a)}\\right)\\left({s} - {_p(b)}\\right)"
                f"\\left({s} - {_p(c)}\\right)}}")
    if what == "perimeter":
        return f"{_p(a)} + {_p(b)} + {_p(c)}"
    if what == "inradius":
        return f"\\frac{{{k}}}{{{_p(sp.radsimp((a + b + c) / 2))}}}"
    if what == "circumradius":
        return f"\\frac{{{_p(a)} \\cdot {_p(b)} \\cdot {_p(c)}}}{{4 \\cdot {k}}}"
    assert v is not None
    x = _p(sides[v])
    y, z = (_p(sides[u]) for u in sides if u != v)
    if what == "altitude":
        return f"\\frac{{2 \\cdot {k}}}{{{x}}}"
    if what == "median":
        return f"\\frac{{1}}{{2}}\\sqrt{{2 \\cdot {y}^2 + 2 \\cdot {z}^2 - {x}^2}}"
    return (f"\\frac{{\\sqrt{{{y} \\cdot {z} \\left(\\left({y} + {z}\\right)^2 - {x}^2"
            f"\\right)}}}}{{{y} + {z}}}")


FORMULA = {"area": "K = \\sqrt{s(s-a)(s-b)(s-c)}", "perimeter": "P = a + b + c",
           "inradius": "r = \\frac{K}{s}", "circumradius": "R = \\frac{abc}{4K}",
           "altitude": "h_a = \\frac{2K}{a}", "median": "m_a = \\frac{1}{2}\\sqrt{2b^2 + 2c^2 - "
           "a^2}", "bisector": "t_a = \\frac{\\sqrt{bc\\left((b+c)^2 - a^2\\right)}}{b + c}"}

__all__ = ["FORMULA", "FROM_VERTEX", "WHOLE", "Kind", "Sides", "agrees", "exact",
           "makes_triangle", "placed", "shown"]
