"""Typed reader: an infinite geometric series known by two facts that include a sum of
powers of its terms (the sum of their squares or cubes), or its second term.

"An infinite geometric series has sum 8 and the sum of the squares of its terms is 32. Find
the first term", "The terms of an infinite geometric series add up to 6 ... the sum of their
squares is 12: what is the common ratio?", "... its second term is 2 and its sum is 9 ...".

Each fact is one clause whose words (the series' own words left out) are exactly one of the
known quantities: the sum a/(1 - r), the sum of the squares a^2/(1 - r^2), of the cubes
a^3/(1 - r^3), the first term a, the second term ar, the common ratio r. The two
equations are solved for a and r (SymPy), keeping the solutions with -1 < r < 1 and r, a
not 0; the quantity asked must be the same for all of them. Confirmed by adding the terms
(and their squares or cubes) one by one at 40 digits until they stop changing: each given
sum must be reached.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_A, _R = sp.symbols("a r")
_QUANTITIES: dict[frozenset[str], sp.Expr] = {
    frozenset({"sum"}): _A / (1 - _R),
    frozenset({"sum", "squares"}): _A**2 / (1 - _R**2),
    frozenset({"sum", "cubes"}): _A**3 / (1 - _R**3),
    frozenset({"first", "term"}): _A,
    frozenset({"second", "term"}): _A * _R,
    frozenset({"common", "ratio"}): _R,
    frozenset({"ratio"}): _R,
}
_POWERS = {frozenset({"sum"}): 1, frozenset({"sum", "squares"}): 2,
           frozenset({"sum", "cubes"}): 3}
# words that say nothing about which quantity a clause gives
_SERIES = frozenset(
    "the a an of its their in is are has have with and whose infinite geometric series "
    "terms equal equals to for what find determine compute".split())


def _quantity(clause: str) -> frozenset[str] | None:
    key = frozenset(words(clause) - _SERIES)
    return key if key in _QUANTITIES else None


def read(split: Split, template: str) -> Result | None:
    t = template.lower().strip()
    if not {"infinite", "geometric", "series"} <= words(t) \
            or not ({"squares", "cubes"} & words(t) or "second" in words(t)):
        return None
    body, _, question = t.rstrip(".?! ").rpartition(". ")
    if not body or "@" in question:
        return None
    asked = _quantity(re.sub(r"\bof (?:the|this) series\b", " ", question))
    pieces = re.split(r"(@\d+@)", body)
    facts: list[tuple[frozenset[str], sp.Expr]] = []
    for before, piece in zip(pieces[0::2], pieces[1::2], strict=False):
        key = _quantity(re.sub(r"\binfinite geometric series\b", " ", before.strip(" ,;")))
        if key is None:
            return None
        value = parse_latex(split.maths[int(piece[1:-1])])
        if not isinstance(value, sp.Expr) or not value.is_number:
            return None
        facts.append((key, value))
    if asked is None or len(facts) != 2 or pieces[-1].strip(" ,;") \
            or len({k for k, _ in facts} | {asked}) != 3:
        return None
    return _solve(facts, asked)


def _solve(facts: list[tuple[frozenset[str], sp.Expr]], asked: frozenset[str]) -> Result:
    equations = [sp.numer(sp.together(_QUANTITIES[k] - v)) for k, v in facts]
    sols = [s for s in sp.solve(equations, [_A, _R], dict=True)
            if set(s) == {_A, _R} and s[_R].is_real and s[_A].is_real
            and -1 < s[_R] < 1 and s[_R] != 0 and s[_A] != 0]
    sols = [s for s in sols if all(sp.simplify(_QUANTITIES[k].subs(s) - v) == 0
                                   for k, v in facts)]
    values = {sp.radsimp(sp.simplify(_QUANTITIES[asked].subs(s))) for s in sols}
    if len(values) != 1:
        raise Decline("one series with these facts and a ratio between -1 and 1")
    value = values.pop()
    sums = [(k, v) for k, v in [*facts, (asked, value)] if k in _POWERS]
    if not sums:
        raise Decline("a sum to confirm by adding the terms")
    for s in sols:
        for k, v in sums:
            confirm.number(_added(s[_A], s[_R], _POWERS[k]), v,
                           "adding the terms one by one at 40 digits")
    shown = ", ".join(f"{latex(_QUANTITIES[k])} = {latex(v)}" for k, v in facts)
    found = ", ".join(f"a = {latex(s[_A])}, r = {latex(s[_R])}" for s in sols)
    return value, [
        step("geometric series", "The sum is a/(1 - r), the sum of the squares "
             "a^2/(1 - r^2) (the squares are a geometric series with ratio r^2).",
             f"${shown}$", shown),
        step("solve", "Solve the two equations, keeping -1 < r < 1.", f"${found}$", found),
        step("answer", "Evaluate the quantity asked.", f"The answer is ${latex(value)}$.",
             latex(value))]


def _added(a: sp.Expr, r: sp.Expr, power: int) -> mpmath.mpf:
    with mpmath.workdps(40):
        term = mpmath.mpf(sp.N(a, 45)) ** power
        ratio = mpmath.mpf(sp.N(r, 45)) ** power
        total = mpmath.mpf(0)
        for _ in range(200000):
            total += term
            term *= ratio
            if abs(term) < mpmath.mpf(10) ** -35 * max(1, abs(total)):
                break
        return total


__all__ = ["read"]
