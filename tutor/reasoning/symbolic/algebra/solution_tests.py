"""Yes-or-no questions answered by substitution: "Is $x = 3$ a solution of $x^2 - 5x + 6 =
0$?", "Is 4 a root of $t^2 - 16 = 0$?", "Is $(2, 3)$ a solution of $2x + y = 7$?", "Is the
point $(2, 3)$ on the line $y = 2x - 1$?"; and "Are the lines ... parallel
(perpendicular)?", by the lines' coefficients.

The value (or the point) is put into the equation; the answer is Yes when both sides are
equal, No otherwise, with the two sides worked out as the step. Confirmed independently:
the difference of the sides is zero (or not) exactly, and at 40 digits numerically.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.yes_no_facts import NO, YES
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_SOLUTION = re.compile(r"is @(?P<v>\d)@ (?:a|one) (?:solution|root) (?:of|to) (?:the equation )?"
                       r"@(?P<e>\d)@\s*\??")
_ON_GRAPH = re.compile(r"is (?:the point )?@(?P<v>\d)@ on (?:the )?(?:line|graph|curve|circle|"
                       r"parabola)(?: of)?(?: the equation)? @(?P<e>\d)@\s*\??")
_LINES = re.compile(r"are (?:the lines )?@(?P<a>\d)@ and @(?P<b>\d)@ "
                    r"(?P<how>parallel|perpendicular)(?: to each other)?\s*\??")
X, Y = sp.symbols("x y")


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip().lower()
    if not body.startswith(("is ", "are ")) or len(split.maths) != 2:
        return None
    if m := _SOLUTION.fullmatch(body):
        equation = _equation(split.maths[int(m["e"])])
        letters = sorted(equation.free_symbols, key=str)
        point = as_point(split.maths[int(m["v"])])
        if point is not None and len(point) == 2:  # "Is (2, 3) a solution of 2x + y = 7?"
            if not equation.free_symbols <= {X, Y} or len(letters) != 2:
                raise Decline("a point (x, y) and an equation in x and y")
            return _substituted(equation, {X: point[0], Y: point[1]})
        value = parse_latex(split.maths[int(m["v"])])
        if isinstance(value, sp.Equality) and isinstance(value.lhs, sp.Symbol):
            letter, value = value.lhs, value.rhs
        elif len(letters) == 1:
            letter = letters[0]
        else:
            raise Decline("which letter the value is for")
        if letters != [letter] or not isinstance(value, sp.Expr) or value.free_symbols:
            raise Decline("one letter, given one number")
        return _substituted(equation, {letter: value})
    if (m := _LINES.fullmatch(body)) is not None:
        return _lines(_equation(split.maths[int(m["a"])]), _equation(split.maths[int(m["b"])]),
                      m["how"])
    if m := _ON_GRAPH.fullmatch(body):
        point = as_point(split.maths[int(m["v"])])
        equation = _equation(split.maths[int(m["e"])])
        if point is None or len(point) != 2 or not equation.free_symbols <= {X, Y}:
            raise Decline("a point in the plane and an equation in x and y")
        return _substituted(equation, {X: point[0], Y: point[1]})
    return None


def _lines(first: sp.Equality, second: sp.Equality, how: str) -> Result:
    """Parallel: the normal vectors (a, b) of ax + by = c are proportional, the lines
    different; perpendicular: the normals are orthogonal. Confirmed by slopes worked out
    from two points of each line at 40 digits."""
    normals = []
    for eq in (first, second):
        expr = sp.expand(eq.lhs - eq.rhs)
        if not expr.free_symbols <= {X, Y} or sp.Poly(expr, X, Y).total_degree() != 1:
            raise Decline("two lines in x and y")
        normals.append((expr.coeff(X), expr.coeff(Y), expr.subs({X: 0, Y: 0})))
    (a1, b1, c1), (a2, b2, c2) = normals
    cross, dot = a1 * b2 - a2 * b1, a1 * a2 + b1 * b2
    if cross == 0 and sp.Matrix([[a1, b1, c1], [a2, b2, c2]]).rank() == 1:
        raise Decline("the two equations are one line")
    holds = cross == 0 if how == "parallel" else dot == 0
    directions = [sp.Matrix([-b, a]) for a, b, _ in normals]  # along each line
    angle = directions[0].dot(directions[1]).evalf(40) / (
        directions[0].norm() * directions[1].norm()).evalf(40)
    again = abs(abs(angle) - 1) < 1e-30 if how == "parallel" else abs(angle) < 1e-30
    confirm.check(holds == bool(again), "the directions of the lines, at 40 digits, agree")
    says = (f"The normals $({latex(a1)}, {latex(b1)})$ and $({latex(a2)}, {latex(b2)})$ give "
            + (f"$a_1 b_2 - a_2 b_1 = {latex(cross)}$" if how == "parallel" else
               f"$a_1 a_2 + b_1 b_2 = {latex(dot)}$") + ".")
    return (YES if holds else NO), [step(f"compare the lines ({how}?)", "Parallel lines have "
                                         "the same slope; perpendicular slopes multiply to -1.",
                                         says, "")]


def _equation(src: str) -> sp.Equality:
    e = parse_latex(src)
    if not isinstance(e, sp.Equality) or not e.free_symbols:
        raise Decline("an equation with a letter")
    return e


def _substituted(equation: sp.Equality, values: dict[sp.Symbol, sp.Expr]) -> Result:
    left, right = (sp.simplify(side.subs(values)) for side in (equation.lhs, equation.rhs))
    if not (left.is_number and right.is_number) or left.has(sp.zoo, sp.nan) or right.has(
            sp.zoo, sp.nan):
        raise Decline("a side that is not a number there")
    exact = sp.simplify(left - right) == 0
    gap = (equation.lhs - equation.rhs).evalf(40, subs=values)
    numeric = gap.is_number and abs(gap) < sp.Float(10) ** -30
    confirm.check(exact == numeric, "the sides compared exactly and at 40 digits agree")
    told = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in values.items())
    verdict = "equal" if exact else "not equal"
    text = (f"With ${told}$ the left side is ${latex(left)}$ and the right side is "
            f"${latex(right)}$: {verdict}.")
    return (YES if exact else NO), [step("put the values in", "Substitute and compare the two "
                                         "sides.", text, "")]


__all__ = ["read"]
