"""Coordinate geometry: distance, midpoint, slope and the line through two points."""

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


def _plus(a: sp.Basic, b: sp.Basic) -> str:
    """a + b as written by hand: 3 - 1, not 3 + -1."""
    if b.is_number and b.is_negative:
        return f"{latex(a)} - {latex(-b)}"
    return f"{latex(a)} + {latex(b)}"


def _minus(a: sp.Basic, b: sp.Basic) -> str:
    """a - b as written by hand: 5 - 1, and 5 - (-1) only for a negative b."""
    return f"{latex(a)} - {_factor(b)}"


def _factor(v: sp.Basic) -> str:
    """A number as one factor: a negative one in brackets."""
    return f"\\left({latex(v)}\\right)" if v.is_number and v.is_negative else latex(v)


def midpoint(p: tuple, q: tuple) -> tuple[sp.Basic, list[Step]]:
    if len(p) != len(q):
        raise Decline("points of different dimension")
    m = tuple(sp.nsimplify((a + b) / 2) for a, b in zip(p, q, strict=True))
    parts = ", ".join(f"\\frac{{{_plus(a, b)}}}{{2}}" for a, b in
                      zip(p, q, strict=True))
    claim = f"M = \\left({parts}\\right) = {_pt(m)}"
    each = " and ".join(f"$\\frac{{{_plus(a, b)}}}{{2}} = {latex(c)}$"
                        for a, b, c in zip(p, q, m, strict=True))
    return sp.Tuple(*m), [step("average the coordinates", "The midpoint averages x and y.",
                               f"${claim}$: {each}", claim, plot=_plot([p, q, m], "Midpoint"))]


def slope(p: tuple, q: tuple) -> tuple[sp.Basic, list[Step]]:
    if len(p) != 2 or len(q) != 2 or p[0] == q[0]:
        raise Decline("slope needs two points with different x")
    m = sp.nsimplify((q[1] - p[1]) / (q[0] - p[0]))
    claim = f"m = \\frac{{{_minus(q[1], p[1])}}}{{{_minus(q[0], p[0])}}} = {latex(m)}"
    return m, [step("rise over run", "Slope = change in y / change in x.", f"${claim}$", claim,
                    plot=_plot([p, q], "The line through the points"))]


def line(p: tuple, q: tuple) -> tuple[sp.Basic, list[Step]]:
    m, steps = slope(p, q)
    x, y = sp.symbols("x y")
    b = sp.nsimplify(p[1] - m * p[0])
    eq = sp.Eq(y, m * x + b)
    claim = f"b = {latex(p[1])} - {_factor(m)} \\cdot {_factor(p[0])} = {latex(b)}"
    steps.append(step("find the intercept", "Put one point into $y = mx + b$.",
                      f"${claim}$, so ${latex(eq)}$", claim,
                      plot={"kind": "function", "expr": sp.srepr(m * x + b), "var": "x",
                            "x_range": [float(min(p[0], q[0])) - 3, float(max(p[0], q[0])) + 3],
                            "points": [[float(c) for c in p], [float(c) for c in q]],
                            "title": f"${latex(eq)}$"}))
    return eq, steps
