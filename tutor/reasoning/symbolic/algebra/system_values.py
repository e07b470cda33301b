"""The value of a target expression at every solution of a system of conditions.

`target_value` solves the equations (SymPy's `solve`), keeps the real solutions that meet
the qualifiers and inequalities, and answers only when the target has one value at all
of them; an underdetermined system answers when the target simplifies to a constant
(a ratio, say). Two independent confirmations:

- every solution used is substituted back into every equation (`confirm.system`);
  equations that are not polynomial must each hold one unknown, solved over the reals
  by `solveset`, whose finite answer lists every real solution;
- for polynomial and rational systems, elimination (a lex Groebner basis of the
  equations, `T - target` and `1 - s * denominators`) gives the polynomial whose roots
  are the target's values over all complex solutions; its distinct roots must be exactly
  the values `solve` found, so no solution was missed.
"""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import Conditions
from tutor.reasoning.symbolic.algebra.eliminated_values import eliminated_value
from tutor.reasoning.symbolic.algebra.expressions import final_value, in_order
from tutor.reasoning.symbolic.algebra.fixed_values import fixed_value
from tutor.reasoning.symbolic.algebra.integer_values import integer_value
from tutor.reasoning.symbolic.algebra.power_substitutions import polynomial_form
from tutor.reasoning.symbolic.algebra.system_steps import solved_steps
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

Result = tuple[sp.Basic | str, list[Step]]
_MAX_UNKNOWNS = 4
_MAX_SOLUTIONS = 12
_MAX_BEZOUT = 16  # complex solutions a polynomial system may have, at most (27 took > 20 s)
_TINY = sp.Float("1e-40")
_RADICALS = "the solutions need cubic or quartic radicals"


def _same(a: sp.Basic, b: sp.Basic) -> bool:
    d = sp.N(a - b, 60)
    if not d.is_number:
        return sp.simplify(a - b) == 0
    return bool(abs(d) < _TINY)


def _real(v: sp.Basic) -> bool:
    if v.is_real is not None:
        return bool(v.is_real)
    approx = sp.N(v, 60)
    return bool(abs(sp.im(approx)) < _TINY)


def _tidy(v: sp.Basic) -> sp.Basic:
    v = final_value(v)
    if v.is_number and not v.is_real and _real(v):  # a real root written with i (cubics)
        simple = sp.nsimplify(sp.re(sp.N(v, 60)), rational=False)
        if _same(simple, v):
            return simple
        raise Decline("a real value written with complex numbers")
    return v


def _polynomial(exprs: list[sp.Basic], unknowns: list[sp.Symbol]) -> bool:
    return all(e.is_rational_function(*unknowns) for e in exprs)


def _value_polynomial(eqs: list[sp.Equality], unknowns: list[sp.Symbol],
                      target: sp.Basic) -> sp.Poly | None:
    """The polynomial in T whose roots are the target's values at all complex solutions
    where no denominator vanishes, by elimination; None if the values are not finite."""
    t, s = sp.Dummy("T"), sp.Dummy("s")
    gens, dens = [], sp.S.One
    for e in eqs:
        num, den = sp.fraction(sp.together(e.lhs - e.rhs))
        gens.append(sp.expand(num))
        dens *= den
    tn, td = sp.fraction(sp.together(target))
    gens += [sp.expand(t * td - tn), sp.expand(1 - s * dens * td)]
    basis = sp.groebner(gens, *unknowns, s, t, order="lex")
    if list(basis.exprs) == [1]:
        raise Decline("the conditions have no solution")
    only_t = [g for g in basis.exprs if g.free_symbols <= {t} and g.has(t)]
    if not only_t:
        return None
    return sp.Poly(only_t[0], t)


def _check_complete(poly: sp.Poly | None, all_values: list[sp.Basic]) -> None:
    if poly is None:
        raise Decline("the target is not fixed by the conditions")
    distinct: list[sp.Basic] = []
    for v in all_values:
        if poly.eval(v) != 0 and abs(sp.N(poly.eval(v), 60)) > sp.Float("1e-30"):
            confirm.check(False, f"${latex(v)}$ is not a value the elimination allows")
        if not any(_same(v, d) for d in distinct):
            distinct.append(v)
    roots = sp.Poly(sp.quo(poly, sp.gcd(poly, poly.diff())), poly.gen).degree()
    confirm.check(roots == len(distinct),
                  "eliminating every unknown leaves exactly the values found by solving")


def _solve(eqs: list[sp.Equality], unknowns: list[sp.Symbol]) -> list[dict]:
    """SymPy's solutions of a polynomial or rational system (small enough to be quick)."""
    bezout = 1
    for e in eqs:
        bezout *= max(1, sp.Poly(sp.numer(sp.together(e.lhs - e.rhs)), *unknowns).total_degree())
    if bezout > _MAX_BEZOUT:
        raise Decline("a system of too high a degree")
    _within_quadratics(eqs, unknowns)
    try:
        sols = sp.solve(eqs, unknowns, dict=True)
    except (NotImplementedError, ValueError) as exc:
        raise Decline(f"the system could not be solved: {exc}") from exc
    if not sols or len(sols) > _MAX_SOLUTIONS:
        raise Decline("no solution, or too many to check")
    return sols


