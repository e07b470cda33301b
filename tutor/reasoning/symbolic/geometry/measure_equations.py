"""Equations between the measures of solids, made ready to solve: a measure told outright
("the radius of the hemisphere is 4 cbrt 2", an equation linear in one unknown) is put into
the other equations first. SymPy's polynomial-system solver is slow over a field with a cube
root in it (over 20 s for one sphere reshaped into a hemisphere), and quick once the told
value is in. The solutions are the same: each value put in is the one solution of its own
equation."""

from __future__ import annotations

import sympy as sp


def told_values(eqs: list[sp.Expr]) -> tuple[dict[sp.Symbol, sp.Expr], list[sp.Expr]]:
    """The unknowns fixed by an equation of their own (a x + b = 0), and the other equations
    with them put in (expanded; those left 0 dropped, a nonzero constant kept so that a
    contradiction still has no solution)."""
    known: dict[sp.Symbol, sp.Expr] = {}
    for eq in eqs:
        e = eq.subs(known)
        if len(e.free_symbols) == 1:
            x = next(iter(e.free_symbols))
            roots = sp.solve(e, x) if e.is_polynomial(x) and sp.degree(e, x) == 1 else []
            if len(roots) == 1:  # none when the unknown's sign rules the root out
                known[x] = roots[0]
    left = [sp.expand(e.subs(known)) for e in eqs]
    return known, [e for e in left if e != 0]


__all__ = ["told_values"]
