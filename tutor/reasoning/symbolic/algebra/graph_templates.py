"""Templates for graph, coordinate, root and complex-number shapes (see algebra.templates)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import (
    conditions,
    functions,
    graphs,
    lines,
    matrices,
    polynomials,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import END, LIST, VAL, Handler, M, Result, all_maths, maths

_m = maths
_LIST = LIST
_ASK = r"(?:what is|find|compute|evaluate|calculate|determine)"


_all = all_maths


def _horizontal(s: Split, m: re.Match[str]) -> Result:
    if parse_latex(_m(s, m.group(1))) != sp.Symbol("y") or not re.match(
            r"^\s*y\s*=", _m(s, m.group(2))):
        raise Decline("the graph of y = f(x)")
    return graphs.horizontal_asymptote(_m(s, m.group(2)))


def _intercepts(s: Split, m: re.Match[str]) -> Result:
    return graphs.intercept_count(_m(s, m.group(1)), _m(s, m.group(2)))


def _variation(s: Split, m: re.Match[str]) -> Result:
    return polynomials.variation(m.group(2), _m(s, m.group(1)), _m(s, m.group(3)),
                                  [_m(s, m.group(4)), _m(s, m.group(5))], _m(s, m.group(6)),
                                  _m(s, m.group(7)))


def _polar(s: Split, m: re.Match[str]) -> Result:
    form, c1, c2 = (re.sub(r"\s+", "", _m(s, m.group(k))) for k in (2, 3, 4))
    if (form, c1) != ("(r,\\theta)", "r>0") or c2 not in ("0\\leq\\theta<2\\pi",
                                                           "0\\le\\theta<2\\pi"):
        raise Decline("the usual polar form only")
    return graphs.to_polar(_m(s, m.group(1)))


def _vieta_before(s: Split, m: re.Match[str]) -> Result:
    return polynomials.vieta(_m(s, m.group(6)), _all(s, m.group(1)), _m(s, m.group(5)))


TEMPLATES: list[tuple[str, Handler]] = [
    (r"at what value of " + M + r" is there a horizontal asymptote for the graph of the "
     r"(?:equation|function) " + M + END, _horizontal),
    (r"how many " + M + r" ?-intercepts does the graph of (?:the (?:parabola|curve|equation) )?"
     + M + r" have" + END, _intercepts),
    (r"what is the (?:shortest )?distance from the point " + M + r" to the line " + M + END,
     lambda s, m: graphs.point_line_distance(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"(?:the value of )?" + M + r" varies (inversely|directly) (?:as|with) " + M + r",? and "
     r"when " + M + r",? " + M + r"[.,]? what is (?:the value of )?" + M + r" when " + M + END,
     _variation),
    (r"convert the point " + M + r" in rectangular coordinates to polar coordinates[.,]? enter "
     r"your answer in the form " + M + r",? where " + M + r" and " + M + END, _polar),
    (r"find all (?:of )?the integer roots of " + M + r"[.,]? enter all (?:of )?the integer "
     r"roots, separated by commas" + END,
     lambda s, m: polynomials.integer_roots(_m(s, m.group(1)))),
    (r"a (?:curve|line) is parameterized by " + M + r"[.,]? find the point (?:the (?:curve|"
     r"line) passes through|on the (?:curve|line)) at " + M + END,
     lambda s, m: graphs.curve_point(_m(s, m.group(1)), _m(s, m.group(2)))),
    (r"let " + _LIST + r" be the roots of " + M + r"[.,]? " + _ASK + " " + VAL + M + END,
     _vieta_before),
]


TEMPLATES += [
    (r"(?:if|given that) " + M + r" and " + M + r",? (?:then )?" + _ASK + " " + VAL + M + END,
     lambda s, m: conditions.value_from_condition(_m(s, m.group(1)), _m(s, m.group(2)),
                                                      _m(s, m.group(3)))),
    (r"let " + _LIST + r"[.,]? " + _ASK + " " + VAL + M + END,
     lambda s, m: conditions.assigned_value(_all(s, m.group(1)), _m(s, m.group(5)))),
    (r"for what value of " + M + r" will the circle with equation " + M + r" have a radius of "
     r"(?:length )?" + M + END,
     lambda s, m: conditions.circle_constant(*(_m(s, m.group(k)) for k in (1, 2, 3)))),
    (r"find the sum of all (?:the )?complex (?:solutions|roots) of the equation " + M + END,
     lambda s, m: conditions.complex_solution_sum(_m(s, m.group(1)))),
]


def _determinant(s: Split, m: re.Match[str]) -> Result:
    src = _m(s, m.group(1))
    if "determinant" in m.group(0) and src.lstrip().startswith("\\begin{pmatrix}"):
        src = "\\det " + src
    return matrices.determinant(src)


TEMPLATES += [
    (r"(?:compute|evaluate|find|calculate)(?: the determinant(?: of)?(?: the matrix)?)?:? " + M
     + END, _determinant),
    (r"(?:compute|evaluate|find|calculate)(?: the product)?:? " + M + END,
     lambda s, m: matrices.product(_m(s, m.group(1)))),
    (r"convert the point " + M + r" in polar coordinates to rectangular coordinates" + END,
     lambda s, m: matrices.polar_to_rect(_m(s, m.group(1)))),
    (r"(?:what is|find|determine) the (?:coordinates of the )?vertex of (?:the parabola |the "
     r"graph of )?" + M + END, lambda s, m: graphs.vertex(_m(s, m.group(1)))),
    (r"(?:find|what is|determine) the inverse (?:function )?of (?:the function )?" + M + END,
     lambda s, m: functions.inverse_formula(_m(s, m.group(1)))),
]


TEMPLATES += [
]


def _intercept(s: Split, m: re.Match[str]) -> Result:
    axis = m.group(1) or _m(s, m.group(2)).strip()
    if axis not in ("x", "y"):
        raise Decline("an x- or y-intercept")
    return lines.line_feature(axis, _m(s, m.group(3)))


def _both_intercepts(s: Split, m: re.Match[str]) -> Result:
    """"Find the x- and y-intercepts of 2x + 3y = 12": both points, the x-intercept first."""
    for group, axis in ((1, "x"), (2, "y")):
        if m.group(group) is not None and _m(s, m.group(group)).strip() != axis:
            raise Decline("the x- and y-intercepts")
    x_at, x_steps = lines.line_feature("x", _m(s, m.group(3)))
    y_at, y_steps = lines.line_feature("y", _m(s, m.group(3)))
    points = f"\\left({latex(x_at)}, 0\\right), \\left(0, {latex(y_at)}\\right)"
    return points, x_steps + y_steps[-1:] + [step(
        "name the points", "The x-intercept is where y = 0 and the y-intercept where x = 0.",
        f"${points}$", "")]


def _slope_and_intercept(s: Split, m: re.Match[str]) -> Result:
    if m.group(1) is not None and _m(s, m.group(1)).strip() != "y":
        raise Decline("the slope and the y-intercept")
    return lines.slope_and_intercept(_m(s, m.group(2)))


def _one_solution(s: Split, m: re.Match[str]) -> Result:
    if m.group(4) is not None:
        eq = parse_latex(_m(s, m.group(3)))
        if parse_latex(_m(s, m.group(4))) not in eq.free_symbols - {parse_latex(
                _m(s, m.group(2)))}:
            raise Decline("the unknown named is not the equation's")
    return lines.one_solution(_m(s, m.group(2)), _m(s, m.group(3)),
                                      (m.group(1) or "").strip() == "positive")


def _inverse_of(s: Split, m: re.Match[str]) -> Result:
    d = re.match(r"^\s*([a-zA-Z])\s*\(\s*([a-z])\s*\)\s*=", _m(s, m.group(1)))
    q = re.sub(r"\s+", "", _m(s, m.group(2)))
    if not d or q not in (f"{d.group(1)}^{{-1}}({d.group(2)})", f"{d.group(1)}^-1({d.group(2)})"):
        raise Decline("the inverse of the defined function")
    return functions.inverse_formula(_m(s, m.group(1)))


_LINE = r"the line (?:with (?:the )?equation |whose equation is |given by )?"
TEMPLATES += [
    (r"(?:what is|find|determine) the slope of " + _LINE + M + END,
     lambda s, m: lines.line_feature("slope", _m(s, m.group(1)))),
    (r"(?:what is|find|determine) the (?:(x|y)|" + M + r") ?-intercept of " + _LINE + M + END,
     _intercept),
    (r"(?:what are|find|determine|give) the (?:(?:x|" + M + r")(?: ?-)? and (?:y|" + M + r")"
     r"(?: ?-| ))?intercepts of (?:" + _LINE + r")?" + M + END, _both_intercepts),
    (r"(?:what (?:is|are)|find|determine|give) the slope and (?:the )?(?:y|" + M + r")(?: ?-| )"
     r"intercept of (?:" + _LINE + r")?" + M + END, _slope_and_intercept),
    (r"for what (positive |real )?value of " + M + r" does (?:the (?:quadratic )?equation )?" + M
     + r" have exactly one (?:real )?solution(?: in " + M + r")?" + END, _one_solution),
    (r"(?:if|given|let) " + M + r",? (?:then )?(?:find|what is|determine) " + M + END,
     _inverse_of),
]


def _sqrt_between(s: Split, m: re.Match[str]) -> Result:
    t = parse_latex(_m(s, m.group(1)))
    lo, hi = parse_latex(_m(s, m.group(2))), parse_latex(_m(s, m.group(3)))
    if not isinstance(t, sp.Symbol) or parse_latex(_m(s, m.group(4))) != t or not (
            lo.is_Rational and hi.is_Rational and 0 <= lo < hi):
        raise Decline("a letter between two numbers")
    lo2, hi2 = lo**2, hi**2
    first, last = sp.floor(lo2) + 1, sp.ceiling(hi2) - 1
    n = max(last - first + 1, 0)
    if hi2 <= 10**4:
        confirm.count(n, lambda: sum(1 for v in range(int(hi2) + 2) if lo < sp.sqrt(v) < hi),
                      "integers whose square root lies between the bounds")
    c1 = (f"\\left({latex(lo)}\\right)^{{2}} = {latex(lo2)}, \\quad \\left({latex(hi)}"
          f"\\right)^{{2}} = {latex(hi2)}")
    c2 = f"{latex(last)} - {latex(first)} + 1 = {n}"
    return sp.Integer(n), [
        step("square the bounds", "Both sides are positive, so squaring keeps the order.",
             f"${c1}$, so ${latex(lo2)} < {latex(t)} < {latex(hi2)}$", c1),
        step("count the integers", f"The integers run from {first} to {last}.", f"${c2}$", c2)]


_INT = r"(?:(x|y)|" + M + r") ?-intercept"
TEMPLATES += [
    (r"the square root of " + M + r" is greater than " + M + r" and less than " + M +
     r"[.,]? how many integer values of " + M + r" satisfy this condition" + END, _sqrt_between),
]
