"""Coordinate geometry: distance, midpoint, slope, line through two points, circles."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex


def point(src: str) -> tuple[sp.Basic, ...]:
    p = parse_latex(src)
    if isinstance(p, sp.Interval) and p.left_open and p.right_open:
        p = sp.Tuple(p.start, p.end)  # "(2, 3)" can read as an open interval
    if not isinstance(p, sp.Tuple) or len(p) not in (2, 3) or any(
            c.free_symbols or not c.is_real for c in p):
        raise Decline("not a point with numeric coordinates")
    return tuple(p)


def _pt(p: tuple[sp.Basic, ...]) -> str:
    return "(" + ", ".join(latex(c) for c in p) + ")"


def _plot(points: list[tuple], title: str, segment: bool = True) -> dict:
    return {"kind": "points", "points": [[float(c) for c in p[:2]] for p in points],
            "segment": segment, "title": title}


def distance(p: tuple, q: tuple) -> tuple[sp.Basic, list[Step]]:
    if len(p) != len(q):
        raise Decline("points of different dimension")
    diffs = [b - a for a, b in zip(p, q, strict=True)]
    squares = " + ".join(f"({latex(d)})^2" for d in diffs)
    total = sum(d**2 for d in diffs)
    value = final_value(sp.sqrt(total))
    claim1 = f"d = \\sqrt{{{squares}}} = \\sqrt{{{latex(total)}}}"
    steps = [step("use the distance formula", "Square the coordinate differences and add.",
                  f"${claim1}$", claim1, plot=_plot([p, q], "The segment between the points")
                  if len(p) == 2 else None)]
    claim2 = f"\\sqrt{{{latex(total)}}} = {latex(value)}"
    steps.append(step("simplify the square root", "Take out square factors.",
                      f"${claim2}$", claim2))
    return value, steps


def midpoint(p: tuple, q: tuple) -> tuple[sp.Basic, list[Step]]:
    if len(p) != len(q):
        raise Decline("points of different dimension")
    m = tuple(sp.nsimplify((a + b) / 2) for a, b in zip(p, q, strict=True))
    parts = ", ".join(f"\\frac{{{latex(a)} + {latex(b)}}}{{2}}" for a, b in
                      zip(p, q, strict=True))
    claim = f"M = \\left({parts}\\right) = {_pt(m)}"
    each = " and ".join(f"$\\frac{{{latex(a)} + {latex(b)}}}{{2}} = {latex(c)}$"
                        for a, b, c in zip(p, q, m, strict=True))
    return sp.Tuple(*m), [step("average the coordinates", "The midpoint averages x and y.",
                               f"${claim}$: {each}", claim, plot=_plot([p, q, m], "Midpoint"))]


def slope(p: tuple, q: tuple) -> tuple[sp.Basic, list[Step]]:
    if len(p) != 2 or len(q) != 2 or p[0] == q[0]:
        raise Decline("slope needs two points with different x")
    m = sp.nsimplify((q[1] - p[1]) / (q[0] - p[0]))
    claim = (f"m = \\frac{{{latex(q[1])} - ({latex(p[1])})}}{{{latex(q[0])} - "
             f"({latex(p[0])})}} = {latex(m)}")
    return m, [step("rise over run", "Slope = change in y / change in x.", f"${claim}$", claim,
                    plot=_plot([p, q], "The line through the points"))]


def line(p: tuple, q: tuple) -> tuple[sp.Basic, list[Step]]:
    m, steps = slope(p, q)
    x, y = sp.symbols("x y")
    b = sp.nsimplify(p[1] - m * p[0])
    eq = sp.Eq(y, m * x + b)
    claim = f"b = {latex(p[1])} - ({latex(m)})({latex(p[0])}) = {latex(b)}"
    steps.append(step("find the intercept", "Put one point into $y = mx + b$.",
                      f"${claim}$, so ${latex(eq)}$", claim,
                      plot={"kind": "function", "expr": sp.srepr(m * x + b), "var": "x",
                            "x_range": [float(min(p[0], q[0])) - 3, float(max(p[0], q[0])) + 3],
                            "points": [[float(c) for c in p], [float(c) for c in q]],
                            "title": f"${latex(eq)}$"}))
    return eq, steps


def circle(eq: sp.Basic) -> tuple[sp.Basic, sp.Basic, list[Step]]:
    """Centre and radius of x^2 + y^2 + Dx + Ey + F = 0 by completing the square."""
    x, y = sp.symbols("x y")
    if not isinstance(eq, sp.Equality) or eq.free_symbols != {x, y}:
        raise Decline("circle equation in x and y expected")
    poly = sp.Poly(sp.expand(eq.lhs - eq.rhs), x, y)
    a = poly.coeff_monomial(x**2)
    if a == 0 or a != poly.coeff_monomial(y**2) or poly.coeff_monomial(x * y) != 0 \
            or poly.total_degree() != 2:
        raise Decline("not a circle")
    e = sp.expand((eq.lhs - eq.rhs) / a)
    h, k = -e.coeff(x, 1).subs(y, 0) / 2, -e.coeff(y, 1).subs(x, 0) / 2
    r2 = h**2 + k**2 - e.subs({x: 0, y: 0})
    if not r2.is_positive:
        raise Decline("not a real circle")
    r = final_value(sp.sqrt(r2))
    std = sp.Eq((x - h) ** 2 + (y - k) ** 2, r2)
    claim = f"{latex(eq)} \\iff {latex(std)}"
    ident = f"{latex(std.lhs)} - {latex(r2)} = {latex(e)}"
    return sp.Tuple(h, k), r, [step(
        "complete the square", "Complete the square in x and in y.",
        f"${claim}$, since ${ident}$; centre $({latex(h)}, {latex(k)})$, radius ${latex(r)}$",
        claim,
        plot={"kind": "circle", "center": [float(h), float(k)], "radius": float(r),
              "title": f"${latex(std)}$"})]
