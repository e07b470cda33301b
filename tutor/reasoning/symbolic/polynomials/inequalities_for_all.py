"""Typed reader: the values of a constant for which a quadratic inequality in x holds for
every real x.

"Find all values of $k$ so that $x^2 - (k - 3)x - k + 6 > 0$ for all $x$", "For what values
of $m$ is $x^2 + mx + 4 > 0$ for every real number $x$?", "For which $a$ does
$ax^2 + 4x + a \\ge 0$ hold for all real $x$?".

With the inequality as P(x) > 0 (or >=, <, <=) and P = A x^2 + B x + C, whose coefficients
hold the constant: P > 0 for every x exactly when A > 0 and B^2 - 4AC < 0, or A = B = 0
and C > 0 (a constant); the other signs alike. SymPy solves these conditions in the
constant. Confirmed independently at rational values of the constant on a grid and beside
each end of the answer: there P is a polynomial with rational coefficients, and it keeps
its sign for every x exactly when its real roots of odd multiplicity (Sturm's count on its
square-free factors) are none and its value at a point off its roots has the right sign.
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_EVERY = (r"(?:hold |holds |is true |be true )?for (?:all|every|each) (?:real )?"
          r"(?:numbers? |values? (?:of )?)?@(?P<x>\d+)@")
_ASKS = [
    re.compile(r"^(?:find |determine |what are )?(?:all )?(?:the )?(?:real )?(?:values|numbers) "
               r"(?:of )?@(?P<k>\d+)@ (?:so that|such that|for which) @(?P<p>\d+)@ "
               + _EVERY + "$"),
    re.compile(r"^for (?:what|which) (?:real )?(?:values (?:of )?|numbers )?@(?P<k>\d+)@ "
               r"(?:is|does|will) @(?P<p>\d+)@ " + _EVERY + "$"),
]
VOCAB = frozenset(
    "find determine what are all the real values value numbers number of so that such for "
    "which is does will hold holds true be every each".split())
_SIGNS = {sp.StrictGreaterThan: (">", 1, True), sp.GreaterThan: (">=", 1, False),
          sp.StrictLessThan: ("<", -1, True), sp.LessThan: ("<=", -1, False)}


def read(split: Split, template: str) -> Result | None:
    tmpl = template.strip().rstrip(".?").strip()
    if "for" not in tmpl or not words_within(tmpl, VOCAB):
        return None
    m = next((m for p in _ASKS if (m := p.fullmatch(tmpl))), None)
    if m is None:
        return None
    rel = parse_latex(split.maths[int(m.group("p"))].strip().rstrip(".,"))
    x, k = (parse_latex(split.maths[int(m.group(g))].strip()) for g in ("x", "k"))
    if not isinstance(rel, Relational) or type(rel) not in _SIGNS or not isinstance(
            x, sp.Symbol) or not isinstance(k, sp.Symbol) or rel.free_symbols != {x, k}:
        raise Decline("one inequality in x and the constant")
    sign_text, sign, strict = _SIGNS[type(rel)]
    p = sp.expand(rel.lhs - rel.rhs)
    if not p.is_polynomial(x, k) or sp.degree(p, x) > 2 or sp.degree(p, x) < 1:
        raise Decline("a quadratic or linear inequality in x")
    if not all(q.is_Rational for q in sp.Poly(p, x, k).coeffs()):
        raise Decline("rational coefficients")
    a, b, c = (sp.Poly(p, x).coeff_monomial(x**n) for n in (2, 1, 0))
    disc = sp.expand(b**2 - 4 * a * c)
    main = _solved(sign * a > 0, k).intersect(_solved(disc < 0 if strict else disc <= 0, k))
    answer = sp.Union(main, _flat_values(a, b, c, k, sign, strict))
    if not isinstance(answer, sp.Interval | sp.Union):
        raise Decline("no value, or single values, of the constant")
    _confirm(p, x, k, answer, sign, strict)
    below = "<" if strict else "\\le"
    return answer, [
        step("the inequality for every x", "A quadratic keeps one sign for all x when its "
             "leading coefficient has that sign and its discriminant is negative"
             + ("" if strict else " or zero") + ".",
             f"${latex(p)} {sign_text} 0$ for all ${latex(x)}$: ${latex(sign * a)} > 0$ and "
             f"$({latex(b)})^2 - 4({latex(a)})({latex(c)}) = {latex(disc)} {below} 0$.", ""),
        step("solve for the constant", "Solve both conditions together.",
             f"${latex(k)} \\in {latex(answer)}$", latex(answer))]


def _solved(rel: sp.Basic, k: sp.Symbol) -> sp.Set:
    """The values of k for which one condition holds."""
    if rel is sp.true or rel is sp.false:
        return sp.S.Reals if rel is sp.true else sp.S.EmptySet
    return sp.solve_univariate_inequality(rel, k, relational=False)


def _flat_values(a: sp.Expr, b: sp.Expr, c: sp.Expr, k: sp.Symbol, sign: int,
                 strict: bool) -> sp.Set:
    """The values that make the left side a constant of the right sign."""
    both = sp.gcd(sp.Poly(a, k), sp.Poly(b, k))
    if both.is_zero or both.degree() <= 0:
        return sp.S.EmptySet if not both.is_zero else sp.S.Reals
    vals = [v for v in sp.solve(both.as_expr(), k) if v.is_real
            and (sign * c.subs(k, v) > 0 if strict else sign * c.subs(k, v) >= 0)]
    return sp.FiniteSet(*vals)


def _keeps_sign(q: sp.Poly, sign: int, strict: bool) -> bool:
    """q (rational coefficients) has sign `sign` (or is 0, when not strict) for every x."""
    if q.is_zero:
        return not strict
    odd = sum(f.count_roots() for f, m in q.sqf_list()[1] if m % 2 == 1)
    if strict and q.count_roots() or not strict and odd:
        return False
    t = next(t for t in (sp.Rational(1, 7) + j for j in range(q.degree() + 2))
             if q.eval(t) != 0)
    return bool(sign * q.eval(t) > 0)


def _confirm(p: sp.Expr, x: sp.Symbol, k: sp.Symbol, answer: sp.Set, sign: int,
             strict: bool) -> None:
    points = {sp.Rational(j, 4) for j in range(-80, 81, 3)}
    for end in answer.boundary:
        if end.is_finite and end.is_real:
            near = sp.Rational(str(sp.N(end, 30)))
            points |= {near + sp.Rational(1, 10**6), near - sp.Rational(1, 10**6)}
            if end.is_Rational:
                points.add(end)
    for t in sorted(points):
        q = sp.Poly(p.subs(k, t), x)
        if _keeps_sign(q, sign, strict) != bool(answer.contains(t)):
            confirm.check(False, f"at ${latex(k)} = {latex(t)}$ the answer and a root count "
                          "of the quadratic differ")
    confirm.check(True, f"at {len(points)} values of ${latex(k)}$ the answer agrees with "
                  "Sturm's count of the real roots of the quadratic")


__all__ = ["VOCAB", "read"]
