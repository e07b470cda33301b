"""The search side of `extreme_values`: the problem with its equations used (each branch of
a square root kept), scale-free quotients with one variable set to 1, and the objective the
numerical search minimises (points outside the allowed region count as +infinity)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.polynomials import numeric_search

KINDS = ("positive", "nonnegative", "negative")


def kind(conds: clauses.Conditions, x: sp.Symbol) -> str:
    got = conds.kinds.get(x, set()) & set(KINDS)
    return next(iter(got)) if got else "real"


_SIGN_OK = {"positive": lambda v: v > 0, "nonnegative": lambda v: v >= 0,
            "negative": lambda v: v < 0, "real": lambda v: True}


@dataclass
class Reduced:
    """The problem with its equations used: `f` of the `free` variables; `through` gives
    each other variable through the free ones (an eliminated or fixed variable)."""

    f: sp.Expr
    free: list[sp.Symbol]
    through: dict[sp.Symbol, sp.Basic] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)


def reductions(target: sp.Expr, eqs: list[sp.Equality], xs: list[sp.Symbol],
                conds: clauses.Conditions, settled: bool = False) -> list[Reduced]:
    """Each branch of the problem with its equations solved for some of the variables."""
    out = [Reduced(target, list(xs))]
    for eq in eqs:
        nxt = []
        for r in out:
            eq_r = sp.Eq(eq.lhs.subs(r.through), eq.rhs.subs(r.through))
            v, sols = solve_for_one(eq_r, r.free, conds)
            for sol in sols:
                through = {k: sp.simplify(e.subs(v, sol)) for k, e in r.through.items()}
                through[v] = sol
                claim = f"{latex(v)} = {latex(sol)}"
                nxt.append(Reduced(r.f.subs(v, sol), [x for x in r.free if x != v], through,
                                    r.steps + [step("use the condition", "Write one variable "
                                                    "through the others, so the rest are free.",
                                                    f"From ${latex(eq)}$, ${claim}$.",
                                                    claim)]))
        out = nxt
        if len(out) > 2:
            raise Decline("too many branches")
    for r in out:
        free = r.free
        if not eqs and len(free) > 1 and all(kind(conds, x) == "positive" for x in free) \
                and not conds.inequalities and unchanged_by_scaling(r.f, free):
            last = free[-1]
            r.through[last] = sp.S.One
            r.f, r.free = r.f.subs(last, 1), free[:-1]
            r.steps.append(step("scale", "Multiplying every variable by the same positive "
                                "number does not change the expression, so one of them may "
                                "be taken as 1.", f"Take ${latex(last)} = 1$.",
                                f"{latex(last)} = 1"))
        if not r.free and not settled:
            raise Decline("no variable is left free")
    return out


def objective_of(r: Reduced, conds: clauses.Conditions, sign: int
               ) -> Callable[[numeric_search.Point], float]:
    every = {**{x: x for x in r.free}, **r.through}  # the free ones too: a polish may stray
    checks = [(numeric_search.evaluator(e, r.free), kind(conds, x))
              for x, e in every.items() if kind(conds, x) != "real"]
    rels = [(numeric_search.evaluator(q.lhs - q.rhs, r.free), q.rel_op) for q in
            (q.subs(r.through) for q in conds.inequalities)]
    fn = numeric_search.evaluator(r.f, r.free)

    def objective(p: numeric_search.Point) -> float:
        for g, kind in checks:
            if not _SIGN_OK[kind](numeric_search.value_or_inf(g, p)):
                return math.inf
        for g, op in rels:
            d = numeric_search.value_or_inf(g, p)
            if d == math.inf or not {"<": d < 0, ">": d > 0, "<=": d <= 0, ">=": d >= 0,
                                     "!=": d != 0}[op]:
                return math.inf
        v = numeric_search.value_or_inf(fn, p)
        return math.inf if v == math.inf else sign * v
    return objective


def full_point(r: Reduced, p: numeric_search.Point) -> dict[sp.Symbol, float]:
    at = dict(zip(r.free, p, strict=True))
    for x, e in r.through.items():
        at[x] = numeric_search.value_or_inf(numeric_search.evaluator(e, r.free), p)
    return at


def solve_for_one(eq: sp.Equality, xs: list[sp.Symbol], conds: clauses.Conditions
                   ) -> tuple[sp.Symbol, list[sp.Expr]]:
    """One variable of the equation written through the others: one solution if some
    variable has one, else the two branches of a square root (the search tries both, and
    a sign qualifier of the variable is checked on each)."""
    two = None
    for v in sorted(eq.free_symbols & set(xs), key=str, reverse=True):
        try:
            sols = sp.solve(eq, v)
        except (NotImplementedError, ValueError):
            continue
        if len(sols) == 1:
            return v, sols
        if len(sols) == 2 and two is None:
            two = (v, sols)
    if two is None:
        raise Decline("the equation does not give one variable through the others")
    return two


def unchanged_by_scaling(f: sp.Expr, xs: list[sp.Symbol]) -> bool:
    s = sp.Symbol("s", positive=True)
    try:
        return bool(sp.cancel(sp.together(f.subs({x: s * x for x in xs}, simultaneous=True)
                                          - f)) == 0)
    except (sp.PolynomialError, TypeError):
        return False


__all__ = ["KINDS", "Reduced", "full_point", "kind", "objective_of", "reductions"]
