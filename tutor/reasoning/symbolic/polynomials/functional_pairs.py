"""Typed reader: a value of a function from a functional equation in two variables.

"The function $g$ satisfies $g(x + y) = g(x) + g(y) + 2xy$ for all real numbers $x$ and
$y$. If $g(1) = 3$, find $g(4)$", "... for all positive real numbers $x$ and $y$ ...",
"$r(x) \\neq 0$ for all real numbers $x$", "If $f(2) \\neq 0$, find
$\\frac{f(5) - f(1)}{f(2)}$".

Solved by substitution: the equation is read at pairs (x, y) drawn from the numbers of the
problem (and 0, 1, their sums, differences, products, quotients and halves), each pair
giving an equation between values of the function. An equation in one unknown value is
solved (a factor that is a value said to be nonzero is divided out); the linear rest is
solved together; what is asked must come out as one number.

Confirmed independently: a function of the form a/x + b + cx + dx^2 + ex^3 (+ g log x when
the variables are positive) that satisfies the equation identically and the given values is
found by matching coefficients, and at every such function what is asked has the same
value. When no such function exists the
problem is declined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import functional_candidates
from tutor.reasoning.symbolic.polynomials.functional_equations import calls_in
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("the function satisfies satisfying satisfy for all every any real numbers "
                  "positive find compute determine what is value let be a such that with if "
                  "and nonzero suppose obeys holds known given pair of valued two reals when "
                  "where has have knowing".split())
_FOR_ALL = re.compile(r"\bfor (?:all|every|any)\b")
_ASK = re.compile(r"\b(?:find|compute|determine|what is)(?: the value of)? @(\d+)@")
_DECLARED = re.compile(r"\s*([a-zA-Z])\s*(?:\(\s*[a-z]\s*\))?\s*")
_MAX_SUBS = 16


@dataclass(frozen=True)
class Domain:
    """The numbers the variables range over: reals unless a word narrows them."""
    positive: bool = False
    nonzero: bool = False
    integer: bool = False
    nonnegative: bool = False


@dataclass
class Told:
    """A functional equation in two variables with what the problem tells about it."""
    name: str
    eq: sp.Equality
    args: dict[sp.Symbol, sp.Expr]
    xy: list[sp.Symbol]
    given: list[tuple[dict[sp.Symbol, str], sp.Basic]]
    nonzero: list[sp.Expr]
    everywhere: bool
    target: tuple[dict[sp.Symbol, str], sp.Basic]
    domain: Domain


def read(split: Split, template: str) -> Result | None:
    if not _FOR_ALL.search(template):
        return None
    if not words_within(template, VOCAB):
        return None
    asks = list(_ASK.finditer(template))
    if len(asks) != 1:
        return None
    told = parse(split, template, int(asks[0].group(1)))
    if told is None:
        return None
    if told.domain.integer:
        raise Decline("a function of integers")
    return _solve(told)


def parse(split: Split, template: str, asked: int) -> Told | None:
    """The equation, the told values and conditions, and the asked piece `asked`; None
    when the problem is not a functional equation in two variables."""
    pieces = [int(i) for i in dict.fromkeys(re.findall(r"@(\d+)@", template))]
    declared = [i for i in pieces if _DECLARED.fullmatch(split.maths[i])
                and "(" in split.maths[i] or re.fullmatch(r"\s*[a-zA-Z]\s*", split.maths[i])
                and re.search(rf"(?:function|let) @{i}@|@{i}@ is a function", template)]
    if "function" not in template:  # "Suppose f(x + y) = f(x) + f(y) for all ...": its calls
        called = {c for i in pieces for c in re.findall(r"(?<![\\a-zA-Z])([fgh])\s*\(",
                                                          split.maths[i])}
        if len(called) != 1 or declared:
            return None
        name = called.pop()
    elif not declared:
        return None
    else:
        name = _DECLARED.fullmatch(split.maths[declared[0]]).group(1)  # type: ignore[union-attr]
    equation = next((i for i in pieces if "=" in split.maths[i] and re.search(
        rf"{name}\s*(?:\\left)?\s*\([^)]*[a-z]", split.maths[i])), None)
    if equation is None:
        return None
    calls, eq = calls_in(split.maths[equation], name)
    if any(re.search(rf"(?<![a-zA-Z\\]){name}\s*\(", a) for a in calls.values()):
        raise Decline("the function applied to its own values")
    args = {s: parse_latex(a) for s, a in calls.items()}
    letters = set().union(*(a.free_symbols for a in args.values())) | (
        eq.free_symbols - set(calls))
    if not isinstance(eq, sp.Equality) or len(letters) != 2:
        return None  # one variable: functional_equations reads it
    domain = Domain(positive="positive" in template, nonzero="nonzero" in template,
                    integer=bool(re.search(r"\bintegers\b", template)),
                    nonnegative="nonnegative" in template)
    given, nonzero, everywhere = [], [], False
    for i in pieces:
        if i in (asked, equation) or i in declared:
            continue
        src = split.maths[i]
        if re.fullmatch(r"[\s,a-z]*", src):
            if set(re.findall(r"[a-z]", src)) - {str(x) for x in letters}:
                raise Decline("a letter that is not a variable of the equation")
            continue
        c, rel = _relation(src, name)
        if rel is None:
            raise Decline("a condition not read")
        if isinstance(rel, sp.Ne) and rel.rhs == 0 and len(c) == 1:
            arg = parse_latex(next(iter(c.values())))
            if arg.free_symbols:
                everywhere = True
            else:
                nonzero.append(arg)
            continue
        if not isinstance(rel, sp.Equality) or not c or any(parse_latex(a).free_symbols
                                                            for a in c.values()):
            raise Decline("a given value of the function")
        given.append((c, rel))
    target_calls, target = calls_in(split.maths[asked], name)
    if not target_calls or any(parse_latex(a).free_symbols for a in target_calls.values()):
        raise Decline("values of the function at numbers")
    return Told(name, eq, args, sorted(letters, key=str), given, nonzero, everywhere,
                (target_calls, target), domain)


def _relation(src: str, name: str) -> tuple[dict[sp.Symbol, str], sp.Basic | None]:
    parts = re.split(r"\\neq?(?![a-z])|\\ne(?![a-z])", src)
    if len(parts) == 2:
        c, lhs = calls_in(parts[0], name)
        return c, sp.Ne(lhs, parse_latex(parts[1]))
    c, rel = calls_in(src, name)
    return c, rel if isinstance(rel, sp.Equality) else None


def _allowed(v: sp.Expr, domain: Domain) -> bool:
    """A number the variables may take."""
    return bool(v.is_finite and v.is_real and (not domain.positive or v > 0)
                and (not domain.nonzero or v != 0) and (not domain.integer or v.is_integer)
                and (not domain.nonnegative or v >= 0))


def _values(seeds: set[sp.Expr], domain: Domain) -> list[sp.Expr]:
    base = [s for s in sorted(seeds | {sp.S.Zero, sp.S.One}, key=lambda v: (abs(v), v))]
    if domain.integer:  # every small integer: the values between are reached one by one
        top = min(max([int(abs(s)) for s in base if s.is_integer] + [2]), _MAX_SUBS - 4)
        small = [sp.Integer(k) for k in (*range(top + 2), -1, -2, -3)]
        return [v for v in dict.fromkeys([*small, *base]) if _allowed(v, domain)][:_MAX_SUBS + 2]
    out = list(base)
    for s in seeds:  # halving chains (12, 6, 3): f(2a) from f(a) twice over reaches them
        half = s / 2
        while half.is_integer and half not in out and abs(half) > 1:
            out.append(half)
            half /= 2
    for a, b in product(base, base):
        for v in (a - b, a + b, a * b, a / b if b else None, a / 2):
            if v is not None and v not in out:
                out.append(v)
    out += [-v for v in out if -v not in out]  # f(v) f(-v) = ... is often a factored fact
    out = [v for v in out if _allowed(v, domain)]
    return out[:_MAX_SUBS]


def substitution_facts(told: Told) -> tuple[dict[sp.Expr, sp.Symbol], list[sp.Expr],
                                            set[sp.Symbol], sp.Basic]:
    """The equation read at pairs of numbers: the unknown values (a symbol for each point),
    the facts (polynomials in them that are zero), the values known to be nonzero, and what
    is asked in terms of the unknowns."""
    unknowns: dict[sp.Expr, sp.Symbol] = {}

    def value(at: sp.Expr) -> sp.Symbol:
        if at not in unknowns:
            unknowns[at] = sp.Symbol(f"F{len(unknowns)}")
        return unknowns[at]

    facts: list[sp.Expr] = []
    for c, rel in told.given:
        facts.append(rel.lhs.xreplace({s: value(parse_latex(a)) for s, a in c.items()})
                     - rel.rhs)
    t_calls, t_expr = told.target
    asked = t_expr.xreplace({s: value(parse_latex(a)) for s, a in t_calls.items()})
    seeds = set(unknowns)
    divisors: set[sp.Symbol] = set()
    xy, eq = told.xy, told.eq
    for p, q in product(_values(seeds, told.domain), repeat=2):
        at = {xy[0]: p, xy[1]: q}
        points = {s: a.subs(at) for s, a in told.args.items()}
        if any(not _allowed(v, told.domain) for v in points.values()):
            continue
        e = (eq.lhs - eq.rhs).subs(at).xreplace({s: value(v) for s, v in points.items()})
        num, den = sp.fraction(sp.together(e))
        divisors |= den.free_symbols  # a value divided by is not zero
        if num != 0:
            facts.append(sp.expand(num))
    nonzero_syms = set(unknowns.values()) if told.everywhere else \
        {value(v) for v in told.nonzero} | divisors
    return unknowns, facts, nonzero_syms, asked


def _solve(told: Told) -> Result:
    unknowns, facts, nonzero_syms, asked = substitution_facts(told)
    known = _propagate(facts, nonzero_syms)
    answer = sp.simplify(asked.xreplace(known))
    if answer.free_symbols or not answer.is_finite:
        raise Decline("the equations do not fix the value asked for")
    functional_candidates.confirm_value(told, answer)
    return answer, _steps(told.name, told.eq, told.xy, unknowns, known, told.target[0], answer,
                          asked)


def _propagate(facts: list[sp.Expr], nonzero: set[sp.Symbol]) -> dict[sp.Symbol, sp.Expr]:
    """Values fixed by the equations: one unknown at a time, then the linear rest."""
    known: dict[sp.Symbol, sp.Expr] = {}
    for _ in range(6):
        progress = False
        for f in facts:
            e = sp.expand(f.xreplace(known))
            if e == 0 or not e.free_symbols:
                if e != 0:
                    raise Decline("the equations contradict each other")
                continue
            kept = [g for g in sp.factor_list(e)[1] if not (g[0].free_symbols <= nonzero
                                                            and g[0].is_Symbol)]
            if len(kept) != 1 or len(kept[0][0].free_symbols) != 1:
                continue
            (u,) = kept[0][0].free_symbols
            roots = [r for r in sp.solve(kept[0][0], u) if r.is_real and
                     not (u in nonzero and r == 0)]
            if len(roots) == 1:
                known[u] = roots[0]
                progress = True
        if not progress:
            break
    linear = [e for f in facts if (e := sp.expand(f.xreplace(known))) != 0
              and sp.Poly(e, *e.free_symbols).is_linear]
    if linear:
        syms = sorted(set().union(*(e.free_symbols for e in linear)), key=str)
        sols = list(sp.linsolve(linear, syms))
        if not sols:
            raise Decline("the equations contradict each other")
        known.update({s: v for s, v in zip(syms, sols[0], strict=True) if v != s})
    return known


def _steps(name: str, eq: sp.Equality, xy: list[sp.Symbol], unknowns: dict[sp.Expr, sp.Symbol],
           known: dict[sp.Symbol, sp.Expr], t_calls: dict, answer: sp.Expr,
           asked: sp.Basic) -> list[Step]:
    names = {s: f"{name}({latex(v)})" for v, s in unknowns.items()}
    found = [f"{names[s]} = {latex(v)}" for s, v in known.items() if not v.free_symbols][:6]
    shown = ", ".join(found)
    claim = f"{latex(asked, symbol_names=names)} = {latex(answer)}"
    return [step("substitute values", f"Put numbers in for ${latex(xy[0])}$ and "
                 f"${latex(xy[1])}$ so that the function's arguments are values already "
                 "known or wanted; each choice gives an equation between values.",
                 f"The equations give ${shown}$." if shown else "Solve the equations.", shown),
            step("the value asked for", "Combine the values found.", f"${claim}$", claim)]


__all__ = ["read"]
