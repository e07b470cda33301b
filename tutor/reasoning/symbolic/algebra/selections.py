"""Choosing from the solutions of an equation: every positive, negative or integer one (or
positive or negative integer),
and how many there are (for polynomial equations, where the count is confirmed)."""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.logic import fuzzy_and

from tutor.reasoning.symbolic.algebra import equations
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]

KEEP = {
    "positive": (lambda r: r.is_positive, "> 0"),
    "negative": (lambda r: r.is_negative, "< 0"),
    "integer": (lambda r: r.is_integer, "\\in \\mathbb{Z}"),
    "positive integer": (lambda r: fuzzy_and([r.is_integer, r.is_positive]),
                         "\\in \\mathbb{Z}, > 0"),
    "negative integer": (lambda r: fuzzy_and([r.is_integer, r.is_negative]),
                         "\\in \\mathbb{Z}, < 0"),
}


def keep(roots: list[sp.Basic], steps: list[Step], which: str) -> Result:
    """Every solution with a property ("all positive solutions"), with the reason shown."""
    test, shown = KEEP[which]
    kept = [r for r in roots if test(r)]
    if not kept or any(test(r) is None for r in roots):
        raise Decline(f"no {which} solution, or one that cannot be told")
    claims = ", ".join(f"${latex(r)} {shown}$" for r in kept)
    steps = steps + [step(f"keep the {which} solutions", f"Only {which} values are asked for.",
                          f"Of the solutions, the {which} ones are: {claims}.", "")]
    return ", ".join(latex(r) for r in kept), steps


def count_solutions(src: str, real: bool, roots_may_repeat: bool = False) -> Result:
    """How many distinct solutions a polynomial equation has: found by solving, and the
    number confirmed by Sturm sequences (a count is never given for other equations,
    where a missed solution would make it wrong)."""
    if re.search(r"/|\\div|\\over(?![a-z])", src):  # SymPy cancels x^2/x to x: x = 0 kept
        raise Decline("a division written other than as \\frac{A}{B}")
    e = evaluated(parse_latex(src))
    if not isinstance(e, sp.Equality) or len(e.free_symbols) != 1:
        raise Decline("one equation in one unknown")
    x = next(iter(e.free_symbols))
    num, den = sp.fraction(sp.together(e.lhs - e.rhs))
    if den.free_symbols or not num.is_polynomial(x):
        raise Decline("a count of solutions only for polynomial equations")
    poly = sp.Poly(num, x)
    square_free = sp.Poly(sp.quo(poly, sp.gcd(poly, poly.diff(x))), x)
    if not real and square_free.count_roots() != square_free.degree():
        raise Decline("real or complex solutions? the question does not say")
    if roots_may_repeat and square_free.degree() != poly.degree():
        raise Decline("a repeated root: counted once or twice? the question does not say")
    roots, steps = equations.solve_equation(e, x)  # confirms each root and the count
    n = len(set(roots))
    if n != square_free.count_roots():
        raise Decline("the solutions found are not all the real ones")
    listed = ", ".join(latex(r) for r in sorted(set(roots), key=lambda r: float(r)))
    claim = f"{listed}: {n}" if n else "0"
    steps.append(step("count the solutions", "Count the different values found.",
                      f"The distinct real solutions are ${listed}$, so there are {n}.",
                      claim if n else ""))
    return sp.Integer(n), steps


__all__ = ["KEEP", "count_solutions", "keep"]
