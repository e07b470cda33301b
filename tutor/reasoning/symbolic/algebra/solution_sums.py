"""Typed reader: the sum or product of the solutions of one equation.

"What is the sum of all possible values of $x$ if $x^2 = 5x - 6$?", "Find the product of
the solutions of $2t^2 + t = 6$", "the sum of all real numbers $y$ such that $|y - 1| = 4$",
"If $(a - 2)^2 = 9$, what is the sum of the possible values of $a$?". The real solutions
are found and each is confirmed by substitution, with the number of real solutions
counted by Sturm sequences for a polynomial (`equations.solve_equation`), so none is
missing. "Roots" and "zeros" count a repeated root as many times as it repeats, which a
list of solutions does not show: such an equation is declined.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import handlers
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

VOCAB = frozenset(
    "sum product all possible real distinct values value solutions roots zeros numbers "
    "equation satisfy satisfies satisfying such for which where".split())
_ASK = re.compile(r"the (?P<how>sum|product) of (?:all )?(?:the )?(?:possible )?(?:distinct )?"
                  r"(?:real )?(?P<noun>values|solutions|roots|zeros|numbers)\b")


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
    if noun in ("roots", "zeros"):
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


__all__ = ["read_solution_sum"]
