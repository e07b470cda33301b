"""Typed reader: every possible value of a function told by a functional equation in two
variables, asked as a list, a sum or a count.

"Let $f : \\mathbb{R} \\to \\mathbb{R}$ be a function such that $f(x) f(y) - f(xy) = x + y$
for all real numbers $x$ and $y.$ Let $n$ be the number of possible values of $f(2),$ and
let $s$ be the sum of all possible values of $f(2).$ Find $n \\times s$", "Find all
possible values of $g(5)$", "Find the sum of all possible values of $h(4)$", also for a
function taking the integers to the integers ("for all integers $m$ and $n$").

Necessary: the equation is read at pairs of numbers (`functional_pairs.substitution_facts`),
each pair an equation between values of the function; these are solved by cases (a product
that is zero: one factor is zero; one unknown value: each of its real roots, whole roots
for a function to the integers; linear equations together), so every function satisfying
the equation has its asked value among the values the cases leave.
Sufficient, and independent of that: functions of the form a/x + b + cx + dx^2 + ex^3
(+ g log x) that satisfy the equation identically are found by matching coefficients
(`functional_candidates.family`), each defined on the whole domain (and whole-valued on the
integers when it must be). The answer is given only when the values these functions take
are exactly the values the cases leave; otherwise it is declined.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import functional_candidates, functional_pairs
from tutor.reasoning.symbolic.polynomials.functional_pairs import Told
from tutor.reasoning.symbolic.typed import words_within

VOCAB = functional_pairs.VOCAB | frozenset(
    "number possible values sum all enter separated by commas taking takes integers to "
    "nonnegative largest greatest smallest least".split())
_VALUES = r"(?:all )?(?:the )?possible values of (?P<a>@\d+@)"
_ASKS = {
    "count and sum": re.compile(
        r"\blet (?P<n>@\d+@) be the number of possible values of (?P<a>@\d+@)[.,;]? and let "
        r"(?P<s>@\d+@) be the sum of (?:all )?(?:the )?possible values of (?P<b>@\d+@)[.,;]? "
        r"(?:find|compute|what is) (?P<q>@\d+@)$"),
    "all": re.compile(r"\b(?:find|determine|what are|enter) all (?:the )?possible values of "
                      r"(?P<a>@\d+@)(?:[.,;]? enter all (?:the )?(?:possible )?values)?(?:[.,;]? "
                      r"separated by commas)?$"),
    "sum": re.compile(r"\b(?:find|determine|compute|what is) the sum of " + _VALUES + "$"),
    "max": re.compile(r"\b(?:find|determine|compute|what is) the (?:largest|greatest) "
                      r"possible value of (?P<a>@\d+@)$"),
    "min": re.compile(r"\b(?:find|determine|compute|what is) the (?:smallest|least) "
                      r"possible value of (?P<a>@\d+@)$"),
}
_DECLARED = re.compile(r"\s*([a-zA-Z])\s*:\s*\\mathbb\s*\{?([RZ])\}?\s*\\(?:to|rightarrow)\s*"
                       r"\\mathbb\s*\{?([RZ])\}?\s*")
_T = functional_candidates.T
_MAX_CASES = 24
_MAX_PAIRED = 30  # facts whose differences are tried for a factored consequence


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip().rstrip(" ?.")
    found = next(((k, m) for k, p in _ASKS.items() if (m := p.search(body))), None)
    if found is None or not re.search(r"\bfor (?:all|every|any)\b", body):
        return None
    if not words_within(body, VOCAB):
        return None
    kind, m = found
    if kind == "count and sum" and split.maths[int(m.group("a")[1:-1])].replace(" ", "") != \
            split.maths[int(m.group("b")[1:-1])].replace(" ", ""):
        return None
    maths, whole = _declarations(split.maths, body)
    asked = int(m.group("a")[1:-1])
    told = functional_pairs.parse(Split(body, maths), body[:m.start()] + f" find @{asked}@",
                                  asked)
    if told is None:
        return None
    if re.search(r"\bintegers\b", body) and not told.domain.integer:
        raise Decline("integers said of something other than the variables")
    values = _necessary(told, whole)
    achieved = _achieved(told, whole)
    same = len(achieved) == len(values) and all(
        any(sp.simplify(a - v) == 0 for v in values) for a in achieved)
    if not same:
        raise Decline("the functions found do not reach every value the equations allow")
    confirm.check(True, "each value is taken by a function that satisfies the equation "
                  "identically, and the equation read at numbers allows no other value")
    steps = _steps(told, values)
    if kind == "all":
        return ", ".join(latex(v) for v in values), steps
    if kind in ("max", "min"):
        return values[-1 if kind == "max" else 0], steps
    total = sp.simplify(sum(values, sp.S.Zero))
    if kind == "sum":
        return total, steps
    n, s = (parse_latex(split.maths[int(m.group(k)[1:-1])]) for k in ("n", "s"))
    q = parse_latex(split.maths[int(m.group("q")[1:-1])])
    if not (isinstance(n, sp.Symbol) and isinstance(s, sp.Symbol) and q.free_symbols <= {n, s}):
        raise Decline("an answer that is not made of the count and the sum")
    answer = sp.simplify(q.subs({n: len(values), s: total}))
    claim = f"{latex(n)} = {len(values)}, {latex(s)} = {latex(total)}"
    return answer, [*steps, step("the answer", "Put in the count and the sum.",
                                 f"${claim}$, so ${latex(q)} = {latex(answer)}$.",
                                 latex(answer))]


def _declarations(maths: list[str], body: str) -> tuple[list[str], bool]:
    """The maths with "f : R -> R" written as the letter f, and whether the function's
    values must be whole numbers (to Z, "to the integers")."""
    out, whole = list(maths), bool(re.search(r"\bto the integers\b", body))
    for i, src in enumerate(maths):
        d = _DECLARED.fullmatch(src)
        if d is None:
            if re.search(r"\\mathbb|\\to\b|\\rightarrow", src):
                raise Decline("a function between sets not read")
            continue
        if d.group(2) == "Z" and not re.search(r"\bintegers\b", body):
            raise Decline("a function of integers with its variables not said to be integers")
        out[i], whole = d.group(1), whole or d.group(3) == "Z"
    return out, whole


def _necessary(told: Told, whole: bool) -> list[sp.Expr]:
    """Every value the asked expression can take, by cases on the substitution facts."""
    _unknowns, facts, nonzero, asked = functional_pairs.substitution_facts(told)
    values: list[sp.Expr] = []
    stack: list[tuple[dict[sp.Symbol, sp.Expr], list[sp.Expr]]] = [({}, [])]
    cases = 0
    while stack:
        known, extra = stack.pop()
        cases += 1
        if cases > _MAX_CASES:
            raise Decline("too many cases")
        settled = _settle([*facts, *extra], known, nonzero, whole)
        if settled is None:
            continue
        known, split = settled
        if split:
            stack.extend((known, [*extra, f]) for f in split)
            continue
        v = sp.simplify(asked.xreplace(known))
        if v.free_symbols or not v.is_finite:
            raise Decline("the equations do not fix the value asked for")
        if not any(sp.simplify(v - w) == 0 for w in values):
            values.append(v)
    if not values:
        raise Decline("no function satisfies the equation")
    return sorted(values, key=lambda v: float(v))


def _settle(facts: list[sp.Expr], known: dict[sp.Symbol, sp.Expr], nonzero: set[sp.Symbol],
            whole: bool) -> tuple[dict[sp.Symbol, sp.Expr], list[sp.Expr]] | None:
    """The values the facts fix, and the cases to split on next (none when nothing splits);
    None when the facts contradict each other."""
    known = dict(known)
    while True:
        pending: list[tuple[sp.Expr, list[sp.Expr]]] = []
        fixed: dict[sp.Symbol, sp.Expr] = {}
        for e in dict.fromkeys(sp.expand(f.xreplace(known)) for f in facts):
            if e == 0:
                continue
            if not e.free_symbols:
                return None
            factors = _factors(e, nonzero)
            if not factors:
                return None  # a product of nonzero values is not zero
            if len(factors) == 1 and len(factors[0].free_symbols) == 1:
                (u,) = factors[0].free_symbols
                roots = _roots(factors[0], u, u in nonzero, whole)
                if roots is not None and not roots:
                    return None
                if roots is not None and len(roots) == 1:
                    fixed.setdefault(u, roots[0])
                    continue
            pending.append((e, factors))
        if not fixed:
            linear = [e for e, _ in pending if sp.Poly(e, *e.free_symbols).is_linear]
            if linear:
                syms = sorted(set().union(*(e.free_symbols for e in linear)), key=str)
                sols = list(sp.linsolve(linear, syms))
                if not sols:
                    return None
                fixed = {s: v for s, v in zip(syms, sols[0], strict=True) if v != s}
        if fixed:
            known = {k: sp.expand(v.xreplace(fixed)) for k, v in known.items()} | fixed
            continue
        return known, _cases(pending, nonzero, whole)


@lru_cache(maxsize=4096)
def _factor_list(e: sp.Expr) -> tuple[sp.Expr, ...]:
    if sp.Poly(e, *e.free_symbols).is_linear:
        return (e,)
    return tuple(g for g, _ in sp.factor_list(e)[1])


def _factors(e: sp.Expr, nonzero: set[sp.Symbol]) -> list[sp.Expr]:
    """The factors of e that can be zero (a value said or known to be nonzero cannot)."""
    return [g for g in _factor_list(e) if not (g.is_Symbol and g in nonzero)]


def _cases(pending: list[tuple[sp.Expr, list[sp.Expr]]], nonzero: set[sp.Symbol],
           whole: bool) -> list[sp.Expr]:
    """The fewest cases one fact splits into: each factor zero, or each root."""
    best: list[sp.Expr] = []
    for _e, factors in pending:
        if len(factors) > 1:
            split = factors
        elif len(factors[0].free_symbols) == 1:
            (u,) = factors[0].free_symbols
            roots = _roots(factors[0], u, u in nonzero, whole)
            split = [u - r for r in roots] if roots else []
        else:
            continue
        if split and (not best or len(split) < len(best)):
            best = split
    if best:
        return best
    # (1 - f(0)) f(1) = 2 - f(-1) and (1 - f(0)) f(2) = 2 - f(-1): their difference factors
    rest = [e for e, _ in pending[:_MAX_PAIRED]]
    for i, a in enumerate(rest):
        for b in rest[i + 1:]:
            factors = _factors(sp.expand(a - b), nonzero)
            if len(factors) > 1:
                return factors
    return []


def _roots(g: sp.Expr, u: sp.Symbol, nonzero: bool, whole: bool) -> list[sp.Expr] | None:
    """The real roots of g in u (whole ones when the values are whole), None when they
    cannot be listed exactly."""
    try:
        roots = list(dict.fromkeys(sp.Poly(g, u).real_roots()))
    except (sp.PolynomialError, NotImplementedError):
        return None
    return [r for r in roots if not (nonzero and r == 0) and (not whole or r.is_integer)]


def _achieved(told: Told, whole: bool) -> list[sp.Expr]:
    """The asked value at each function of the simple form that satisfies the equation."""
    t_calls, t_expr = told.target
    out: list[sp.Expr] = []
    for f in functional_candidates.family(told.eq, told.args, told.xy, told.given,
                                     told.domain.positive):
        if f.free_symbols - {_T}:
            raise Decline("a whole family of functions satisfies the equation")
        if not _defined(f, told, whole):
            continue
        v = sp.simplify(t_expr.xreplace({s: f.subs(_T, parse_latex(a))
                                         for s, a in t_calls.items()}))
        if v.is_finite and not any(sp.simplify(v - w) == 0 for w in out):
            out.append(v)
    return out


def _defined(f: sp.Expr, told: Told, whole: bool) -> bool:
    """Whether f is a function on the whole domain meeting the told conditions."""
    d = told.domain
    if not (d.positive or d.nonzero) and \
            _T in sp.denom(sp.together(f)).free_symbols:
        return False  # 1/x is not defined at 0
    if told.everywhere and (f == 0 or sp.solve(f, _T)):
        return False
    if any(f.subs(_T, v) == 0 for v in told.nonzero):
        return False
    if whole:
        if not f.is_polynomial(_T):
            return False
        degree = sp.Poly(f, _T).degree()
        return all(f.subs(_T, k).is_integer for k in range(degree + 1))
    return True


def _steps(told: Told, values: list[sp.Expr]) -> list[Step]:
    shown = ", ".join(latex(v) for v in values)
    return [step("substitute values", f"Put numbers in for ${latex(told.xy[0])}$ and "
                 f"${latex(told.xy[1])}$; each choice gives an equation between values of "
                 f"${told.name}$. Solve them case by case.",
                 f"The possible values are ${shown}$.", shown),
            step("each value is reached", "For each value, a function of a simple form "
                 "satisfies the equation for every choice of the variables.",
                 f"The values ${shown}$ are all reached.", shown)]


__all__ = ["read"]
