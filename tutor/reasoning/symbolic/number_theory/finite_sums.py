"""Finite sums of many terms: written out, with `\\sum_{n=a}^{b}`, or with dots
(`t_1 + t_2 + \\cdots + t_N`).

A sum of radicals is simplified term by term (each term rationalised on its own), so a
telescoping sum such as the sum of 1/(sqrt n + sqrt(n+1)) collapses at once instead of
handing SymPy one huge expression to simplify. A sum with dots is read by its pattern
(`dotted_pattern`), or as a geometric sum (`geometric_dotted`). Every value is
confirmed numerically by adding the terms with mpmath (`confirm.value`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory.dotted_pattern import MAX_TERMS, pattern
from tutor.reasoning.symbolic.number_theory.geometric_dotted import geometric_dotted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

MANY = 8  # a written-out sum with at least this many terms is added term by term


def _has_radical(e: sp.Basic) -> bool:
    return any(p.exp.is_Rational and not p.exp.is_Integer for p in e.atoms(sp.Pow))


def _tidy(term: sp.Basic) -> sp.Basic:
    """One term rationalised and simplified on its own."""
    return sp.radsimp(sp.together(term))


def _finite_terms(e: sp.Basic) -> list[sp.Basic] | None:
    if isinstance(e, sp.Add) and len(e.args) >= MANY:
        return list(e.args)
    if isinstance(e, sp.Sum) and len(e.limits) == 1:
        k, lo, hi = e.limits[0]
        if lo.is_Integer and hi.is_Integer and 0 <= int(hi) - int(lo) < MAX_TERMS \
                and not e.function.free_symbols - {k}:
            return [e.function.subs(k, n) for n in range(int(lo), int(hi) + 1)]
    return None


def termwise(e: sp.Basic) -> Result | None:
    """The value of a long finite sum of radicals, term by term; None when not one."""
    if not _has_radical(e) or e.free_symbols:
        return None  # before listing the terms: a long sum of brackets lists slowly
    terms = _finite_terms(e)
    if terms is None:
        return None
    return _added(terms, e)


def _added(terms: list[sp.Basic], whole: sp.Basic) -> Result:
    tidy = [_tidy(t) for t in terms]
    value = sp.Add(*tidy)
    if len(value.args) > 6 or not value.is_number:
        raise Decline("the sum does not collapse")
    confirm.value(whole, value, "the sum")
    steps: list[Step] = []
    for t, v in list(zip(terms, tidy, strict=True))[:2]:
        if t != v:
            claim = f"{latex(t)} = {latex(v)}"
            steps.append(step("simplify each term", "Rationalise the denominator of each term "
                              "on its own.", f"${claim}$", claim))
    shown = " + ".join(f"\\left({latex(v)}\\right)" for v in tidy[:2])
    claim = f"{shown} + \\cdots + \\left({latex(tidy[-1])}\\right) = {latex(value)}"
    steps.append(step("add the terms", "Neighbouring terms cancel: only the ends are left."
                      if len(value.args) < len(tidy) else "Add the simplified terms.",
                      f"${claim}$", claim))
    return value, steps



def dotted(src: str) -> Result:
    """The value of `t_1 + t_2 + \\cdots + t_N` read by its pattern."""
    try:
        f, n, count = pattern(src)
    except Decline:
        geometric = geometric_dotted(src)
        if geometric is None:
            raise
        return geometric
    terms = [f.subs(n, k) for k in range(count)]
    whole = sp.Sum(f, (n, 0, count - 1))
    # the sum as written = the sum by its pattern: a claim the checker confirms by value
    general_term = step("find the pattern", f"The sum has {count} terms; term $n$ "
                   f"(from $n = 0$) is ${latex(f)}$.",
                   f"${src} = {latex(whole)}$, a sum of {count} terms", "")
    if _has_radical(f):
        value, steps = _added(terms, whole)
        return value, [general_term, *steps]
    value = sp.simplify(sp.Add(*terms))
    if not value.is_number:
        raise Decline("the sum has no value")
    confirm.value(whole, value, "the sum")
    claim = f"{latex(whole)} = {latex(value)}"
    return value, [general_term, step("add the terms", "Add them (or use the formula for the "
                                 "sum).", f"${claim}$", claim)]


_ASK = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|determine|simplify)"
                  r"(?: the (?:exact )?value of| the sum(?: of)?(?: the (?P<kind>arithmetic|"
                  r"geometric) (?:series|progression))?)?:? )?@0@")  # "Compute: ..."
_VOCAB = frozenset("what is find compute evaluate calculate determine simplify value exact "
                   "sum of arithmetic geometric series progression".split())


def read(split: Split, template: str) -> Result | None:
    """"Compute 1/(1·2) + 1/(2·3) + ··· + 1/(49·50)": a sum written with dots; "the sum of
    the arithmetic series 2 + 5 + ... + 101" when its terms are of the kind said."""
    if len(split.maths) != 1 or not re.search(r"\\(?:c|l)?dots|\.\.\.", split.maths[0]):
        return None
    if not words_within(template, _VOCAB) or not (m := _ASK.fullmatch(template.rstrip(" .?"))):
        return None
    if m.group("kind") and not _of_kind(split.maths[0], m.group("kind")):
        raise Decline(f"the terms are not those of the {m.group('kind')} series said")
    return dotted(split.maths[0])


def _of_kind(src: str, kind: str) -> bool:
    """Whether the terms' pattern is arithmetic (linear in n) or geometric (a fixed ratio)."""
    try:
        f, n, _count = pattern(src)
    except Decline:
        return kind == "geometric" and geometric_dotted(src) is not None
    if kind == "arithmetic":
        return f.is_polynomial(n) and sp.degree(f, n) <= 1
    ratio = sp.simplify(f.subs(n, n + 1) / f)
    return ratio.is_number and ratio != 0


__all__ = ["dotted", "read", "termwise"]
