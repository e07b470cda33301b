"""The y-intercept of a graph y = f(x) that need not be a line: "Find the $y$-intercept of the
graph of $y = \\frac{x^2 - 4x + 3}{x + 6}$", "What is the y-intercept of $f(x) = x^3 - 2x + 7$?",
"the point where the graph crosses the y-axis".

The graph meets the y-axis where x = 0, so the intercept is f(0). It is worked out by
substitution and confirmed as the limit of f at 0 (SymPy's `limit`, a separate method), which
also shows f is continuous there; a formula undefined at 0 has no y-intercept and declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.algebra.intercept_questions import whole_question
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_OF = (r" (?:of )?(?:the (?:graph|curve|parabola|hyperbola)(?: of)?(?: the (?:equation|function|"
       r"rational function))? |the (?:rational )?function )?@(?P<eq>\d+)@")
_ASKS = [
    re.compile(r"(?:what is|find|determine|compute|give) the y-intercept(?P<point> point)?" + _OF),
    re.compile(r"(?:at )?what (?P<point>point) does (?:the graph of )?@(?P<eq>\d+)@ "
               r"(?:cross|meet|intersect) the y-axis"),
]
_NAMED = re.compile(r"\s*(?:y|[a-zA-Z]\s*\(\s*x\s*\))\s*=(.+)")


def read(split: Split, template: str) -> Result | None:
    if "intercept" not in template and "axis" not in template:
        return None
    m = whole_question(split, template, _ASKS,
                       r",? (?:expressed|written|entered) as an ordered pair$")
    if m is None:
        return None
    named = _NAMED.fullmatch(split.maths[int(m.group("eq"))])
    if named is None:
        return None
    f = parse_latex(named.group(1))
    x = sp.Symbol("x")
    if not isinstance(f, sp.Expr) or f.free_symbols != {x}:
        raise Decline("a formula in x")
    value = final_value(f.subs(x, 0))
    if value.has(sp.zoo, sp.nan, sp.oo, -sp.oo) or not value.is_real:
        raise Decline("the formula is not defined at x = 0")
    confirm.check(sp.simplify(sp.limit(f, x, 0) - value) == 0 and sp.simplify(
        sp.limit(f, x, 0, "-") - value) == 0, "f(x) tends to the same value as x tends to 0")
    claim = f"{shown(f, {x: sp.Integer(0)})} = {latex(value)}"
    steps = [step("put x = 0", "The graph crosses the y-axis where x = 0.", f"${claim}$",
                  claim)]
    if m.group("point") or "ordered pair" in template:
        return sp.Tuple(0, value), steps
    return value, steps


__all__ = ["read"]
