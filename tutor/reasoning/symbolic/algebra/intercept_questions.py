"""The x-intercepts of a graph y = f(x), f a polynomial: "What are the $x$-intercepts of
$y = x^2 - 4x - 5$?", "What is the sum of the $x$-intercepts of the graph of ...?", "the
product of the x-coordinates of the points where the graph crosses the x-axis", "the distance
between the x-intercepts" (two of them).

The intercepts are the different real roots of f (a double root is one intercept, a
complex root none), found by SymPy's `roots`; each is confirmed by substituting it into f
exactly and their number by Sturm's theorem (`count_roots`), which counts the real roots
without finding them.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import axis_words
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_OF = r" (?:of )?(?:the (?:graph|parabola|curve|polynomial)(?: of)?(?: the (?:equation|" \
      r"function))? )?@(?P<eq>\d+)@"
_ASKS = [
    re.compile(r"(?:what (?:is|are)|find|determine|compute|give)? ?the (?P<ask>sum|product) of "
               r"(?:all )?the x-intercepts" + _OF),
    re.compile(r"(?:what (?:is|are)|find|determine|compute|give)? ?the (?P<ask>sum|product) of "
               r"the x-coordinates of (?:all )?the points (?:where|at which) (?:the graph of )?"
               r"@(?P<eq>\d+)@ (?:crosses|meets|intersects|touches) the x-axis"),
    re.compile(r"(?:what are|find|determine|give) (?P<ask>the) x-intercepts" + _OF),
    re.compile(r"(?:what is|find|determine|compute|give)? ?the (?P<ask>distance|positive "
               r"difference) between the (?:two )?x-intercepts" + _OF),
]
_MOST = 12


def read(split: Split, template: str) -> Result | None:
    if "x-" not in template and "intercept" not in template:
        return None
    m = whole_question(split, template, _ASKS, r",? (?:expressed|written) as ordered pairs$")
    if m is None:
        return None
    eq = parse_latex(split.maths[int(m.group("eq"))])
    x, y = sp.symbols("x y")
    if not isinstance(eq, sp.Equality) or eq.lhs != y:
        return None
    f = sp.expand(eq.rhs)
    if not isinstance(f, sp.Expr) or f.free_symbols != {x} or not f.is_polynomial(x) or \
            any(not c.is_Rational for c in sp.Poly(f, x).all_coeffs()):
        return None
    poly = sp.Poly(f, x)
    if not 1 <= poly.degree() <= 8:
        raise Decline("a polynomial of modest degree")
    found = sp.roots(poly)
    if sum(found.values()) != poly.degree():
        raise Decline("roots SymPy cannot write exactly")
    real = sorted((r for r in found if r.is_real), key=lambda r: float(r))
    for r in real:
        confirm.check(sp.simplify(f.subs(x, r)) == 0, f"x = {latex(r)} makes the polynomial 0")
    confirm.check(_distinct_real(poly) == len(real), "Sturm's theorem counts as many different "
                  "real roots")
    ask = m.group("ask")
    if ask == "the" and not real:
        raise Decline("no x-intercepts to list")
    if len(real) > _MOST:
        raise Decline("too many intercepts")
    shown = ", ".join(latex(r) for r in real)
    steps = [step("solve f(x) = 0", "The graph meets the x-axis where y = 0; each different "
                  "real root is one intercept.", f"${latex(f)} = 0$ at $x = {shown}$." if real
                  else f"${latex(f)} = 0$ has no real root.", "")]
    if ask == "the":
        return ", ".join(f"\\left({latex(r)}, 0\\right)" for r in real), steps
    if ask in ("distance", "positive difference"):
        if len(real) != 2:
            raise Decline("a distance between two x-intercepts, and there are not two")
        value = sp.radsimp(sp.simplify(real[1] - real[0]))
        confirm.check(value.is_positive is True, "the larger intercept minus the smaller is "
                      "positive")
        claim = f"{latex(real[1])} - \\left({latex(real[0])}\\right) = {latex(value)}"
        steps.append(step("the distance", "On the x-axis the distance is the larger intercept "
                          "minus the smaller.", f"${claim}$", claim))
        return value, steps
    value = sp.radsimp(sp.simplify(sp.Add(*real) if ask == "sum" else sp.Mul(*real)))
    joined = (" + " if ask == "sum" else " \\cdot ").join(
        f"\\left({latex(r)}\\right)" if r.is_negative or r.is_Add else latex(r) for r in real)
    claim = f"{joined} = {latex(value)}"
    steps.append(step(f"the {ask}", f"The {ask} of the x-coordinates.", f"${claim}$", claim))
    return value, steps


def whole_question(split: Split, template: str, asks: list[re.Pattern[str]],
                   tail: str) -> re.Match[str] | None:
    """The first of `asks` matching the whole question (axis letters as words, `tail` cut)."""
    body = re.sub(r"\s+", " ", axis_words(split.maths, template)).strip().rstrip(" .?")
    body = re.sub(tail, "", body)
    return next((a.fullmatch(body) for a in asks if a.fullmatch(body)), None)


def _distinct_real(poly: sp.Poly) -> int:
    """The number of different real roots, from the square-free part (Sturm)."""
    x = poly.gens[0]
    free = sp.quo(poly, sp.gcd(poly, poly.diff(x)))
    return int(sp.Poly(free, x).count_roots())


__all__ = ["read", "whole_question"]
