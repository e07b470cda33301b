"""Typed reader: the least or greatest value of an expression in one or more real variables,
with sign qualifiers and equations that tie the variables.

"Find the minimum value of $x^2 + xy + 2y^2 - 4y$ over all real numbers $x$ and $y$",
"Let $a$ and $b$ be positive real numbers with $a + b = 1$. What is the largest possible
value of $a^2 b$?", "Find the smallest value of $\\frac{p}{q} + \\frac{4q}{p}$ where $p$ and
$q$ are positive reals", "... for $t > 0$".

Found exactly: an equation is used to write one variable through the others; an expression
unchanged when positive variables are all scaled gets one variable set to 1; the critical
point is found exactly (`exact_critical`: every partial derivative vanishes there, shown
exactly) and a variable allowed to be 0 may sit on that edge. Confirmed independently by a
numerical search over the whole region (`numeric_search`): it must reach the same value and
never beat it. An extreme that is only approached (at an edge or far away) never matches an
exact critical point, so it is declined.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import numeric_search
from tutor.reasoning.symbolic.polynomials.exact_critical import critical_point, is_zero
from tutor.reasoning.symbolic.typed import words, words_within

_WHICH = {"minimum": "min", "least": "min", "smallest": "min", "lowest": "min",
          "minimal": "min", "maximum": "max", "greatest": "max", "largest": "max",
          "highest": "max", "maximal": "max"}
_ASK = re.compile(r"(?:the )?(?P<which>" + "|".join(_WHICH) + r")(?: possible)?"
                  r"(?: (?:value|values) (?:of|for|that)| of)(?: the (?:expression|sum|"
                  r"product|quantity|function))? @(?P<t>\d+)@")
VOCAB = frozenset(_WHICH) | frozenset(
    "possible value of over all real numbers number reals positive nonnegative non negative "
    "nonzero zero let be such that where with satisfy satisfying satisfies satisfied given sum "
    "expression product quantity function and are is can take takes attain attains "
    "when for any every as ranges range varies vary achieve achieves".split())
_DEFINED = re.compile(r"^\s*[a-zA-Z]\s*\(\s*[a-z]\s*(?:,\s*[a-z]\s*)*\)\s*=(?P<body>[^=]+)$")
_RANGES = re.compile(r"\b(?:as|where|when) (@\d+@) (?:ranges|varies) over (?:all )?(?:the )?"
                     r"real numbers")
_SIGN_RELATION = {(">", True, True): "positive", (">=", True, True): "nonnegative",
                  ("<", True, True): "negative"}
_KINDS = ("positive", "nonnegative", "negative")
_MAX_VARIABLES = 4


def read(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & set(_WHICH):
        return None
    template = re.sub(r"\breals\b|\breal values of\b", "real numbers", template)
    template = _RANGES.sub(r"over all real numbers \1", template)
    found = list(_ASK.finditer(template))
    if len(found) != 1 or not words_within(template, VOCAB | {
            c for c in w if len(c) == 1 and c not in "ai"}):
        return None
    m = found[0]
    rest = template[:m.start()] + " " + template[m.end():]
    rest, qualified = clauses.take_qualifiers(rest, split.maths)
    if re.search(r"\b(?:numbers?|reals?)\b", rest):
        return None  # a number said of something the qualifier reader did not take
    src = split.maths[int(m.group("t"))]
    named_fn = _DEFINED.match(src)  # "f(x) = x + 1/x": the expression is the right side
    target = parse_latex(named_fn.group("body") if named_fn else src)
    if isinstance(target, Relational) or not isinstance(target, sp.Expr):
        raise Decline("the question is not about an expression")
    others = [int(i) for i in re.findall(r"@(\d+)@", rest)]
    named = {i for idx, _ in qualified for i in idx}
    for i in others:
        if i not in named and clauses.is_letters(split.maths[i]):
            raise Decline("a letter named without a condition")
    conds = clauses.conditions(split.maths, others, qualified)
    for rel in list(conds.inequalities):  # x > 0, y >= 0: sign qualifiers written as maths
        kind = _SIGN_RELATION.get((rel.rel_op, rel.lhs.is_Symbol, rel.rhs == 0))
        if kind and not conds.kinds.get(rel.lhs, set()) & set(_KINDS):
            conds.kinds.setdefault(rel.lhs, set()).add(kind)
            conds.inequalities.remove(rel)
    return extreme(evaluated(target), conds, _WHICH[m.group("which")])


def _variables(target: sp.Expr, conds: clauses.Conditions) -> list[sp.Symbol]:
    xs: set[sp.Basic] = set(target.free_symbols)
    for rel in [*conds.equations, *conds.inequalities]:
        xs |= rel.free_symbols
    xs |= set(conds.kinds)
    if not xs or len(xs) > _MAX_VARIABLES or any(not isinstance(x, sp.Symbol) for x in xs):
        raise Decline("one to four real variables")
    if target.has(sp.Abs, sp.floor, sp.ceiling, sp.Piecewise, sp.Max, sp.Min):
        raise Decline("corners where the derivative does not exist")
    for x in xs:
        if conds.kinds.get(x, set()) - {*_KINDS, "nonzero"}:
            raise Decline("an integer variable")
        if len(conds.kinds.get(x, set()) & set(_KINDS)) > 1:
            raise Decline("two sign qualifiers on one variable")
    return sorted(xs, key=str)  # type: ignore[arg-type]


def _kind(conds: clauses.Conditions, x: sp.Symbol) -> str:
    got = conds.kinds.get(x, set()) & set(_KINDS)
    return next(iter(got)) if got else "real"


_SIGN_OK = {"positive": lambda v: v > 0, "nonnegative": lambda v: v >= 0,
            "negative": lambda v: v < 0, "real": lambda v: True}


@dataclass
class _Reduced:
    """The problem with its equations used: `f` of the `free` variables; `through` gives
    each other variable through the free ones (an eliminated or fixed variable)."""

    f: sp.Expr
    free: list[sp.Symbol]
    through: dict[sp.Symbol, sp.Basic] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)


def _reductions(target: sp.Expr, eqs: list[sp.Equality], xs: list[sp.Symbol],
                conds: clauses.Conditions) -> list[_Reduced]:
    """Each branch of the problem with its equations solved for some of the variables."""
    out = [_Reduced(target, list(xs))]
    for eq in eqs:
        nxt = []
        for r in out:
            eq_r = sp.Eq(eq.lhs.subs(r.through), eq.rhs.subs(r.through))
            v, sols = _solve_for_one(eq_r, r.free, conds)
            for sol in sols:
                through = {k: sp.simplify(e.subs(v, sol)) for k, e in r.through.items()}
                through[v] = sol
                claim = f"{latex(v)} = {latex(sol)}"
                nxt.append(_Reduced(r.f.subs(v, sol), [x for x in r.free if x != v], through,
                                    r.steps + [step("use the condition", "Write one variable "
                                                    "through the others, so the rest are free.",
                                                    f"From ${latex(eq)}$, ${claim}$.",
                                                    claim)]))
        out = nxt
        if len(out) > 2:
            raise Decline("too many branches")
    for r in out:
        free = r.free
        if not eqs and len(free) > 1 and all(_kind(conds, x) == "positive" for x in free) \
                and not conds.inequalities and _unchanged_by_scaling(r.f, free):
            last = free[-1]
            r.through[last] = sp.S.One
            r.f, r.free = r.f.subs(last, 1), free[:-1]
            r.steps.append(step("scale", "Multiplying every variable by the same positive "
                                "number does not change the expression, so one of them may "
                                "be taken as 1.", f"Take ${latex(last)} = 1$.",
                                f"{latex(last)} = 1"))
        if not r.free:
            raise Decline("no variable is left free")
    return out


def _objective(r: _Reduced, conds: clauses.Conditions, sign: int
               ) -> Callable[[numeric_search.Point], float]:
    checks = [(numeric_search.evaluator(e, r.free), _kind(conds, x))
              for x, e in r.through.items() if _kind(conds, x) != "real"]
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


def _full(r: _Reduced, p: numeric_search.Point) -> dict[sp.Symbol, float]:
    at = dict(zip(r.free, p, strict=True))
    for x, e in r.through.items():
        at[x] = numeric_search.value_or_inf(numeric_search.evaluator(e, r.free), p)
    return at


def extreme(target: sp.Expr, conds: clauses.Conditions, which: str) -> Result:
    xs = _variables(target, conds)
    if len(conds.equations) > 2:
        raise Decline("more than two equations tie the variables")
    target = sp.expand(target) if target.is_polynomial() else target
    sign = 1 if which == "min" else -1
    best: tuple[float, dict[sp.Symbol, float]] = (math.inf, {})
    for r in _reductions(target, conds.equations, xs, conds):
        kinds = [_kind(conds, x) for x in r.free]
        try:
            p, v = numeric_search.least(_objective(r, conds, sign), kinds)
        except Decline:
            continue  # a branch with no allowed point (z = -sqrt(...) with z positive)
        if v < best[0]:
            best = (v, _full(r, p))
    best_v, at = best
    if not abs(best_v) < 1e9:
        raise Decline("the expression seems unbounded")
    edge = {x: sp.S.Zero for x in xs if _kind(conds, x) == "nonnegative" and abs(at[x]) < 1e-6}
    eqs = [sp.Eq(e.lhs.subs(edge), e.rhs.subs(edge)) for e in conds.equations]
    if any(e is sp.false for e in eqs):
        raise Decline("an edge point breaks an equation")
    rest = [x for x in xs if x not in edge]
    found = [r for r in _reductions(target.subs(edge), [e for e in eqs if e is not sp.true],
                                    rest, conds)
             if all(abs(v - at[x]) <= 1e-6 * max(1, abs(at[x]))
                    for x, v in _full(r, [at[x] for x in r.free]).items())]
    if not found:
        raise Decline("the best point is on no branch of the equations")
    r = found[0]
    point = critical_point(r.f, r.free, [at[x] for x in r.free])
    full = {**edge, **point, **{x: sp.radsimp(sp.simplify(e.subs(point)))
                                for x, e in r.through.items()}}
    _check_region(full, conds)
    value = sp.radsimp(sp.simplify(target.subs(full)))
    if value.free_symbols or not value.is_real:
        raise Decline("the value at the critical point is not a real number")
    exact = float(sp.N(value, 30))
    confirm.check(abs(sign * exact - best_v) <= 1e-8 * max(1.0, abs(exact)),
                  "the extreme value agrees with a numerical search over the whole region")
    return value, r.steps + _steps(target, xs, full, value, which, bool(edge))


def _steps(target: sp.Expr, xs: list[sp.Symbol], full: dict[sp.Symbol, sp.Basic],
           value: sp.Basic, which: str, edge: bool) -> list[Step]:
    word = "smallest" if which == "min" else "largest"
    where = ", ".join(f"{latex(x)} = {latex(full[x])}" for x in xs)
    c1 = f"{shown(target, full)} = {latex(value)}"
    hint = "Set every partial derivative to zero" + (
        "; a variable allowed to be 0 may also sit at 0." if edge else ".")
    return [step("find the critical point", hint, f"The derivatives vanish at ${where}$.", ""),
            step("evaluate", "Put the point into the expression.", f"${c1}$", c1),
            step("compare", "Check that no allowed point gives a better value.",
                 f"A search over the whole allowed region finds nothing {word}, so the {word} "
                 f"value is ${latex(value)}$.", "")]


def _solve_for_one(eq: sp.Equality, xs: list[sp.Symbol], conds: clauses.Conditions
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


def _unchanged_by_scaling(f: sp.Expr, xs: list[sp.Symbol]) -> bool:
    s = sp.Symbol("s", positive=True)
    try:
        return bool(sp.cancel(sp.together(f.subs({x: s * x for x in xs}, simultaneous=True)
                                          - f)) == 0)
    except (sp.PolynomialError, TypeError):
        return False


def _check_region(full: dict[sp.Symbol, sp.Basic], conds: clauses.Conditions) -> None:
    for eq in conds.equations:
        if not is_zero((eq.lhs - eq.rhs).subs(full)):
            raise Decline("the point does not satisfy the equation")
    if not conds.holds(full):
        raise Decline("the point is outside the allowed region")


__all__ = ["read"]
