"""A root found by a solver, written in its simplest closed form of the same value."""

from __future__ import annotations

import sympy as sp


def closed_form(r: sp.Basic) -> sp.Basic:
    """`r` simplified (logarithms, trigonometric constants) when the simpler form has the
    same value to 40 digits; `r` itself otherwise."""
    return _plainer(_simpler(r))


def _simpler(r: sp.Basic) -> sp.Basic:
    """A root in its simplest closed form when SymPy finds one of the same value:
    e^(ln 4 ln 27 / ln 3) is 64."""
    if not r.is_number or r.is_Rational:
        return r
    plain = sp.simplify(r)
    if sp.count_ops(plain) >= sp.count_ops(r) or abs(sp.N(plain - r, 40)) > sp.Float("1e-35"):
        return r
    return plain


_TRIG = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc, sp.atan, sp.asin, sp.acos, sp.acot)


def _plainer(r: sp.Basic) -> sp.Basic:
    """A trigonometric constant in closed form when the addition formulas give one:
    tan(pi/4 - 2 arctan(1/3)) is 1/7. Kept as it is otherwise."""
    if not (r.is_number and r.has(*_TRIG)):
        return r
    plain = r
    for _ in range(4):  # tan(2 arctan(1/3)) needs the double-angle formula after the sum
        plain, before = sp.simplify(sp.expand_trig(plain)), plain
        if plain == before:
            break
    if plain.has(*_TRIG) or abs(sp.N(plain - r, 40)) > sp.Float("1e-35"):
        return r
    return plain


__all__ = ["closed_form"]
