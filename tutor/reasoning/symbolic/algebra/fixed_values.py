"""The value of a target that the conditions fix although they do not fix the unknowns:
"$ab + bc + cd + da = 12$ and $b + d = 3$: find $a + c$", "$a + b + c = 0$ and
$a^3 + b^3 + c^3 = a^5 + b^5 + c^5$ for nonzero $a, b, c$: find $a^2 + b^2 + c^2$",
"$(x + y)(x - y) = 9$ and $x^2 + xy = 4$ ... with three unknowns and two equations".

Two methods meet:

- elimination: a lex Groebner basis of the equations, `T - target` and `1 - s * d` (d the
  product of the denominators, of every letter said to be nonzero, positive or
  negative, and of both sides' difference in each `\\ne` (letters said to be distinct too),
  none of which may vanish) leaves one polynomial in T; it must have one root c,
  so every allowed solution, real or complex, gives the value c;
- sampling: some unknowns are fixed at chosen rationals so that the rest are fixed too;
  those are found numerically (`eliminated_values`), and at every real solution that
  meets the stated conditions the target is c to 25 digits. At least one such solution
  must be found, so the conditions can be met at all.
"""

from __future__ import annotations

from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import Conditions
from tutor.reasoning.symbolic.algebra.eliminated_values import numeric_solutions
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

_DPS = 50
_TINY = sp.Float("1e-25")
_TRIALS = [sp.Rational(n, d) for n, d in ((3, 2), (5, 7), (2, 1), (-4, 3), (7, 3), (1, 5),
                                           (-2, 1), (11, 4), (-3, 5), (4, 1))]
_WANTED = 3  # sample solutions that must agree


def _saturating_factor(conds: Conditions, eqs: list[sp.Equality], target: sp.Basic
                       ) -> sp.Expr:
    """The product of everything that may not be zero: denominators and letters said to be
    nonzero (positive and negative letters are nonzero too)."""
    out = sp.denom(sp.together(target))
    for e in eqs:
        out *= sp.denom(sp.together(e.lhs - e.rhs))
    for x, kinds in conds.kinds.items():
        if kinds & {"nonzero", "positive", "negative"}:
            out *= x
    for rel in conds.inequalities:  # `x \\ne y`, and letters said to be distinct
        if isinstance(rel, sp.Ne):
            out *= sp.numer(sp.together(rel.lhs - rel.rhs))
    return sp.expand(out)


def fixed_by_elimination(conds: Conditions, eqs: list[sp.Equality],
                         unknowns: list[sp.Symbol], target: sp.Basic) -> tuple[sp.Poly, sp.Basic]:
    """The eliminated polynomial in T and its one root (else Decline)."""
    t, s = sp.Dummy("T"), sp.Dummy("s")
    gens = [sp.expand(sp.numer(sp.together(e.lhs - e.rhs))) for e in eqs]
    tn, td = sp.fraction(sp.together(target))
    gens += [sp.expand(t * td - tn), sp.expand(1 - s * _saturating_factor(conds, eqs, target))]
    basis = sp.groebner(gens, *unknowns, s, t, order="lex")
    if list(basis.exprs) == [1]:
        raise Decline("the conditions have no solution")
    only_t = [g for g in basis.exprs if g.free_symbols <= {t} and g.has(t)]
    if not only_t:
        raise Decline("the conditions do not fix the value asked for")
    poly = sp.Poly(sp.sqf_part(only_t[0]), t)
    if poly.degree() != 1:
        raise Decline("the value asked for is not fixed by the conditions")
    value = -poly.nth(0) / poly.nth(1)
    return poly, value


def _points(conds: Conditions, nums: list[sp.Expr], unknowns: list[sp.Symbol],
            dens: sp.Expr) -> list[dict]:
    """Real solutions meeting the conditions, with some unknowns fixed at rationals."""
    found: list[dict] = []
    for size in range(1, len(unknowns)):
        for fixed in combinations(unknowns, size):
            rest = [u for u in unknowns if u not in fixed]
            for k in range(len(_TRIALS)):
                given = {x: _TRIALS[(k + 3 * j) % len(_TRIALS)] for j, x in enumerate(fixed)}
                if any(given[x] <= 0 for x in fixed if "positive" in conds.kinds.get(x, ()))\
                        or any(given[x] >= 0 for x in fixed
                               if "negative" in conds.kinds.get(x, ())):
                    continue
                sub = [sp.expand(n.subs(given)) for n in nums]
                left = [n for n in sub if not n.is_number]
                if any(n.is_number and n != 0 for n in sub) or not left:
                    continue
                try:
                    sols = numeric_solutions(left, rest)
                except Decline:
                    continue
                for p in sols:
                    point = {**{x: sp.Float(v, _DPS) for x, v in given.items()}, **p}
                    if _admissible(conds, point, dens):
                        found.append(point)
                if len(found) >= _WANTED:
                    return found
        if found:
            return found
    return found


def _admissible(conds: Conditions, point: dict, dens: sp.Expr) -> bool:
    if any(abs(sp.im(sp.N(v, _DPS))) > _TINY for v in point.values()):
        return False
    real = {x: sp.re(sp.N(v, _DPS)) for x, v in point.items()}
    if any(abs(v) < sp.Float("1e-20") for v in real.values()):
        return False  # too close to zero to tell its sign: not used
    if abs(sp.N(dens.subs(real), _DPS)) < sp.Float("1e-20"):
        return False
    return conds.holds(real)


def fixed_value(conds: Conditions, eqs: list[sp.Equality], unknowns: list[sp.Symbol],
                target: sp.Basic) -> tuple[sp.Basic, list[Step]]:
    """The target's one value over every solution of an underdetermined system."""
    if any("integer" in kinds for kinds in conds.kinds.values()):
        raise Decline("integer conditions are not decided numerically")
    poly, value = fixed_by_elimination(conds, eqs, unknowns, target)
    nums = [sp.expand(sp.numer(sp.together(e.lhs - e.rhs))) for e in eqs]
    dens = _saturating_factor(conds, eqs, target)
    points = _points(conds, nums, unknowns, dens)
    if not points:
        raise Decline("no solution meeting the conditions was found")
    for p in points:
        got = sp.N(target.subs(p), _DPS)
        confirm.check(abs(got - value) < _TINY * (1 + abs(value)),
                      f"the value is ${latex(value)}$ at sample solutions of the system")
    value = final_value(value)
    t = poly.gen
    shown_poly = latex(sp.expand(poly.as_expr() / poly.LC()).subs(t, sp.Symbol("T")))
    sample = points[0]
    listed = ", ".join(f"{latex(x)} \\approx {sp.N(sample[x], 6)}" for x in unknowns)
    got = sp.N(target.subs(sample), 12)
    return value, [
        step("eliminate the unknowns", "The equations do not fix every unknown, but "
             "combining them with T equal to the expression asked for can remove every "
             "unknown.", f"With $T = {latex(target)}$, eliminating "
             f"${', '.join(latex(x) for x in unknowns)}$ leaves ${shown_poly} = 0$, so "
             f"$T = {latex(value)}$ for every solution.", f"T = {latex(value)}"),
        step("check one solution", "Pick values for some unknowns, solve for the rest, "
             "and evaluate.", f"For example ${listed}$ satisfies the equations and gives "
             f"${latex(target)} \\approx {got}$.", "")]


__all__ = ["fixed_by_elimination", "fixed_value"]
