"""Typed reader: a constant of a quadratic function for which a number is (or is not) in the
function's range. "Find the largest value of $c$ such that $-2$ is in the range of
$f(x) = x^2 + 3x + c$", "For what values of $b$ is $-2$ not in the range of
$f(x) = x^2 + bx + 2$? Express your answer in interval notation."

The number n is in the range exactly when f(x) = n has a real solution, that is when the
discriminant of f(x) - n is at least 0: an inequality in the constant, solved exactly. The
leading coefficient must not depend on the constant. Confirmed independently from the
vertex: f takes every value from its vertex value upward (or downward), so n is in the
range exactly when it lies on that side of f(-b/2a); tested at the answer, just beyond it,
and at points inside and outside an interval answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, latex, operand, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_IN_RANGE = r"(?P<neg>not )?in the range of (?:the function )?@(?P<f>\d+)@[.?]?"
_ASKS = [
    re.compile(r"(?:find|what is|determine|compute) the (?P<pick>largest|greatest|smallest|"
               r"least) (?:possible )?(?:real )?value of @(?P<c>\d+)@ (?:such that|so that|for "
               r"which) @(?P<n>\d+)@ is " + _IN_RANGE),
    re.compile(r"for what (?:real )?values? of @(?P<c>\d+)@ is @(?P<n>\d+)@ " + _IN_RANGE),
]
_DEF = re.compile(r"^\s*(?:[a-zA-Z]\s*\(\s*(?P<x>[a-z])\s*\)|y)\s*=(?P<rhs>.+)$", re.S)
_BEYOND = sp.Rational(1, 10**6)


def read(split: Split, template: str) -> Result | None:
    if "range" not in template:
        return None
    body = re.sub(r"\s+", " ", template.strip())
    m = next((p.fullmatch(body) for p in _ASKS if p.fullmatch(body)), None)
    if m is None:
        return None
    c_src, n_src = split.maths[int(m.group("c"))].strip(), split.maths[int(m.group("n"))]
    d = _DEF.match(split.maths[int(m.group("f"))])
    if not re.fullmatch(r"[a-zA-Z]", c_src) or d is None:
        return None
    c, n, e = sp.Symbol(c_src), parse_latex(n_src), parse_latex(d.group("rhs"))
    if not isinstance(n, sp.Expr) or not n.is_number or not n.is_real or \
            not isinstance(e, sp.Expr):
        return None
    letters = e.free_symbols - {c}
    if c not in e.free_symbols or len(letters) != 1:
        return None
    x = next(iter(letters))
    if d.group("x") and sp.Symbol(d.group("x")) != x:
        return None
    if not e.is_polynomial(x, c) or sp.degree(e, x) != 2:
        raise Decline("a quadratic function with one constant")
    a, b, k = (sp.expand(e).coeff(x, p) for p in (2, 1, 0))
    if a.free_symbols or a == 0:
        raise Decline("a leading coefficient that does not depend on the constant")
    disc = sp.expand(b**2 - 4 * a * (k - n))
    holds = sp.solve_univariate_inequality(disc < 0 if m.group("neg") else disc >= 0, c,
                                           relational=False)
    if not isinstance(holds, sp.Set):
        raise Decline("the inequality in the constant not solved")
    within = _within(a, b, k, n, c, bool(m.group("neg")))
    pick = m.groupdict().get("pick")
    said = "\\ge 0" if not m.group("neg") else "< 0"
    written = (f"{operand(b)}^{{2}} - 4 \\cdot {operand(a)} \\cdot {operand(k - n)} = "
               f"{latex(disc)}")
    steps = [step("the discriminant", f"${latex(n)}$ is in the range exactly when "
                  f"$f({latex(x)}) = {latex(n)}$ has a real solution: when the discriminant of "
                  f"$f({latex(x)}) - {latex(n)}$ is {'at least' if not m.group('neg') else 'below'}"
                  f" 0.", f"${written}$, and ${latex(disc)} {said}$", written)]
    if pick is None:
        for t in _tests(holds):
            confirm.check(within(t) == (t in holds), "the vertex value puts the number on the "
                          "same side of the range at test values of the constant")
        ends = _ends(holds)
        zero = "; ".join(f"{shown(disc, {c: e})} = 0" for e in ends)
        steps.append(step("solve for the constant", "Solve the inequality: the discriminant is 0 "
                          "at the ends.", f"${latex(c)} \\in {latex(holds)}$"
                          + (f": ${zero}$" if zero else ""), zero))
        return holds, steps
    largest = pick in ("largest", "greatest")
    end = holds.sup if largest else holds.inf
    if not end.is_finite or end not in holds:
        raise Decline(f"no {pick} value of the constant")
    beyond = end + _BEYOND if largest else end - _BEYOND
    confirm.check(within(end) and not within(beyond), "at the answer the number reaches the "
                  "vertex value, and just beyond it the number is out of the range")
    at_end = f"{shown(disc, {c: end})} = {latex(disc.subs(c, end))}"
    steps.append(step("solve for the constant", f"Solve the inequality and take the {pick} "
                      "value.", f"${latex(c)} \\in {latex(holds)}$, so ${latex(c)} = "
                      f"{latex(end)}$: ${at_end}$", at_end))
    return end, steps


def _within(a: sp.Expr, b: sp.Expr, k: sp.Expr, n: sp.Expr, c: sp.Symbol,
            negated: bool) -> Callable[[sp.Basic], bool]:
    """Whether n is (not) in the range at a value t of the constant, by the vertex value."""
    def test(t: sp.Basic) -> bool:
        bt, kt = b.subs(c, t), k.subs(c, t)
        top = kt - bt**2 / (4 * a)  # f(-b / 2a)
        inside = bool(n >= top) if a > 0 else bool(n <= top)
        return inside != negated
    return test


def _ends(s: sp.Set) -> list[sp.Basic]:
    return sorted({e for e in s.boundary if e.is_finite} if s.boundary.is_FiniteSet else set(),
                  key=float)


def _tests(s: sp.Set) -> list[sp.Basic]:
    """Values of the constant inside, at and around the ends of an interval answer."""
    ends = _ends(s)
    if not ends:
        return [sp.Integer(t) for t in (-50, 0, 50)]
    points = []
    for e in ends:
        points += [e - 1, e + 1, e - _BEYOND, e + _BEYOND]
    points += [(p + q) / 2 for p, q in zip(ends, ends[1:], strict=False)]
    return points


__all__ = ["read"]
