"""The value of a target over a polynomial system whose solutions need cubic or quartic
radicals: "$r^2 + s^2 = 1$ and $r^4 + s^4 = \\frac{7}{8}$ with $r, s$ positive: find $rs$",
"$x - y = 4$ and $x^3 - y^3 = 28$: compute $xy$", "$(t + \\frac{1}{t})^2 = 3$: find
$t^3 + \\frac{1}{t^3}$". Writing the solutions out is slow or impossible, but the target's
possible values are the roots of one polynomial (elimination, `system_values`).

Two methods meet: the exact candidates are the roots of that eliminated polynomial; the
solutions themselves are found numerically (every coordinate a root of its own eliminant,
the combinations that satisfy every equation at 50 digits kept), the real ones that meet
the stated conditions chosen, and the target at each must agree with exactly one exact
candidate. With no real solution and no condition stated, every complex solution counts
(as in `system_values`).
"""

from __future__ import annotations

from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import Conditions
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

_DPS = 50
_TINY = sp.Float("1e-30")
_MAX_COMBINATIONS = 600


def _coordinates(nums: list[sp.Expr], unknowns: list[sp.Symbol], v: sp.Symbol) -> list:
    """Every complex value v takes at a solution: the roots of its eliminant."""
    basis = sp.groebner(nums, *[u for u in unknowns if u != v], v, order="lex")
    if list(basis.exprs) == [1]:
        raise Decline("the conditions have no solution")
    last = basis.exprs[-1]
    if last.free_symbols != {v}:
        raise Decline("the system does not fix the unknowns")
    square_free = sp.Poly(sp.sqf_part(last), v)
    return square_free.nroots(n=_DPS, maxsteps=200)


def numeric_solutions(nums: list[sp.Expr], unknowns: list[sp.Symbol]) -> list[dict]:
    """The complex solutions, numerically, each checked in every equation."""
    choices = [_coordinates(nums, unknowns, v) for v in unknowns]
    total = 1
    for c in choices:
        total *= len(c)
    if total > _MAX_COMBINATIONS:
        raise Decline("too many candidate solutions to test")
    out = []
    for values in product(*choices):
        point = dict(zip(unknowns, values, strict=True))
        scale = 1 + max(abs(sp.N(v, _DPS)) for v in values) ** 20
        if all(abs(sp.N(n.subs(point), _DPS)) < sp.Float("1e-35") * scale for n in nums):
            out.append(point)
    if not out:
        raise Decline("no solution found numerically")
    return out


def _real(v: sp.Basic) -> bool:
    return bool(abs(sp.im(sp.N(v, _DPS))) < _TINY)


def _meets(conds: Conditions, point: dict) -> bool:
    """The qualifiers and inequalities at a real numerical solution (never decided on a
    coordinate too close to zero to tell its sign)."""
    real = {x: sp.re(sp.N(v, _DPS)) for x, v in point.items()}
    if any(abs(v) < sp.Float("1e-20") for v in real.values()) and (
            conds.kinds or conds.inequalities):
        raise Decline("a solution too close to zero to tell its sign")
    if any("integer" in kinds for kinds in conds.kinds.values()):
        raise Decline("integer conditions are not decided numerically")
    return conds.holds(real)


def eliminated_value(conds: Conditions, eqs: list[sp.Equality], unknowns: list[sp.Symbol],
                     target: sp.Basic, poly: sp.Poly | None) -> tuple[sp.Basic, list[Step]]:
    """The target's one value, from the eliminated polynomial `poly` (roots: its values
    over every complex solution), chosen by the numerical solutions."""
    if poly is None:
        raise Decline("the target is not fixed by the conditions")
    nums = [sp.expand(sp.numer(sp.together(e.lhs - e.rhs))) for e in eqs]
    dens = [sp.denom(sp.together(e.lhs - e.rhs)) for e in eqs] + [sp.denom(sp.together(target))]
    points = [p for p in numeric_solutions(nums, unknowns)
              if all(abs(sp.N(d.subs(p), _DPS)) > sp.Float("1e-20") for d in dens)]
    real = [p for p in points if all(_real(v) for v in p.values())]
    used = [p for p in real if _meets(conds, p)]
    if not real and not (conds.kinds or conds.inequalities):
        used = points  # no real solution, nothing stated: the complex ones fix the value
    if not used:
        raise Decline("no solution meets the conditions")
    values = [sp.N(target.subs(p), _DPS) for p in used]
    if any(abs(v - values[0]) > _TINY * (1 + abs(values[0])) for v in values[1:]):
        raise Decline("the target's value depends on which solution")
    candidates = [r for r in sp.roots(sp.Poly(sp.sqf_part(poly.as_expr()), poly.gen))
                  if abs(sp.N(r, _DPS) - values[0]) < sp.Float("1e-25") * (1 + abs(values[0]))]
    if len(candidates) != 1 or candidates[0].has(sp.CRootOf):
        raise Decline("the value is not one root of the eliminated polynomial")
    value = final_value(sp.nsimplify(candidates[0]) if candidates[0].is_Rational
                        else sp.radsimp(candidates[0]))
    if not _real(value):
        raise Decline("the value is not real")
    confirm.check(True, "the target at the numerical solutions of the system is a root of "
                  "the polynomial elimination gives for it")
    t = poly.gen
    claim = f"{shown(poly.as_expr(), {t: value})} = 0"
    shown_poly = latex(poly.as_expr().subs(t, sp.Symbol("T")))
    return value, [
        step("eliminate the unknowns", "Combine the equations until only the value asked "
             "for, call it T, is left.", f"$T = {latex(target)}$ satisfies ${shown_poly} = 0$.",
             ""),
        step("choose the value that fits", "Only the solutions that meet the stated "
             "conditions count; they all give the same value.",
             f"$T = {latex(value)}$: ${claim}$.", claim)]


__all__ = ["eliminated_value", "numeric_solutions"]
