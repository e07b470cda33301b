"""Typed reader: the sum or product of the solutions of one equation.

"What is the sum of all possible values of $x$ if $x^2 = 5x - 6$?", "Find the product of
the solutions of $2t^2 + t = 6$", "the sum of all real numbers $y$ such that $|y - 1| = 4$",
"If $(a - 2)^2 = 9$, what is the sum of the possible values of $a$?". The real solutions
are found and each is confirmed by substitution, with the number of real solutions
counted by Sturm sequences for a polynomial (`equations.solve_equation`), so none is
missing. "Roots" and "zeros" count a repeated root as many times as it repeats, which a
list of solutions does not show: such an equation is declined, unless the question says
"distinct" (each root once) or "counting multiplicity" ("Find the sum of the roots of
$(x - 2)^3(x + 5)^2 = 0$, counted with multiplicity"): then every root of the polynomial,
all real, is taken as often as it repeats, and the sum or product is confirmed by Vieta's
formulas from the expanded coefficients.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

VOCAB = frozenset(
    "sum product all possible real distinct values value solutions roots zeros numbers "
    "equation satisfy satisfies satisfying such for which where counting counted with "
    "multiplicity multiplicities their".split())
_MULTIPLICITY = re.compile(r"\b(?:count(?:ing|ed)(?: with)?|with) (?:their )?"
                           r"multiplicit(?:y|ies)\b")
_ASK = re.compile(r"the (?P<how>sum|product) of (?:all )?(?:the )?(?:possible )?"
                  r"(?P<distinct>distinct )?(?:real )?"
                  r"(?P<noun>values|solutions|roots|zeros|numbers)\b")


def read_solution_sum(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & {"sum", "product"} or w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    found = list(_ASK.finditer(template))
    if len(found) != 1 or len(w & {"sum", "product"}) != 1:
        return None
    how, noun = found[0].group("how"), found[0].group("noun")
    pieces = [split.maths[int(i)] for i in re.findall(r"@(\d+)@", template)]
    eqs = [p for p in pieces if not clauses.is_letters(p)]
    named = [x for p in pieces if clauses.is_letters(p) for x in clauses.letters(p)]
    bare = {c for c in w if len(c) == 1} - {"a"}
    if len(eqs) != 1 or len(set(named) | {sp.Symbol(c) for c in bare}) > 1:
        return None
    rels = clauses.relations(eqs[0])
    if len(rels) != 1 or not isinstance(rels[0], sp.Equality):
        raise Decline("one equation")
    eq = rels[0]
    unknown = (named or [sp.Symbol(c) for c in bare] or [None])[0]
    if unknown is not None and eq.free_symbols != {unknown}:
        raise Decline("the letter asked about is not the equation's")
    if len(eq.free_symbols) != 1:
        raise Decline("an equation in one unknown")
    x = next(iter(eq.free_symbols))
    multiplicity = bool(_MULTIPLICITY.search(template))
    if multiplicity and found[0].group("distinct"):
        raise Decline("distinct roots counted with multiplicity")
    if multiplicity:
        return _with_multiplicity(eq, x, how)
    if noun in ("roots", "zeros") and not found[0].group("distinct"):
        num = sp.numer(sp.together(eq.lhs - eq.rhs))
        if not num.is_polynomial(x) or sp.degree(sp.gcd(num, sp.diff(num, x)), x) > 0:
            raise Decline("repeated roots: a sum of roots would count them again")
    src = f"{sp.latex(eq.lhs)} = {sp.latex(eq.rhs)}"
    value, steps = handlers.solve(src, sp.latex(x), how)
    if isinstance(value, sp.Basic):
        tidy = final_value(sp.expand(value))
        if tidy != value:
            claim = f"{latex(value)} = {latex(tidy)}"
            steps.append(step("simplify", "Multiply out and collect.", f"${claim}$", claim))
            value = tidy
    return value, steps


def _with_multiplicity(eq: sp.Equality, x: sp.Symbol, how: str) -> Result:
    """The sum or product of a polynomial's roots, each as often as it repeats."""
    num = sp.numer(sp.together(eq.lhs - eq.rhs))
    if not num.is_polynomial(x):
        raise Decline("multiplicity of the roots of a polynomial")
    poly = sp.Poly(num, x)
    if poly.degree() < 1 or not all(c.is_Rational for c in poly.all_coeffs()):
        raise Decline("a polynomial with rational coefficients")
    found = sp.roots(poly)
    if sum(found.values()) != poly.degree() or not all(r.is_real for r in found):
        raise Decline("every root real and found")
    if how == "sum":
        value = sp.nsimplify(sp.expand(sum(r * m for r, m in found.items())))
    else:
        value = sp.nsimplify(sp.expand(sp.Mul(*(r**m for r, m in found.items()))))
    c = poly.all_coeffs()
    vieta = -c[1] / c[0] if how == "sum" else (-1) ** poly.degree() * c[-1] / c[0]
    confirm.check(sp.simplify(value - vieta) == 0,
                  f"the {how} of the roots by Vieta's formulas from the coefficients")
    listed = ", ".join(f"{latex(r)}" + (f" (\\text{{{m} times}})" if m > 1 else "")
                       for r, m in sorted(found.items(), key=lambda t: float(t[0])))
    terms = [latex(r) for r, m in sorted(found.items(), key=lambda t: float(t[0]))
             for _ in range(m)]
    joined = (" + " if how == "sum" else " \\cdot ").join(
        f"\\left({t}\\right)" if t.startswith("-") else t for t in terms)
    claim = f"{joined} = {latex(value)}"
    expanded = f"{latex(poly.as_expr())} = 0"
    formula = (f"-\\frac{{{latex(c[1])}}}{{{latex(c[0])}}}" if how == "sum" else
               f"(-1)^{{{poly.degree()}}} \\cdot \\frac{{{latex(c[-1])}}}{{{latex(c[0])}}}")
    return value, [
        step("find the roots", "Find every root and how often it repeats.",
             f"The roots are ${listed}$.", ""),
        step(f"{how} with multiplicity", "Take each root as often as it repeats.",
             f"${claim}$", claim),
        step("check with Vieta", "Vieta's formulas on the expanded polynomial give the same.",
             f"${expanded}$ gives ${formula} = {latex(vieta)}$.", f"{formula} = {latex(value)}")]


__all__ = ["read_solution_sum"]
