"""Typed reader: a function's formula found from one equation it appears in linearly.

"Find $h(x)$, with terms in order of decreasing degree, if $3x^4 + 2x - 1 + h(x) = 5x^2 -
6x - 1$", "What is $p(x)$ if $p(x) + (x^2 - 1) = 3x^2 + x$?", "Suppose $q(x)$ is a
polynomial such that $(x^2 + 1) + q(x) = x^4 + 2x$. Find $q(x)$.", "If $2f(x) - 3x = x^2$,
what is $f(x)$?". The call `h(x)` is read as one unknown; the equation must be linear in it.
The formula found is confirmed by putting it back into the equation and comparing both sides
at random points (`confirm.identity`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

VOCAB = frozenset(
    "with terms order decreasing degree suppose polynomial such where express answer "
    "function write simplify expression degrees single".split())
_CALL = re.compile(r"^\s*([a-zA-Z])\s*\(\s*([a-z])\s*\)\s*$")


def read_unknown_function(split: Split, template: str) -> Result | None:
    if re.search(r"\bnumber of\b", template):
        return None  # a count ("the number of ..."), not the value itself
    w = words(template)
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    idx = [int(i) for i in re.findall(r"@(\d+)@", template)]
    calls = [i for i in idx if _CALL.match(split.maths[i])]
    eqs = [i for i in idx if i not in calls and "=" in split.maths[i]]
    if not calls or len(eqs) != 1 or len(calls) + 1 != len(idx):
        return None
    names = {_CALL.match(split.maths[i]).groups() for i in calls}  # type: ignore[union-attr]
    if len(names) != 1:
        return None
    name, var = next(iter(names))
    src = split.maths[eqs[0]]
    call = re.compile(rf"(?<![\\a-zA-Z]){name}\s*\(\s*{var}\s*\)")
    free = [c for c in "UVWQRSKLMN" if c not in src]
    if not call.search(src) or not free or re.search(rf"(?<![\\a-zA-Z]){name}\s*\(",
                                                     call.sub(" ", src)):
        raise Decline("the function appears only as a call at its own variable")
    unknown = sp.Symbol(free[0])
    eq = evaluated(parse_latex(call.sub(f" {free[0]} ", src)))
    if not isinstance(eq, sp.Equality):
        raise Decline("an equation")
    x = sp.Symbol(var)
    diff = sp.expand(eq.lhs - eq.rhs)
    if diff.free_symbols - {x, unknown} or not diff.is_polynomial(unknown) or \
            sp.degree(diff, unknown) != 1:
        raise Decline("an equation linear in the unknown function")
    a = diff.coeff(unknown, 1)
    if a.has(x) or a == 0:
        raise Decline("the unknown function is multiplied by a number only")
    formula = sp.expand(-diff.coeff(unknown, 0) / a)
    confirm.identity(eq.lhs.subs(unknown, formula), eq.rhs.subs(unknown, formula),
                     "equation with the formula put back")
    f_call = f"{name}({var})"
    claim = f"{f_call} = {latex(formula)}"
    return formula, [step("solve for the unknown function", f"Treat ${f_call}$ as the "
                          "unknown: move every other term to the other side.",
                          f"${claim}$", claim)]


__all__ = ["read_unknown_function"]
