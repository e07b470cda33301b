"""How many solutions a polynomial system has, with a certificate that none was missed.

`solution_list(nums, nonzero, unknowns)` solves `nums = 0` with SymPy's `solve`, keeps
the solutions where no polynomial of `nonzero` vanishes, and answers only when the list
is provably complete: a Groebner basis (grevlex) of the equations and `1 - s * nonzero`
must be zero-dimensional, and the number of its standard monomials (the number of
complex solutions counted with multiplicity) must equal the number of distinct solutions
found. Every solution found is a solution, so found <= distinct <= counted: equality
leaves no room for a missed one. An inconsistent system (the basis is [1]) has none.
"""

from __future__ import annotations

from itertools import product

import sympy as sp

from tutor.reasoning.symbolic.model import Decline

_MAX_BOX = 4000  # monomials examined when counting the standard ones


def _standard_monomials(basis: sp.GroebnerBasis, gens: list[sp.Symbol]) -> int:
    """The dimension of the quotient ring of a zero-dimensional ideal."""
    leads = [sp.Poly(g, *gens).monoms(order="grevlex")[0] for g in basis.exprs]
    bounds = []
    for i in range(len(gens)):
        pure = [m[i] for m in leads if all(e == 0 for j, e in enumerate(m) if j != i)]
        if not pure:
            raise Decline("a system with infinitely many solutions")
        bounds.append(min(pure))
    total = 1
    for b in bounds:
        total *= b
    if total > _MAX_BOX:
        raise Decline("too many solutions to certify")
    return sum(1 for exps in product(*(range(b) for b in bounds))
               if not any(all(e >= m for e, m in zip(exps, lead, strict=True))
                          for lead in leads))


def _distinct(sols: list[dict], unknowns: list[sp.Symbol]) -> list[dict]:
    out: list[dict] = []
    for sol in sols:
        if not any(all(sp.simplify(sol[x] - o[x]) == 0 for x in unknowns) for o in out):
            out.append(sol)
    return out


def solution_list(nums: list[sp.Expr], nonzero: list[sp.Expr], unknowns: list[sp.Symbol]
                  ) -> list[dict]:
    """Every complex solution of `nums = 0` where no `nonzero` vanishes, exactly; Decline
    when the system has infinitely many or the list cannot be shown complete."""
    s = sp.Dummy("s")
    guard = sp.expand(1 - s * sp.Mul(*nonzero))
    basis = sp.groebner([*nums, guard], *unknowns, s, order="grevlex")
    if list(basis.exprs) == [1]:
        return []
    if not basis.is_zero_dimensional:
        raise Decline("a system with infinitely many solutions")
    counted = _standard_monomials(basis, [*unknowns, s])
    sols = sp.solve(nums, unknowns, dict=True)
    kept = []
    for sol in sols:
        if set(sol) != set(unknowns) or any(v.free_symbols for v in sol.values()):
            raise Decline("a solution not written out")
        if sp.simplify(sp.Mul(*nonzero).subs(sol)) != 0:
            kept.append(sol)
    found = _distinct(kept, unknowns)
    if len(found) != counted:
        raise Decline("the solutions found could not be shown to be all of them")
    return found


def is_real(sol: dict) -> bool:
    """Every value of the solution is real (decided exactly)."""
    return all(sp.simplify(sp.im(v)) == 0 for v in sol.values())


__all__ = ["is_real", "solution_list"]
