"""Functions of a simple form that satisfy a functional equation in two variables
identically: f(t) = a/t + b + ct + dt^2 + et^3 (+ g log t when the variables are
positive), found by matching coefficients. They confirm a value found by substitution
(`functional_pairs`) and show which values are reached (`functional_value_sets`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

if TYPE_CHECKING:
    from tutor.reasoning.symbolic.polynomials.functional_pairs import Told

T = sp.Symbol("t")


def family(eq: sp.Equality, args: dict[sp.Symbol, sp.Expr], xy: list[sp.Symbol],
            given: list, positive: bool) -> list[sp.Expr]:
    """Every f(t) = a/t + b + ct + dt^2 + et^3 (+ g log t when the variables are positive)
    satisfying the equation and the values."""
    cs = sp.symbols("c0:6")
    f = cs[0] / T + cs[1] + cs[2] * T + cs[3] * T ** 2 + cs[4] * T ** 3
    if positive:
        f += cs[5] * sp.log(T)
    pos = {v: sp.Symbol(v.name, positive=True) for v in xy}
    e = (eq.lhs - eq.rhs).xreplace({s: f.subs(T, a) for s, a in args.items()}).xreplace(pos)
    num = sp.numer(sp.together(sp.expand_log(e, force=True)))
    logs = sorted(num.atoms(sp.log), key=str)
    conds = sp.Poly(sp.expand(num), *pos.values(), *logs).coeffs()
    for c, rel in given:
        value = rel.lhs.xreplace({s: f.subs(T, parse_latex(a)) for s, a in c.items()})
        conds.append(sp.expand_log(value, force=True) - rel.rhs)
    found = sp.solve(conds, [c for c in cs if f.has(c)], dict=True)
    return [f.subs(sol) for sol in found]


def confirm_value(told: Told, answer: sp.Expr) -> None:
    """Confirm `answer` at every function of the simple form that satisfies the equation."""
    name, target, everywhere = told.name, told.target, told.everywhere
    t_calls, t_expr = target
    fits = []
    for f in family(told.eq, told.args, told.xy, told.given, told.domain.positive):
        if everywhere and (f == 0 or f.free_symbols - {T} or sp.solve(f, T)):
            continue
        at = t_expr.xreplace({s: f.subs(T, parse_latex(a)) for s, a in t_calls.items()})
        free = f.free_symbols - {T}
        if free:  # a family: check the value at two members
            for k in (1, 2):
                fits.append(sp.simplify(at.subs({c: k for c in free})))
        else:
            fits.append(sp.simplify(at))
    fits = [v for v in fits if v.is_finite]
    if not fits:
        raise Decline(f"no function of a simple form satisfies the equation to confirm {name}")
    confirm.check(all(sp.simplify(v - answer) == 0 for v in fits),
                  "a function satisfying the equation and the given values gives the same "
                  "value")


__all__ = ["T", "confirm_value", "family"]
