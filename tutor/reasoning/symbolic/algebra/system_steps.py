"""The steps of `system_values.target_value`: each solution used, checked in every
equation, and the target's value there; solutions left out by a condition, with why."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Step, latex, step


def _is_real(v: sp.Basic) -> bool:
    if v.is_real is not None:
        return bool(v.is_real)
    return bool(abs(sp.im(sp.N(v, 60))) < sp.Float("1e-40"))


def _checks(eqs: list[sp.Equality], sol: dict) -> str:
    """Each equation at the solution, as separate claims: "$2 + 3 = 5$, $2 \\cdot 3 = 6$"."""
    given = [e for e in eqs if not (isinstance(e.lhs, sp.Symbol) and e.rhs.is_number)]
    return "$, $".join(_check(e, sol) for e in given or eqs)


def _check(e: sp.Equality, sol: dict) -> str:
    """One equation at the solution; a definition "s = 3n - 1" as "5 = 3 \\cdot 2 - 1", the
    letter's value against its formula with the values put in (not "5 = 5")."""
    if isinstance(e.lhs, sp.Symbol) and e.lhs in sol and e.rhs.free_symbols:
        return f"{latex(sol[e.lhs])} = {shown(e.rhs, sol)}"
    return f"{shown(e.lhs, sol)} = {latex(sp.simplify(e.rhs.subs(sol)))}"


def solved_steps(eqs: list[sp.Equality], unknowns: list[sp.Symbol], target: sp.Basic,
                 used: list[dict], left_out: list[dict], values: list[sp.Basic]) -> list[Step]:
    """`values`: the target's value at each solution used (one value, or the greatest or
    least asked for among them)."""
    steps: list[Step] = []
    for sol, value in list(zip(used, values, strict=True))[:4]:
        listed = ", ".join(f"{latex(x)} = {latex(sol[x])}" for x in unknowns if x in sol)
        if all(x in sol and not sol[x].free_symbols for x in unknowns):
            checks = _checks(eqs, sol)
            steps.append(step("solve the system", "Eliminate one unknown at a time, then "
                              "check each equation.", f"${listed}$. Check: ${checks}$ ✓",
                              checks))
            claim = f"{shown(target, sol)} = {latex(value)}"
        else:
            steps.append(step("eliminate", "Express the other unknowns through the ones "
                              "the equations leave free.", f"From the equations, ${listed}$.",
                              listed))
            claim = f"{latex(target)} = {shown(target, sol)} = {latex(value)}"
        if not isinstance(target, sp.Symbol):
            steps.append(step("substitute the values", "Put the values into the expression "
                              "asked for.", f"${claim}$", claim))
    for sol in left_out[:3]:
        if not all(x in sol and _is_real(sol[x]) for x in unknowns):
            continue
        listed = ", ".join(f"{latex(x)} = {latex(sol[x])}" for x in unknowns)
        checks = _checks(eqs, sol)
        steps.insert(0, step("keep the solutions that fit", "A solution must also meet "
                             "every condition the problem states.", f"The solution ${listed}$ "
                             f"(${checks}$) does not meet the stated conditions, so it is "
                             "left out.", checks))
    return steps


__all__ = ["solved_steps"]
