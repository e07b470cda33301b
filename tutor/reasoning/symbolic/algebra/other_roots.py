"""Typed reader: the other solution of a quadratic equation when one is told. "Given that
$x = 3$ is a solution to the equation $2x^2 + 3 = 7x$, what is the other value of $x$ that
will solve the equation?", "If $-2$ is one root of $x^2 - 5x = 14$, what is the other
root?".

The told value must solve the equation (put back in, checked exactly). The other solution
comes from the sum of the roots, -b/a, less the told one; confirmed by solving the equation
outright: its solutions must be exactly the told value and this one. An equation that is
not quadratic in one letter, a told value that does not solve it, or a double root (no
other solution) declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import whole_match

_GIVEN = (r"(?:given that|if|since|suppose(?: that)?) @(?P<v>\d+)@ is (?:a|one|one of the) "
          r"(?:solutions?|roots?) (?:to|of) (?:the equation |the quadratic equation )?"
          r"@(?P<e>\d+)@")
_ASK = (r"(?:what is|find|determine|compute) the other (?:(?:value of @(?P<x>\d+)@|solution|"
        r"root)(?: (?:that|which) (?:will )?(?:solves?|satisfies) (?:the|this) equation)?)")
_ASKS = [re.compile(_GIVEN + r"[,.;]? (?:then )?" + _ASK
                    + r"(?:[?.]? express your answer as a common fraction)?")]


def read(split: Split, template: str) -> Result | None:
    if "other" not in template:
        return None
    m = whole_match(_ASKS, template)
    if m is None:
        return None
    g = m.groupdict()
    slots = {int(v) for v in g.values() if v is not None}
    if slots != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    eq = parse_latex(split.maths[int(g["e"])])
    if not isinstance(eq, sp.Equality) or len(eq.free_symbols) != 1:
        raise Decline("an equation in one letter")
    x = next(iter(eq.free_symbols))
    told = parse_latex(split.maths[int(g["v"])])
    if isinstance(told, sp.Equality):
        if told.lhs != x:
            raise Decline("the told value of the equation's letter")
        told = told.rhs
    if not isinstance(told, sp.Expr) or told.free_symbols:
        raise Decline("a told number")
    if g["x"] is not None and parse_latex(split.maths[int(g["x"])]) != x:
        raise Decline("the equation's letter asked")
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.is_polynomial(x) or sp.degree(f, x) != 2:
        raise Decline("a quadratic equation")
    poly = sp.Poly(f, x)
    a, b, _c = poly.all_coeffs()
    if sp.simplify(poly.eval(told)) != 0:
        raise Decline("the told value does not solve the equation")
    other = final_value(-b / a - told)
    if sp.simplify(other - told) == 0:
        raise Decline("a double root: there is no other solution")
    found = sp.solve(f, x)
    confirm.check(len(found) == 2 and {sp.simplify(r - told) == 0 for r in found} == {True, False}
                  and any(sp.simplify(r - other) == 0 for r in found),
                  "solving the equation outright gives the told value and this one")
    claim = f"{latex(told)} + r = -\\frac{{{latex(b)}}}{{{latex(a)}}}"
    return other, [
        step("check the told solution", "Put the told value into the equation.",
             f"${latex(x)} = {latex(told)}$ makes ${latex(f)}$ equal to $0$.", ""),
        step("sum of the roots", "For $a x^2 + b x + c = 0$ the two solutions add up to "
             "$-b/a$.", f"${claim}$, so $r = {latex(other)}$.", "")]


__all__ = ["read"]
