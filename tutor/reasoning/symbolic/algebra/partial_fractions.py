"""Typed reader: the partial fraction decomposition of a rational function in one letter.

"Find the partial fraction decomposition of $\\frac{5x+1}{(x-1)(x+2)}$", "Decompose
$\\frac{x+7}{x^2 - x - 6}$ into partial fractions", "Write $\\frac{3}{t^2 - 1}$ as a sum of
partial fractions". The denominator is factored over the rationals and SymPy's `apart`
gives the terms (a polynomial part first when the fraction is improper). A fraction that is
already one term is declined (the answer would be the question).

Confirmed independently: the terms added back together equal the fraction exactly at
several rational points away from its poles, and each term is proper with a denominator
that is a power of one irreducible factor of the fraction's denominator.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_ASK = re.compile(r"^(?:(?:find|give|compute|determine|what is) (?:the )?partial fraction "
                  r"(?:decomposition|expansion) (?:of|for) @(?P<a>\d+)@|(?:decompose|expand|"
                  r"resolve|write|express|rewrite) @(?P<b>\d+)@ (?:into|in|as|using|by) (?:a "
                  r"sum of )?partial fractions|(?:use|using) partial fractions,? (?:to )?"
                  r"(?:decompose|rewrite|write|expand) @(?P<c>\d+)@)\W*$")
VOCAB = frozenset("find give compute determine what is the partial fraction decomposition "
                  "expansion of for decompose expand resolve write express rewrite into in "
                  "as using by a sum fractions use to".split())
_POINTS = [sp.Rational(n, d) for n, d in ((7, 3), (-5, 2), (11, 7), (-13, 4), (17, 5),
                                          (1, 9), (-8, 11))]


def read_partial_fractions(split: Split, template: str) -> Result | None:
    if "partial" not in template or not words_within(template, VOCAB):
        return None
    m = _ASK.match(template.strip())
    if m is None:
        return None
    e = parse_latex(split.maths[int(m.group("a") or m.group("b") or m.group("c"))])
    if not isinstance(e, sp.Expr) or isinstance(e, sp.core.relational.Relational) or len(
            e.free_symbols) != 1:
        raise Decline("a fraction in one letter")
    x = next(iter(e.free_symbols))
    num, den = sp.fraction(sp.cancel(sp.together(e)))
    if not (num.is_polynomial(x) and den.is_polynomial(x)) or sp.degree(den, x) < 1:
        raise Decline("a fraction of two polynomials")
    if not all(c.is_Rational for c in (*sp.Poly(num, x).coeffs(), *sp.Poly(den, x).coeffs())):
        raise Decline("rational coefficients")
    if sp.degree(den, x) > 8:
        raise Decline("a denominator of too high a degree")
    parts = sp.Add.make_args(sp.apart(num / den, x))
    if len(parts) < 2:
        raise Decline("the fraction is already a single partial fraction")
    _confirm(num / den, parts, den, x)
    total = sp.Add(*parts, evaluate=False)
    factored = sp.factor(den)
    return total, [
        step("factor the denominator", "Split the denominator into irreducible factors.",
             f"${latex(den)} = {latex(factored)}$", ""),
        step("one term per factor", "Each factor (each power of a repeated factor) gets a "
             "term with a numerator of lower degree; matching coefficients gives them.",
             f"${latex(e)} = {latex(total)}$", ""),
        step("check", "Adding the terms back over the common denominator gives the "
             "fraction.", f"${latex(total)} = {latex(sp.cancel(sp.Add(*parts)))}$", "")]


def _confirm(f: sp.Expr, parts: tuple[sp.Expr, ...], den: sp.Expr, x: sp.Symbol) -> None:
    """The terms add back to the fraction at rational points, and each is proper with a
    denominator that is a power of one irreducible factor of `den`."""
    factors = [g for g, _ in sp.factor_list(den, x)[1]]
    points = [p for p in _POINTS if den.subs(x, p) != 0][:5]
    equal = len(points) == 5 and all(
        sp.Add(*(t.subs(x, p) for t in parts)) == f.subs(x, p) for p in points)
    shaped = True
    for t in parts:
        n, d = sp.fraction(sp.together(t))
        if not d.free_symbols:
            continue  # the polynomial part of an improper fraction
        own = [g for g, _ in sp.factor_list(d, x)[1]]
        shaped = shaped and len(own) == 1 and any(sp.Poly(own[0], x).monic() == sp.Poly(
            g, x).monic() for g in factors) and sp.degree(n, x) < sp.degree(own[0], x)
    confirm.check(equal and shaped, "the terms add back to the fraction at rational points, "
                  "each over a power of one factor of the denominator")


__all__ = ["read_partial_fractions"]
