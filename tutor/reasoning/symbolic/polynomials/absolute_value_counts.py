"""How many real solutions an equation with absolute values has ("How many distinct
solutions are there to $|x - 7| = |x + 1|$?"), for `equation_root_counts`.

The solutions come from the algebra solver (`equations.solve_equation`, each checked by
substitution). Confirmed independently by the cases: each absolute value |A| is A or -A,
each sign pattern gives an equation without absolute values whose real roots are kept only
where every A has the sign the pattern says; the two sets must agree. A case that holds
for a whole interval (infinitely many solutions) is declined.
"""

from __future__ import annotations

from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import equations
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

_MAX_ABS = 3


def count_with_absolute_values(e: sp.Equality, x: sp.Symbol) -> tuple[sp.Integer, list[Step]]:
    inner = sorted({a.args[0] for a in e.atoms(sp.Abs)}, key=str)
    if not 1 <= len(inner) <= _MAX_ABS or any(not a.is_polynomial(x) for a in inner):
        raise Decline("absolute values of polynomials")
    expr = e.lhs - e.rhs
    if not expr.replace(sp.Abs, lambda a: a).is_polynomial(x):
        raise Decline("an equation of polynomials and their absolute values")
    try:
        roots, _ = equations.solve_equation(e, x)
    except Decline as exc:
        if "no real solutions" not in str(exc):
            raise
        roots = []
    cases: set[sp.Basic] = set()
    for signs in product((1, -1), repeat=len(inner)):
        plain = sp.expand(expr.xreplace({sp.Abs(a): s * a for a, s in zip(inner, signs,
                                                                           strict=True)}))
        if plain == 0:
            raise Decline("a case that holds on a whole interval")
        if not plain.has(x):
            continue
        for r in sp.Poly(plain, x).real_roots():
            if all(s * a.subs(x, r) >= 0 for a, s in zip(inner, signs, strict=True)):
                cases.add(sp.nsimplify(r) if r.is_rational else r)
    confirm.check(len(cases) == len(roots) and all(
        any(sp.simplify(r - c) == 0 for c in cases) for r in roots),
        "the sign cases of the absolute values give the same solutions")
    listed = ", ".join(latex(r) for r in roots) or "none"
    n = sp.Integer(len(roots))
    return n, [step("split by signs", "Each absolute value is its inside or minus its inside; "
                    "keep a root only where the signs fit.",
                    f"The solutions of ${latex(e)}$ are ${listed}$.", ""),
               step("count them", "Count the distinct solutions.", f"There are ${n}$.",
                    str(n))]


__all__ = ["count_with_absolute_values"]
