"""Typed reader: a line given by its equation in x and y.

Its slope, the slope of a line parallel or perpendicular to it, its x- and y-intercepts
(or their sum), and the distance from a point to it. Confirmed independently: a slope by
the rise over the run between two points found on the line by substitution, an intercept
by putting it back into the equation, a distance by the foot of the perpendicular
computed in floating point."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    axis_words,
    is_label,
    places,
    without_example,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

X, Y = sp.symbols("x y")
_ASKED = frozenset("slope intercept distance area".split())
VOCAB = COMMON | _ASKED | frozenset(
    "line lines graph equation perpendicular parallel point from to its sum x y x-intercept "
    "y-intercept and shortest whose triangle bounded formed by axes axis coordinate "
    "region at point where graph coordinates".split())
# "crosses the x-axis", "meets the y-axis": where the line crosses an axis is its intercept
_CROSSES = re.compile(r"\b(?:cross(?:es)?|meets?|intersects?|hits?|cuts?|touch(?:es)?) "
                      r"(?:the )?([xy])-axis\b")
_AXES = re.compile(r"\b(?:the )?(?:coordinate axes|x-axis,? (?:and )?(?:the )?y-axis|y-axis,? "
                   r"(?:and )?(?:the )?x-axis|two axes)\b")


def _line(eq: sp.Equality) -> tuple[sp.Rational, sp.Rational, sp.Rational]:
    """a, b, c of a x + b y + c = 0."""
    f = sp.expand(eq.lhs - eq.rhs)
    try:
        poly = sp.Poly(f, X, Y)
    except sp.PolynomialError as exc:
        raise Decline("not a line") from exc
    if poly.total_degree() != 1 or any(not c.is_Rational for c in poly.coeffs()):
        raise Decline("a line with rational coefficients")
    return poly.coeff_monomial(X), poly.coeff_monomial(Y), poly.coeff_monomial(1)


def _slope(a: sp.Rational, b: sp.Rational, c: sp.Rational) -> sp.Rational:
    if b == 0:
        raise Decline("a vertical line has no slope")
    m = -a / b
    # two points on the line, found by substitution, give the same rise over run
    y0, y1 = sp.solve(a * 0 + b * Y + c, Y)[0], sp.solve(a * 1 + b * Y + c, Y)[0]
    confirm.check(y1 - y0 == m, "two points of the line give the same rise over run")
    return m


def _intercept(axis: str, a: sp.Rational, b: sp.Rational, c: sp.Rational) -> sp.Rational:
    coeff = a if axis == "x" else b
    if coeff == 0:
        raise Decline(f"the line does not cross the {'y' if axis == 'x' else 'x'}-axis once")
    v = -c / coeff
    at = {X: v, Y: 0} if axis == "x" else {X: 0, Y: v}
    confirm.check(a * at[X] + b * at[Y] + c == 0, "the intercept satisfies the equation")
    return v


def intercept_step(line: sp.Equality, axis: str, value: sp.Rational) -> Step:
    """"Setting y = 0 in y = 2x + 8: 0 = 2x + 8, so x = -4": each part a claim the checker
    confirms (the substitution, then the solution of the equation it gives)."""
    other = Y if axis == "x" else X
    put = sp.Eq(line.lhs.subs(other, 0), line.rhs.subs(other, 0), evaluate=False)
    text = f"Setting ${other} = 0$ in ${latex(line)}$: ${latex(put)}$"
    solved = {put.lhs, put.rhs} == {sp.Symbol(axis), value}
    text += "." if solved else f", so ${axis} = {latex(value)}$."
    shown = latex(put) if solved else f"{latex(put)} \\Rightarrow {axis} = {latex(value)}"
    return step(f"set {other} = 0", f"On the {axis}-intercept the other coordinate is 0.", text,
                shown)


def slope_step(line: sp.Equality, slope: sp.Rational, intercept: sp.Rational) -> Step:
    """"In y = 4x + 7 the coefficient of x is the slope: m = 4", or the line solved for y
    first ("Solving 4x - 2y = 10 for y: y = 2x - 5"), a rewrite the checker confirms."""
    solved = sp.Eq(Y, slope * X + intercept)
    if line.lhs == Y and sp.expand(line.rhs - solved.rhs) == 0:
        text = f"In ${latex(line)}$ the coefficient of $x$ is the slope: $m = {latex(slope)}$."
    else:
        text = (f"Solving ${latex(line)}$ for $y$: ${latex(solved)}$, so the slope is "
                f"$m = {latex(slope)}$.")
    return step("solve for y", "Written as $y = mx + b$, the coefficient of $x$ is the slope.",
                text, latex(solved))


def _distance(p: tuple, a: sp.Rational, b: sp.Rational, c: sp.Rational) -> sp.Basic:
    d = sp.radsimp(abs(a * p[0] + b * p[1] + c) / sp.sqrt(a**2 + b**2))
    fa, fb, fc, px, py = (float(v) for v in (a, b, c, p[0], p[1]))
    t = (fa * px + fb * py + fc) / (fa * fa + fb * fb)
    foot = (px - fa * t, py - fb * t)  # the foot of the perpendicular
    confirm.check(abs(math.dist((px, py), foot) - float(d)) <= 1e-9 * max(1.0, float(d))
                  and abs(fa * foot[0] + fb * foot[1] + fc) < 1e-9,
                  "the distance to the foot of the perpendicular agrees")
    return d


def _axes_triangle(template: str, w: set[str], points: list, a: sp.Rational, b: sp.Rational,
                   c: sp.Rational) -> Result:
    """The area of the triangle the line cuts off with the coordinate axes."""
    if points or "triangle" not in w or not _AXES.search(template) or w & {
            "slope", "distance", "intercept", "sum"}:
        raise Decline("the triangle between the line and the axes")
    if a == 0 or b == 0 or c == 0:
        raise Decline("the line and the axes make no triangle")
    x0, y0 = -c / a, -c / b
    value = abs(x0 * y0) / 2
    legs = (abs(float(x0)), abs(float(y0)))
    hyp = math.hypot(*legs)
    s = (legs[0] + legs[1] + hyp) / 2
    heron = math.sqrt(s * (s - legs[0]) * (s - legs[1]) * (s - hyp))
    confirm.check(abs(heron - float(value)) <= 1e-9 * max(1.0, float(value)),
                  "Heron's formula on the three vertices gives the same area")
    claim = f"\\frac{{1}}{{2}} \\cdot {latex(abs(x0))} \\cdot {latex(abs(y0))} = {latex(value)}"
    return value, [step("find the intercepts", "The triangle's legs run along the axes to the "
                        "intercepts.", f"The line meets the axes at $x = {latex(x0)}$ and "
                        f"$y = {latex(y0)}$", ""),
                   step("half base times height", "The legs are perpendicular.", f"${claim}$",
                        claim)]


def _letter(maths: list[str], m: re.Match[str]) -> str:
    """A piece that is just the letter x or y, written as that letter."""
    src = maths[int(m.group(1))].strip()
    return src if src in ("x", "y") else m.group(0)


def read_line(split: Split, template: str) -> Result | None:
    template = axis_words(split.maths, template)
    template = re.sub(r"@(\d+)@", lambda m: _letter(split.maths, m), template)
    template = _CROSSES.sub(r"has \1-intercept", template)
    w = words(template)
    if not w & _ASKED or not w & {"line", "intercept", "slope"}:
        return None
    template = without_example(template, split.maths)
    w = words(template)
    if not words_within(template, VOCAB):
        return None
    lines, points = [], []
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if is_label(src):
            continue
        p = as_point(src)
        if p is not None:
            points.append(p)
            continue
        eq = parse_latex(src)
        if not isinstance(eq, sp.Equality) or not eq.free_symbols <= {X, Y}:
            return None
        lines.append(eq)
    if len(lines) != 1:
        return None
    a, b, c = _line(lines[0])
    if "area" in w:
        return _axes_triangle(template, w, points, a, b, c)
    if "distance" in w:
        if len(points) != 1 or len(points[0]) != 2 or w & {"slope", "intercept"}:
            raise Decline("the distance from one point to the line")
        d = _distance(points[0], a, b, c)
        claim = (f"\\frac{{\\left|{latex(a)} \\cdot {latex(points[0][0])} + {latex(b)} \\cdot "
                 f"{latex(points[0][1])} + {latex(c)}\\right|}}{{\\sqrt{{{latex(a**2 + b**2)}}}}}"
                 f" = {latex(d)}")
        return d, [step("use the point-to-line distance", "For $ax + by + c = 0$ the distance "
                        "is $\\frac{|a x_0 + b y_0 + c|}{\\sqrt{a^2 + b^2}}$.", f"${claim}$",
                        claim)]
    if points:
        raise Decline("a point in a question about a line's slope or intercepts")
    if "slope" in w and "intercept" not in w:
        m = _slope(a, b, c)
        steps = [slope_step(lines[0], m, -c / b)]
        if "perpendicular" in w and "parallel" not in w:
            if m == 0:
                raise Decline("a line perpendicular to a horizontal one has no slope")
            steps.append(step("take the negative reciprocal", "Perpendicular slopes multiply "
                              "to $-1$.", f"$-\\frac{{1}}{{{latex(m)}}} = {latex(-1 / m)}$",
                              f"-\\frac{{1}}{{{latex(m)}}} = {latex(-1 / m)}"))
            return -1 / m, steps
        if "perpendicular" in w:
            raise Decline("parallel and perpendicular both said")
        return m, steps
    axes = set(re.findall(r"\b([xy])-intercepts?\b", template))
    if "intercept" not in w or not axes or w & {"slope", "perpendicular", "parallel"}:
        raise Decline("what is asked about the line is not clear")
    values = {ax: _intercept(ax, a, b, c) for ax in sorted(axes)}
    steps = [intercept_step(lines[0], ax, v) for ax, v in values.items()]
    if len(values) == 2:
        if "sum" not in w:
            raise Decline("both intercepts and no sum")
        return values["x"] + values["y"], steps
    (ax, v), = values.items()
    coordinate = re.findall(r"\b([xy])-(?:coordinates?|values?)\b|\bvalue of ([xy])\b", template)
    if any(c != ax for pair in coordinate for c in pair if c):
        raise Decline("an intercept on one axis and the other coordinate asked")
    if "where" in w and not w & {"point", "ordered"} and not coordinate:
        raise Decline("'where' asks for a point or a value: not clear which")
    if (w & {"ordered", "point"} and not coordinate) or re.search(r"\bcoordinates\b",
                                                                      template):
        return (sp.Tuple(v, 0) if ax == "x" else sp.Tuple(0, v)), steps
    return v, steps


__all__ = ["VOCAB", "intercept_step", "read_line", "slope_step"]
