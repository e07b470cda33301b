"""Yes-or-no questions answered by substitution: "Is $x = 3$ a solution of $x^2 - 5x + 6 =
0$?", "Is 4 a root of $t^2 - 16 = 0$?", "Is the point $(2, 3)$ on the line $y = 2x - 1$?".

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
X, Y = sp.symbols("x y")


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip().lower()
    if not body.startswith("is ") or len(split.maths) != 2:
        return None
    if m := _SOLUTION.fullmatch(body):
        equation = _equation(split.maths[int(m["e"])])
        letters = sorted(equation.free_symbols, key=str)
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
    if m := _ON_GRAPH.fullmatch(body):
        point = as_point(split.maths[int(m["v"])])
        equation = _equation(split.maths[int(m["e"])])
        if point is None or len(point) != 2 or not equation.free_symbols <= {X, Y}:
            raise Decline("a point in the plane and an equation in x and y")
        return _substituted(equation, {X: point[0], Y: point[1]})
    return None


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