def _within_quadratics(eqs: list[sp.Equality], unknowns: list[sp.Symbol]) -> None:
    """Decline, before solving, a system whose solutions need cubic or quartic radicals:
    SymPy spends minutes writing them out. Each unknown's eliminant (a lex Groebner basis
    with that unknown last) must factor over the rationals into pieces of degree <= 2."""
    nums = [sp.expand(sp.numer(sp.together(e.lhs - e.rhs))) for e in eqs]
    for v in unknowns:
        basis = sp.groebner(nums, *[u for u in unknowns if u != v], v, order="lex")
        if list(basis.exprs) == [1]:
            raise Decline("the conditions have no solution")
        last = basis.exprs[-1]
        if last.free_symbols != {v}:  # not zero-dimensional: keep to low degrees
            if any(sp.Poly(n, *unknowns).total_degree() > 2 for n in nums):
                raise Decline("an underdetermined system of high degree")
            return
        if any(sp.degree(f, v) > 2 for f, _ in sp.factor_list(last)[1]):
            raise Decline(_RADICALS)


def _solve_each(eqs: list[sp.Equality], unknowns: list[sp.Symbol]) -> list[dict]:
    """Equations solved one unknown at a time (roots, |x|, exponentials; a chain such as
    n = 2, s = 3n - 1, r = 2^s + s): each round takes an equation with one unknown left once
    the values found are put in, and lists its real solutions by `solveset`; a list it
    cannot finish, or equations that never come down to one unknown, decline."""
    sols: list[dict] = [{}]
    pending = list(eqs)
    while pending:
        known = set(sols[0])
        ready = next((e for e in pending if len(e.free_symbols - known) == 1), None)
        if ready is None:
            raise Decline("the equations do not come down to one unknown at a time")
        pending.remove(ready)
        (x,) = ready.free_symbols - known
        grown = []
        for sol in sols:
            real = sp.solveset(ready.subs(sol), x, sp.S.Reals)
            if not isinstance(real, sp.FiniteSet):
                raise Decline("the real solutions of an equation are not a finite list")
            grown += [{**sol, x: v} for v in real]
            if len(grown) > _MAX_SOLUTIONS:
                raise Decline("too many solutions to check")
        sols = grown
        if not sols:
            raise Decline("no solution")
    if set(sols[0]) != set(unknowns):
        raise Decline("no solution")
    return sols


def _sample_point(sol: dict, unknowns: list[sp.Symbol]) -> dict:
    """A full assignment from a parametric solution, at fixed rational parameters."""
    free = [x for x in unknowns if x not in sol]
    params = {x: sp.Rational(7 + 4 * k, 3 + 2 * k) for k, x in enumerate(free)}
    return {**params, **{x: v.subs(params) for x, v in sol.items()}}


def _zero_dimensional(exprs: list[sp.Basic], unknowns: list[sp.Symbol]) -> bool:
    nums = [sp.expand(sp.numer(sp.together(e))) for e in exprs]
    basis = sp.groebner(nums, *unknowns, order="lex")
    return list(basis.exprs) == [1] or bool(basis.is_zero_dimensional)


def _rewritten_value(conds: Conditions, target: sp.Basic, absolute: bool,
                     pick: str | None) -> Result:
    """The value over the polynomial system that exact rewrites of exponentials and
    logarithms give (`power_substitutions`)."""
    eqs = conds.equations
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs)), key=str)
    new_conds, new_eqs, new_target, first = polynomial_form(conds, eqs, unknowns, target)
    new_unknowns = sorted(set().union(*(e.free_symbols for e in new_eqs)), key=str)
    if not _polynomial([e.lhs for e in new_eqs] + [new_target], new_unknowns):
        raise Decline("a non-polynomial system in several unknowns")
    new_conds.equations = new_eqs
    value, steps = target_value(new_conds, new_target, absolute, pick)
    return value, [first, *steps]


def target_value(conds: Conditions, target: sp.Basic, absolute: bool = False,
                 pick: str | None = None) -> Result:
    """The target's one value over every solution of the conditions, with steps
    (`absolute`: the size of the target, as for a positive difference; `pick`: "max" or
    "min" for the greatest or least value it takes over finitely many solutions)."""
    eqs = conds.equations
    if not eqs:
        raise Decline("no equation to solve")
    if any(not isinstance(side, sp.Expr) for e in eqs for side in (e.lhs, e.rhs)):
        raise Decline("an equation between numbers expected")  # "u = (1, 3, 0)": a vector
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs)), key=str)
    named = set(conds.kinds) | set().union(*(r.free_symbols for r in conds.inequalities))
    if not target.free_symbols or not target.free_symbols <= set(unknowns) \
            or not named <= set(unknowns) or len(unknowns) > _MAX_UNKNOWNS:
        raise Decline("the target and the qualifiers must be about the unknowns")
    exprs = [e.lhs - e.rhs for e in eqs]
    polynomial = _polynomial(exprs, unknowns)
    solved = None  # the solutions of equations that are not polynomial, found once
    if not polynomial:
        try:
            solved = _solve_each(eqs, unknowns)
        except Decline:  # exponentials or logarithms solveset cannot list: rewrite them
            return _rewritten_value(conds, target, absolute, pick)
    if polynomial and not _zero_dimensional(exprs, unknowns):
        if unknowns and all("integer" in conds.kinds.get(x, ()) for x in unknowns):
            return integer_value(conds, eqs, unknowns, target, pick)
        try:
            return _solved_value(conds, unknowns, target, absolute, pick)
        except Decline as exc:  # not solved in terms of the free unknowns: eliminate
            if absolute or pick is not None or str(exc).startswith(confirm.DISAGREES) \
                    or not _polynomial([target], unknowns):
                raise
            return fixed_value(conds, eqs, unknowns, target)
    if pick is not None and not polynomial:
        raise Decline("the greatest or least value over equations that are not polynomial")
    return _solved_value(conds, unknowns, target, absolute, pick, solved)


