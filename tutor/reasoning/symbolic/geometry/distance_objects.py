"""The places a distance is measured between: a point, a line, a circle, or the graph of a
polynomial (y = f(x) or x = g(y)), read from a piece of maths and the noun before it.

"the point $(6, 12)$", "the origin", "the $x$-axis", "the line $3x + 4y = 10$", "the circle
$x^2 + y^2 - 10x + 21 = 0$", "the parabola $y = x^2 + 4x + 9$", "the curve $x = y^4 + 1$".
A noun must fit the maths ("parabola" is the graph of a quadratic, "line" a linear
equation); an equation of any other shape declines. Coefficients are rational.

Each place also gives points on it by parameters (`locator`) for the numerical check
of `curve_distances`: a line by arc length from its foot from the origin, a circle by
angle, a graph by its free coordinate.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

X, Y = sp.symbols("x y")
Point = tuple[sp.Expr, sp.Expr]


@dataclass(frozen=True)
class Place:
    """One of: kind "point" (at), "line" (coeffs a, b, c of ax + by + c = 0), "circle"
    (at = centre, radius), "graph" (f: y = f(x), or x = f(y) when `turned`)."""

    kind: str
    at: Point = (sp.Integer(0), sp.Integer(0))
    coeffs: tuple[sp.Expr, sp.Expr, sp.Expr] = (sp.Integer(0),) * 3
    radius: sp.Expr = sp.Integer(0)
    f: sp.Expr = sp.Integer(0)
    turned: bool = False

    def swapped(self) -> Place:
        """The same place with x and y exchanged (a reflection: distances are kept)."""
        a, b, c = self.coeffs
        return Place(self.kind, (self.at[1], self.at[0]), (b, a, c), self.radius, self.f,
                     not self.turned)

    def describe(self) -> str:
        if self.kind == "point":
            return f"the point $\\left({sp.latex(self.at[0])}, {sp.latex(self.at[1])}\\right)$"
        if self.kind == "line":
            a, b, c = self.coeffs
            return f"the line ${sp.latex(sp.Eq(a * X + b * Y + c, 0))}$"
        if self.kind == "circle":
            cx, cy = self.at
            return (f"the circle with centre $\\left({sp.latex(cx)}, {sp.latex(cy)}\\right)$ "
                    f"and radius ${sp.latex(self.radius)}$")
        lhs, var = (X, Y) if self.turned else (Y, X)
        return f"the graph ${sp.latex(sp.Eq(lhs, self.f.subs(X, var)))}$"


_KINDS = {"parabola": {"graph"}, "line": {"line"}, "circle": {"circle"},
          "curve": {"graph", "line", "circle"}, "graph": {"graph", "line", "circle"},
          "point": {"point"}, "": {"point"}}
ORIGIN = Place("point")
AXES = {"x": Place("line", coeffs=(sp.Integer(0), sp.Integer(1), sp.Integer(0))),
        "y": Place("line", coeffs=(sp.Integer(1), sp.Integer(0), sp.Integer(0)))}


def place(noun: str, src: str) -> Place:
    """The place a piece of maths describes, which must be what `noun` names."""
    src = src.strip().rstrip(".,")
    pt = as_point(src)
    found = _point(pt) if pt is not None else _curve(src)
    if found.kind not in _KINDS.get(noun, set()):
        raise Decline(f"the {noun or 'piece'} is not a {found.kind}")
    if noun == "parabola" and sp.degree(found.f, X) != 2:
        raise Decline("a parabola is the graph of a quadratic")
    return found


def _rational(v: sp.Basic) -> sp.Rational:
    if not isinstance(v, sp.Rational):
        raise Decline("a distance between places with rational coefficients")
    return v


def _point(pt: tuple[sp.Basic, ...]) -> Place:
    if len(pt) != 2:
        raise Decline("a point in the plane")
    return Place("point", (_rational(sp.nsimplify(pt[0])), _rational(sp.nsimplify(pt[1]))))


def _curve(src: str) -> Place:
    eq = parse_latex(src)
    if not isinstance(eq, sp.Equality):
        raise Decline("a curve given by its equation")
    e = sp.expand(eq.lhs - eq.rhs)
    if not isinstance(e, sp.Expr) or not e.free_symbols or not e.free_symbols <= {X, Y}:
        raise Decline("a curve in x and y")
    poly = sp.Poly(e, X, Y)
    coeff = {m: _rational(c) for m, c in poly.terms()}
    if poly.total_degree() == 1:
        return Place("line", coeffs=(coeff.get((1, 0), sp.Integer(0)),
                                     coeff.get((0, 1), sp.Integer(0)),
                                     coeff.get((0, 0), sp.Integer(0))))
    xx, yy = coeff.get((2, 0), 0), coeff.get((0, 2), 0)
    if poly.total_degree() == 2 and xx != 0 and xx == yy and (1, 1) not in coeff:
        cx, cy = -coeff.get((1, 0), 0) / (2 * xx), -coeff.get((0, 1), 0) / (2 * xx)
        r2 = cx**2 + cy**2 - coeff.get((0, 0), 0) / xx
        if not r2 > 0:
            raise Decline("the equation has no circle")
        return Place("circle", (cx, cy), radius=sp.sqrt(r2))
    for var, other, turned in ((Y, X, False), (X, Y, True)):
        if sp.degree(e, var) == 1 and sp.diff(e, var).free_symbols == set():
            f = sp.expand(-(e - sp.diff(e, var) * var) / sp.diff(e, var)).subs(other, X)
            if sp.degree(f, X) >= 2:
                return Place("graph", f=f, turned=turned)
    raise Decline("a line, a circle or the graph of a polynomial")


def locator(p: Place) -> Callable[[tuple[float, ...]], tuple[float, float]]:
    """Points of the place by parameters (none for a point, one otherwise), in floats."""
    if p.kind == "point":
        at = float(p.at[0]), float(p.at[1])
        return lambda _params: at
    if p.kind == "circle":
        cx, cy, r = float(p.at[0]), float(p.at[1]), float(p.radius)
        return lambda params: (cx + r * math.cos(params[0]), cy + r * math.sin(params[0]))
    if p.kind == "line":
        a, b, c = (float(v) for v in p.coeffs)
        n2 = a * a + b * b
        n = math.sqrt(n2)
        return lambda params: (-a * c / n2 + params[0] * b / n, -b * c / n2 - params[0] * a / n)
    coeffs = [float(c) for c in sp.Poly(p.f, X).all_coeffs()]

    def on_graph(params: tuple[float, ...]) -> tuple[float, float]:
        t, v = params[0], 0.0
        for c in coeffs:
            v = v * t + c
        return (v, t) if p.turned else (t, v)
    return on_graph


def parameter_count(p: Place) -> int:
    return 0 if p.kind == "point" else 1


__all__ = ["AXES", "ORIGIN", "Place", "X", "Y", "locator", "parameter_count", "place"]
