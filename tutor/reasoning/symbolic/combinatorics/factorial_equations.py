"""An equation with a factorial of the unknown, solved for the whole number n: "If
$5! \\cdot 3! = n!$, what is $n$?", "Find $n$ if $n \\cdot n! + n! = 720$", "Solve
$\\frac{(n+1)!}{(n-1)!} = 56$ for $n$", optionally with the factorial's definition after it
("..., where $n! = n \\cdot (n-1) \\cdots 2 \\cdot 1$").

One side must be a number and the other, once factorial quotients are cancelled
(`sympy.combsimp`), a sum of products of n and factorials of n + k with positive
coefficients: it never decreases as n grows, so trying n = 0, 1, 2, ... until it passes
the number finds every solution. The solution is confirmed by putting it back into the
equation as written and by trying every other n up to where the search stopped on the
equation as written; more than one solution declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_N = r"@(?P<n>\d+)@"
_E = r"@(?P<e>\d+)@"
_ASK = r"(?:what is|find|determine|compute|give) (?:the value of |the (?:positive )?integer )?"
_FORMS = [re.compile(f) for f in (
    r"(?:if|given that|suppose that|suppose) " + _E + r"[,.;]? (?:then )?" + _ASK + _N,
    _ASK + _N + r",? (?:if|given that|such that|when|for which|so that|satisfying) " + _E,
    r"solve for " + _N + r":? " + _E,
    r"solve " + _E + r" for " + _N,
    r"for what (?:positive |nonnegative )?(?:integer |whole number |value of )?" + _N
    + r" (?:is|does) " + _E + r"(?: hold| true)?",
    r"(?:what|which) (?:positive |nonnegative )?(?:integer|whole number) " + _N
    + r" (?:satisfies|solves) " + _E,
)]
_DEFINED = re.compile(r",? where @(?P<d>\d+)@$")
_LIMIT = 200


def solve(split: Split, template: str) -> Result | None:
    if "!" not in "".join(split.maths):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    used: set[int] = set()
    defined = _DEFINED.search(body)
    if defined:
        used.add(int(defined.group("d")))
        body = body[:defined.start()]
    m = next((f.fullmatch(body) for f in _FORMS if f.fullmatch(body)), None)
    if m is None:
        return None
    n_src = split.maths[int(m.group("n"))].strip()
    if not re.fullmatch(r"[a-zA-Z]", n_src):
        return None
    used |= {int(m.group("n")), int(m.group("e"))}
    if used != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    if defined:
        _check_definition(split.maths[int(defined.group("d"))], n_src)
    eq = parse_latex(split.maths[int(m.group("e"))])
    n = sp.Symbol(n_src)
    if not isinstance(eq, sp.Equality) or eq.free_symbols != {n}:
        return None
    if not any(n in f.free_symbols for f in eq.atoms(sp.factorial)):
        return None
    value, steps = _solve(eq, n)
    if "positive" in body and sp.Integer(value) < 1:
        raise Decline("the only solution is not positive")
    return value, steps


def _check_definition(src: str, n: str) -> None:
    """", where n! = n(n-1)...2 * 1": the factorial's own definition, nothing more."""
    lhs, _eq, rhs = src.replace(" ", "").partition("=")
    if lhs != f"{n}!" or not rhs.startswith(n) or not rhs.endswith("1") or not re.search(
            r"\\[lc]?dots", rhs):
        raise Decline("a definition that is not the factorial's")


def _sides(eq: sp.Equality, n: sp.Symbol) -> tuple[sp.Expr, sp.Expr, sp.Integer]:
    """(the side with n as written, that side simplified, the number on the other side)"""
    if n not in eq.rhs.free_symbols:
        side, other = eq.lhs, eq.rhs
    elif n not in eq.lhs.free_symbols:
        side, other = eq.rhs, eq.lhs
    else:
        raise Decline("the unknown on one side only")
    value = sp.Integer(other.doit()) if other.doit().is_Integer else None
    if value is None:
        raise Decline("a whole number on the other side")
    return side, sp.expand(sp.combsimp(side).rewrite(sp.factorial)), value


def _never_decreasing(expr: sp.Expr, n: sp.Symbol) -> tuple[int, bool]:
    """The least n for which every factorial is defined, and whether expr is a sum of
    products of n and factorials of n + k with positive coefficients."""
    facts = list(expr.atoms(sp.factorial))
    low = 0
    for f in facts:
        shift = sp.expand(f.args[0] - n)
        if not shift.is_Integer:
            return 0, False
        low = max(low, -int(shift))
    stand_in = [sp.Dummy() for _ in facts]
    poly_expr = expr.subs(dict(zip(facts, stand_in, strict=True)))
    gens = [n, *stand_in]
    if not poly_expr.is_polynomial(*gens):
        return low, False
    poly = sp.Poly(poly_expr, *gens)
    return low, all(c.is_Rational and c > 0 for mon, c in poly.terms() if any(mon))


def _solve(eq: sp.Equality, n: sp.Symbol) -> Result:
    side, simple, target = _sides(eq, n)
    low, rising = _never_decreasing(simple, n)
    if not rising:
        raise Decline("a side that may rise and fall: its solutions cannot be bounded")
    found: list[int] = []
    stop = None
    for v in range(low, _LIMIT + 1):
        got = simple.subs(n, v)
        if got == target:
            found.append(v)
        if got > target:
            stop = v
            break
    if stop is None:
        raise Decline("no end to the search")
    if len(found) != 1:
        raise Decline("no whole-number solution" if not found else "more than one solution")
    v = found[0]
    again = [w for w in range(low, stop + 1) if sp.simplify(side.subs(n, w) - target) == 0]
    confirm.check(again == found, f"the equation as written holds at {n} = {v} and at no "
                  "other value tried")
    steps = []
    if sp.simplify(side - simple) == 0 and side != simple:
        same = f"{latex(side, mul_symbol='dot')} = {latex(simple, mul_symbol='dot')}"
        steps.append(step("cancel the factorials", "Write the factorials as products and "
                          "cancel.", f"${same}$", same))
    tried = ", ".join(f"{w} \\mapsto {simple.subs(n, w)}" for w in range(max(low, v - 2),
                                                                        stop + 1))
    steps.append(step("try whole numbers", f"The left side never decreases as {n} grows, so "
                      f"try {n} = {low}, {low + 1}, ... until it passes {target}.",
                      f"${tried}$", ""))
    with sp.evaluate(False):
        shown = simple.subs(n, sp.Integer(v))
    claim = f"{latex(shown, mul_symbol='dot')} = {target}"
    steps.append(step("the solution", f"Only {n} = {v} gives {target}.",
                      f"${n} = {v}$, since ${claim}$", claim))
    return sp.Integer(v), steps


__all__ = ["solve"]