def _solved_value(conds: Conditions, unknowns: list[sp.Symbol], target: sp.Basic,
                  absolute: bool, pick: str | None, solved: list[dict] | None = None) -> Result:
    """The value from the solutions SymPy writes out (or the eliminated polynomial);
    `solved`: the solutions when the caller has them already."""
    eqs = conds.equations
    exprs = [e.lhs - e.rhs for e in eqs]
    polynomial = _polynomial(exprs, unknowns)
    try:
        sols = solved if solved is not None else _solve(eqs, unknowns) if polynomial \
            else _solve_each(eqs, unknowns)
    except Decline as exc:
        if str(exc) != _RADICALS or absolute or pick or not _polynomial([target], unknowns):
            raise
        return eliminated_value(conds, eqs, unknowns, target,
                                _value_polynomial(eqs, unknowns, target))
    used, left_out, all_values, values = [], [], [], []
    parametric = False
    for sol in sols:
        if not set(target.free_symbols) <= set(sol) and not _polynomial(exprs, unknowns):
            raise Decline("the target is not fixed")
        v = sp.simplify(target.subs(sol))
        if v.free_symbols or v.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            if v.free_symbols:
                raise Decline("the target depends on a free unknown")
            continue
        full = all(x in sol and not sol[x].free_symbols for x in unknowns)
        parametric |= not full
        all_values.append(v)
        if full and not (all(_real(sol[x]) for x in unknowns)
                         and conds.holds({x: _tidy(sol[x]) for x in unknowns})) \
                or not full and conds.excludes(sol):
            left_out.append(sol)
            continue
        used.append(sol)
        values.append(_tidy(sp.Abs(v) if absolute else v))
    if not used and left_out and polynomial and _polynomial([target], unknowns) \
            and not (conds.kinds or conds.inequalities or absolute):
        # no real solution and no condition: the equations still fix the value ("x + y = 5
        # and xy = 7: x^2 + y^2?") when every complex solution gives the same one
        used, left_out = left_out, []
        values = [_tidy(target.subs(sol)) for sol in used]
    if not used:
        raise Decline("no solution meets the conditions")
    if pick is not None:
        if parametric or not all(_real(v) for v in values):
            raise Decline("the greatest or least of values that are not a real list")
        value = (max if pick == "max" else min)(values, key=lambda v: sp.N(v, 60))
        if any(not _same(v, value) and abs(sp.N(v - value, 60)) < sp.Float("1e-30")
               for v in values):
            raise Decline("values too close to order")
    elif any(not _same(v, values[0]) for v in values[1:]):
        raise Decline("the target's value depends on which solution")
    else:
        value = min(values, key=lambda v: len(latex(v)))
    if not _real(value):
        raise Decline("the value is not real")
    for sol in used:
        confirm.system(eqs, sol if all(x in sol for x in unknowns)
                       else _sample_point(sol, unknowns))
    if polynomial and _polynomial([target], unknowns):
        _check_complete(_value_polynomial(eqs, unknowns, target), all_values)
    elif polynomial and not parametric:
        # a target elimination cannot take: a generic linear form separates the solutions,
        # so its values count them; none may be missing
        form = sum((3 + 2 * k) * x for k, x in enumerate(unknowns))
        points = [form.subs(sol) for sol in sols if all(x in sol for x in unknowns)]
        _check_complete(_value_polynomial(eqs, unknowns, form), points)
    elif parametric:
        raise Decline("an underdetermined system and a target elimination cannot check")
    steps = solved_steps(eqs, unknowns, sp.Abs(target) if absolute else target, used,
                         left_out, values if pick is not None else [value] * len(used))
    if pick is not None and len(used) > 1:
        word = "greatest" if pick == "max" else "least"
        listed = ", ".join(dict.fromkeys(latex(v) for v in values))
        chain = in_order(values)
        steps.append(step(f"take the {word}", "Compare the values the solutions give.",
                          f"The values are ${listed}$; the {word} is ${latex(value)}$"
                          + (f", since ${chain}$." if chain else "."), chain))
    return value, steps


__all__ = ["target_value"]
