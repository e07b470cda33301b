"""Typed reader: the ordered pair (or triple) that solves a linear system, or a pair that is
the one common point of two polynomial equations in x and y.

"Find the ordered pair $(p, q)$ that satisfies the equations $3p - 2q = 4$ and $q - p = 1$",
"Find an ordered pair $(x, y)$ that satisfies both of the equations below: ...", "Solve the
system ... Express your answer as an ordered pair $(x, y)$ of decimals", "What is the ordered
pair of integers $(x, y)$ for which ...?", "Solve for $(a, b)$: ...". The system must be
linear with exactly as many equations as unknowns and one solution (`systems.solve_system`,
SymPy's linsolve, every equation checked by substitution); the letters of the pair say the
order. "Of integers" is checked, "of decimals" writes terminating decimals. Two polynomial
equations ("$x + y = 10$ and $x^2 - y^2 = 40$") are answered only when eliminating either
unknown (a resultant) leaves a polynomial with a single root, so no other solution, complex
ones included, exists; the one found is substituted back.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra import clauses, systems
from tutor.reasoning.symbolic.model import Decline, evaluated, latex
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

VOCAB = frozenset(
    "ordered pair triple solution solves solve satisfies satisfy satisfying both all each "
    "equations equation system below following for which where such express your answer "
    "integers real numbers decimals fractions linear simultaneous with in enter".split())
# words that ask for the whole solution of a system when no pair is written
_WHOLE = frozenset("solve solution system equations simultaneous".split())
_PAIR = re.compile(r"^\s*\(\s*[a-zA-Z](?:\s*,\s*[a-zA-Z]){1,2}\s*\)\s*$")


def read_system_pair(split: Split, template: str) -> Result | None:
    if re.search(r"\bnumber of\b", template):
        return None  # a count ("the number of ..."), not the value itself
    if re.match(r"\s*(?:is|are|does|do)\b", template):
        return None  # a yes-or-no question ("Is x = 2 a solution of ...?"), not the solution
    w = words(template)
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    idx = [int(i) for i in dict.fromkeys(re.findall(r"@(\d+)@", template))]
    pairs = [i for i in idx if _PAIR.match(split.maths[i])]
    named = [i for i in idx if clauses.is_letters(split.maths[i])]
    solve_for = re.search(r"solve for @\d+@", template)
    if len(pairs) == 1 and (w & ({"pair", "triple"} | _WHOLE) or solve_for):
        order = [sp.Symbol(c) for c in re.findall(r"[a-zA-Z]", split.maths[pairs[0]])]
    elif not pairs and len(named) >= 2 and re.search(r"@\d+@,? and @\d+@", template):
        order = [x for i in named for x in clauses.letters(split.maths[i])]  # "find x and y"
    elif not pairs and not named and w & _WHOLE and len(idx) >= 2:
        order = []  # "Solve the system ...": its letters, in alphabetical order
    elif not pairs and len(named) == 1 and solve_for and len(idx) >= 3:
        order = []  # "Solve for x: (a system)": one of the unknowns
    else:
        return None
    one = clauses.letters(split.maths[named[0]]) if len(named) == 1 and not pairs else []
    if len(one) > 1:
        return None
    eqs: list[sp.Basic] = []
    for i in idx:
        if i not in pairs and i not in named:
            eqs += [evaluated(r) for r in clauses.relations(split.maths[i])]
    if not eqs or not all(isinstance(e, sp.Equality) for e in eqs):
        raise Decline("a system of equations")
    if not order:
        order = sorted(set().union(*(e.free_symbols for e in eqs)), key=str)
        if not one and {str(x) for x in order} not in ({"x", "y"}, {"x", "y", "z"}):
            raise Decline("the order of the unknowns is not said")
    if len(set(order)) != len(order):
        raise Decline("a letter named twice")
    if set().union(*(e.free_symbols for e in eqs)) != set(order) or len(eqs) != len(order):
        raise Decline("the pair's letters are the system's unknowns")
    if not all(sp.expand(e.lhs - e.rhs).is_polynomial(*order) and sp.Poly(
            e.lhs - e.rhs, *order).total_degree() == 1 for e in eqs):
        _one_common_point(eqs, order)
    values, steps = systems.solve_system(eqs)
    if not all(v.is_real for v in values.values()):
        raise Decline("a solution that is not real")
    if one:
        if one[0] not in values:
            raise Decline("the letter asked for is not one of the system's unknowns")
        return values[one[0]], steps
    got = [values[s] for s in order]
    if "integers" in w and not all(v.is_integer for v in got):
        raise Decline("the solution is not a pair of integers")
    shown = [_decimal(v) if "decimals" in w else latex(v) for v in got]
    return "\\left(" + ", ".join(shown) + "\\right)", steps


def _one_common_point(eqs: list[sp.Basic], order: list[sp.Symbol]) -> None:
    """Two polynomial equations in x and y with at most one common point, complex ones
    included: eliminating y (the resultant) leaves one value of x, and eliminating x one
    value of y. Otherwise Decline: a list of solutions could be cut short."""
    if len(order) != 2 or not all(sp.expand(e.lhs - e.rhs).is_polynomial(*order) for e in eqs):
        raise Decline("a linear system, or two polynomial equations in two unknowns")
    p, q = (sp.expand(e.lhs - e.rhs) for e in eqs)
    for keep, drop in (order, order[::-1]):
        r = sp.Poly(sp.resultant(p, q, drop), keep)
        if r.is_zero or r.degree() < 1 or len(sp.roots(r, multiple=False)) != 1 or sum(
                sp.roots(r, multiple=False).values()) != r.degree():
            raise Decline("not exactly one common point")


def _decimal(v: sp.Basic) -> str:
    """A terminating decimal for a rational whose denominator has only the primes 2 and 5."""
    if not v.is_Rational:
        raise Decline("a decimal answer for an irrational value")
    q = int(v.q)
    twos_fives = q
    for p in (2, 5):
        while twos_fives % p == 0:
            twos_fives //= p
    if twos_fives != 1:
        raise Decline("the value is not a terminating decimal")
    places = max(len(str(q)), 1)
    text = f"{float(v):.{places}f}".rstrip("0").rstrip(".")
    if sp.Rational(text) != v:
        raise Decline("a decimal that cannot be written exactly")
    return text


__all__ = ["read_system_pair"]
