"""Typed reader: constants fixed by writing an expression or an equation in a given form.

"The equation $x^2 + 6x - 7 = 0$ can be rewritten in the form $(x + b)^2 = c$, where $b$
and $c$ are integers. What is $b + c$?", "$2x^2 - 12x + 5$ can be written as
$a(x - h)^2 + k$; find $a + h + k$", "Write $x^2 - 10x + 3$ in the form $(x - p)^2 + q$.
What is $q$?", "If we write $x^2 - 4x$ as $a(x - h)^2 + k$, what is $k$?" (no kind said:
the form's letters other than the variable are real constants). An expression must equal
the form for every x; an equation may be any nonzero multiple of it (the same solutions,
as completing the square keeps them).
Coefficients are matched (SymPy's `solve`); the constants found are confirmed by putting
them into the form and comparing it with the original at random points.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

VOCAB = frozenset(
    "can be written rewritten expressed put write rewrite express in form as where are is "
    "integers integer constants constant real numbers positive equation expression quadratic "
    "polynomial some by completing square we simplify simplifies simplified to".split())
# "in the form F", "as F", "simplify ... to the form F", "simplifies to an expression of the form F"
_FORM = re.compile(r"(?:in the form|in form|as|\bto (?:an expression of |a polynomial of )?"
                   r"the form) @(\d+)@")
_KINDS = re.compile(rf"(?P<letters>{clauses.LETTERS}),? (?:are|is)(?: all)? (?:some )?"
                    r"(?P<kind>positive integers?|integers?|(?:real )?constants?|real numbers?)")
_ASK = re.compile(r"(?:what is|find|compute|determine|evaluate|give)(?: the value of)? @(\d+)@")


def read_form(split: Split, template: str) -> Result | None:
    w = words(template)
    if "form" not in w and not w & {"written", "rewritten", "expressed"} or \
            w - FILLER - VOCAB - {"what"}:
        return None
    form_m, kinds_m = _FORM.search(template), _KINDS.search(template)
    asks = list(_ASK.finditer(template))
    if form_m is None or len(asks) != 1:
        return None
    f_i, t_i = int(form_m.group(1)), int(asks[0].group(1))
    if kinds_m is None:  # "If we write x^2 - 5x in the form a(x - h)^2 + k, what is k?"
        return _unnamed_constants(split, template, f_i, t_i)
    c_idx = [int(i) for i in re.findall(r"@(\d+)@", kinds_m.group("letters"))]
    rest = [int(i) for i in re.findall(r"@(\d+)@", template)
            if int(i) not in (f_i, t_i, *c_idx)]
    if len(rest) != 1 or rest[0] > f_i:
        return None
    constants = [x for i in c_idx for x in clauses.letters(split.maths[i])]
    kind = kinds_m.group("kind")
    return _match(split.maths[rest[0]], split.maths[f_i], constants, kind, split.maths[t_i])


def _unnamed_constants(split: Split, template: str, f_i: int, t_i: int) -> Result | None:
    """The form's letters other than the expression's variable are its constants, any real
    numbers: a quadratic written as a(x - h)^2 + k fixes a, h and k."""
    rest = [int(i) for i in re.findall(r"@(\d+)@", template) if int(i) not in (f_i, t_i)]
    if len(rest) != 1 or rest[0] > f_i:
        return None
    given, _ = _sides(split.maths[rest[0]])
    form, _ = _sides(split.maths[f_i])
    if len(given.free_symbols) != 1:
        raise Decline("one variable in the given expression")
    constants = sorted(form.free_symbols - given.free_symbols, key=str)
    return _match(split.maths[rest[0]], split.maths[f_i], constants, "real constants",
                  split.maths[t_i])


def _sides(src: str) -> tuple[sp.Basic, bool]:
    e = parse_latex(src)
    if isinstance(e, sp.Equality):
        return e.lhs - e.rhs, True
    if isinstance(e, sp.core.relational.Relational) or not isinstance(e, sp.Expr):
        raise Decline("an expression or an equation")
    return e, False


def _match(given_src: str, form_src: str, constants: list[sp.Symbol], kind: str,
           target_src: str) -> Result:
    given, is_eq = _sides(given_src)
    form, form_eq = _sides(form_src)
    target = parse_latex(target_src)
    cs = set(constants)
    if is_eq != form_eq or given.free_symbols & cs or not target.free_symbols <= cs \
            or not cs <= form.free_symbols or not target.free_symbols:
        raise Decline("the form's constants and the given maths do not fit")
    xs = sorted(form.free_symbols - cs, key=str)
    if set(xs) != given.free_symbols or len(xs) != 1:
        raise Decline("one variable, the same in both")
    x = xs[0]
    scale = sp.Dummy("k")
    diff = sp.expand(form - (scale if is_eq else 1) * given)
    if not diff.is_polynomial(x):
        raise Decline("not a polynomial identity")
    unknowns = [*constants, scale] if is_eq else constants
    sols = [s for s in sp.solve(sp.Poly(diff, x).coeffs(), unknowns, dict=True)
            if set(s) == set(unknowns) and all(v.is_number and v.is_real for v in s.values())
            and (not is_eq or s[scale] != 0)]
    if "integer" in kind:
        sols = [s for s in sols if all(s[c].is_integer for c in constants)]
    if "positive" in kind:
        sols = [s for s in sols if all(s[c].is_positive for c in constants)]
    if not sols or len(sols) > 4:
        raise Decline("the constants are not fixed")
    values = [sp.nsimplify(target.subs({c: s[c] for c in constants})) for s in sols]
    if any(sp.simplify(v - values[0]) != 0 for v in values[1:]):
        raise Decline("the value depends on which constants are taken")
    value = values[0]
    steps: list[Step] = []
    for s in sols:
        sol = {c: s[c] for c in constants}
        filled = form.subs(sol)
        k = s[scale] if is_eq else sp.S.One
        confirm.identity(k * given, filled, "form with these constants")
        listed = ", ".join(f"{latex(c)} = {latex(v)}" for c, v in sol.items())
        right = latex(given) if k == 1 else f"{latex(k)} \\left({latex(given)}\\right)"
        why = f"{latex(filled)} = {right}"
        steps.append(step("match the coefficients", "Expand the form and compare it term by "
                          "term with what is given.", f"With ${listed}$: ${why}$", why))
    if not isinstance(target, sp.Symbol):
        c2 = f"{shown(target, {c: sols[0][c] for c in constants})} = {latex(value)}"
        steps.append(step("evaluate", "Put the constants into the expression asked for.",
                          f"${c2}$", c2))
    return value, steps


__all__ = ["read_form"]
