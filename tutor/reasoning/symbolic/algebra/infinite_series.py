"""An infinite geometric series written out term by term: 12 + 4 + \\frac{4}{3} + \\cdots.

The terms before the dots (at least three, signs included: 1 - 1/3 + 1/9 - ...) must
have one common ratio r with |r| < 1; the sum a / (1 - r) is confirmed by adding the
terms one by one in floating point until they stop changing the total.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra import expressions
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.patterns import Result

TRAILING_DOTS = re.compile(r"\s*[-+]\s*(?:\\(?:dots|ldots|cdots|dotsb)|\.\.\.)\s*$")


def _signed_terms(src: str) -> list[str]:
    """The terms of a sum written with + and - signs outside brackets, each with its sign."""
    terms, depth, start = [], 0, 0
    for i, ch in enumerate(src):
        depth += {"{": 1, "(": 1, "}": -1, ")": -1}.get(ch, 0)
        if ch in "+-" and depth == 0 and src[start:i].strip():
            terms.append(src[start:i].strip())
            start = i
    terms.append(src[start:].strip())
    return [t[1:].strip() if t.startswith("+") else t for t in terms]


def infinite_geometric(src: str) -> Result:
    """Sum of an infinite geometric series written out: 12 + 4 + \\frac{4}{3} + \\cdots."""
    m = TRAILING_DOTS.search(src)
    if not m:
        raise Decline("not a series ending in dots")
    terms = [expressions.final_value(parse_latex(t)) for t in _signed_terms(src[:m.start()])]
    if len(terms) < 3 or any(not t.is_number or t == 0 or not t.is_real for t in terms):
        raise Decline("at least three nonzero numbers before the dots")
    r = sp.nsimplify(terms[1] / terms[0])
    if any(sp.simplify(b - a * r) != 0 for a, b in zip(terms, terms[1:], strict=False)):
        raise Decline("not a geometric series")
    if not abs(r) < 1:
        raise Decline("the series does not converge")
    a = terms[0]
    total = sp.nsimplify(sp.simplify(a / (1 - r)))
    confirm.number(_partial_sums_limit(a, r), total, "adding the terms one by one")
    c1 = f"r = \\frac{{{latex(terms[1])}}}{{{latex(a)}}} = {latex(r)}"
    c2 = f"\\frac{{{latex(a)}}}{{1 - \\left({latex(r)}\\right)}} = {latex(total)}"
    return total, [
        step("find the common ratio", "Divide a term by the one before it; every pair gives "
             "the same ratio.", f"${c1}$", c1),
        step("sum the infinite geometric series", "With $|r| < 1$ the sum is "
             "$\\frac{a}{1 - r}$.", f"${c2}$", c2)]


def _partial_sums_limit(a: sp.Basic, r: sp.Basic) -> mpmath.mpf | None:
    """The terms a r^k added in floating point until they no longer change the total."""
    first, ratio = numeric.to_mp(a), numeric.to_mp(r)
    if first is None or ratio is None:
        return None
    with mpmath.workdps(numeric.DPS + 10):
        total, term = mpmath.mpf(0), first.real
        for _ in range(5000):
            total += term
            term *= ratio.real
            if abs(term) < mpmath.mpf(10) ** (-numeric.DPS - 5):
                return total
    return None


__all__ = ["TRAILING_DOTS", "infinite_geometric"]
