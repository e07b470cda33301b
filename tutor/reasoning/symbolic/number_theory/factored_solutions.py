"""Integer solutions of a quadratic equation in two letters whose square terms split into two
different linear factors: "How many pairs of positive integers $(m, n)$ satisfy $m^2 - n^2 =
45$?" (read by `solution_counts`), "Suppose $a$ and $b$ are integers with $ab + 3a + 2b = 7$.
What is the greatest possible value of $b$?" (read here).

The equation is rewritten as a product of two linear factors equal to a whole number N
((a + 2)(b + 3) = 13): each factor is then a divisor of N, and each way of splitting N
gives one pair of linear equations. The solutions are confirmed by a second, direct search:
every value of the first letter the factors allow (each factor is at most |N| in size) is
tried, and the equation is solved for the second letter by the quadratic formula. N = 0
(infinitely many solutions) or square terms that are one factor squared decline.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import whole_match

_MAX_N = 10**9
_MAX_SEARCH = 200_000

Pair = tuple[int, int]


def _split(poly: sp.Poly) -> tuple[sp.Expr, sp.Expr, sp.Integer]:
    """Integer linear L1, L2 and whole N with L1 * L2 = N exactly when poly = 0."""
    x, y = poly.gens
    expr = poly.as_expr()
    quad = sum((c * x**i * y**j for (i, j), c in poly.terms() if i + j == 2), sp.Integer(0))
    lead, factors = sp.factor_list(quad, x, y)
    lines = [f for f, k in factors for _ in range(k)]
    if len(lines) != 2 or any(sp.Poly(f, x, y).total_degree() != 1 for f in lines):
        raise Decline("square terms that split into two linear factors")
    l1, l2 = lines
    if sp.Matrix([[l1.coeff(x), l1.coeff(y)], [l2.coeff(x), l2.coeff(y)]]).det() == 0:
        raise Decline("two different linear factors")
    r1, r2 = sp.Dummy("r1"), sp.Dummy("r2")
    linear = sp.expand(expr - quad - poly.coeff_monomial(1))
    want = sp.expand(lead * (r2 * l1 + r1 * l2) - linear)
    got = sp.solve([want.coeff(x), want.coeff(y)], [r1, r2], dict=True)
    if len(got) != 1:
        raise Decline("the linear terms shared between the factors")
    s1, s2 = got[0][r1], got[0][r2]
    m1, m2 = sp.fraction(sp.together(s1))[1], sp.fraction(sp.together(s2))[1]
    f1, f2 = sp.expand(m1 * (l1 + s1)), sp.expand(m2 * (l2 + s2))
    n = sp.expand(f1 * f2 - m1 * m2 * expr / lead)
    if n.free_symbols or not n.is_Rational:
        raise Decline("the product of the factors is a number")
    if not n.is_Integer or n == 0 or abs(n) > _MAX_N:
        raise Decline("a nonzero whole product of the factors")
    return f1, f2, sp.Integer(n)


def _by_divisors(x: sp.Symbol, y: sp.Symbol, f1: sp.Expr, f2: sp.Expr, n: int) -> list[Pair]:
    found = set()
    for d in confirm.divisors_listed(abs(n)):
        for a in (d, -d):
            sol = sp.solve([f1 - a, f2 - n // a], [x, y], dict=True)
            if len(sol) == 1 and all(v.is_Integer for v in sol[0].values()):
                found.add((int(sol[0][x]), int(sol[0][y])))
    return sorted(found)


def _by_search(poly: sp.Poly, f1: sp.Expr, f2: sp.Expr, n: int) -> list[Pair]:
    """Every integer x the factors allow (|f1|, |f2| <= |n|), y from the quadratic formula."""
    x, y = poly.gens
    u, v = sp.Dummy("u"), sp.Dummy("v")
    inv = sp.solve([f1 - u, f2 - v], [x, y], dict=True)[0][x]
    bound = sum(abs(inv.coeff(s)) for s in (u, v)) * abs(n) + abs(inv.subs({u: 0, v: 0}))
    top = math.floor(bound) + 1
    if top > _MAX_SEARCH:
        raise Decline("too wide a range to search")
    den = sp.lcm([sp.fraction(c)[1] for c in poly.coeffs()])
    whole = sp.Poly(poly.as_expr() * den, x, y)
    a2 = int(whole.coeff_monomial(y**2))
    bx = sp.Poly(whole.as_expr().coeff(y, 1), x)
    cx = sp.Poly(whole.as_expr().coeff(y, 0), x)
    found = []
    for t in range(-top, top + 1):
        b, c = int(bx.eval(t)), int(cx.eval(t))
        if a2 == 0:
            if b == 0:
                if c == 0:
                    raise Decline("infinitely many solutions")
                continue
            if c % b == 0:
                found.append((t, -c // b))
            continue
        disc = b * b - 4 * a2 * c
        if disc < 0 or math.isqrt(disc) ** 2 != disc:
            continue
        s = math.isqrt(disc)
        found += [(t, (-b + e) // (2 * a2)) for e in {s, -s} if (-b + e) % (2 * a2) == 0]
    return sorted(set(found))


_LOW = {"positive": 1, "nonnegative": 0, "non-negative": 0, "non negative": 0, "": None}


def solutions(letters: list[sp.Symbol], poly: sp.Poly, kind: str) -> tuple[list[Pair],
                                                                           list[Step]]:
    """The integer solutions (of the kind said) of poly = 0, and the steps that find them."""
    if len(letters) != 2 or poly.total_degree() != 2:
        raise Decline("a quadratic equation in two letters")
    poly = sp.Poly(poly.as_expr(), *letters)
    x, y = letters
    f1, f2, n = _split(poly)
    found = _by_divisors(x, y, f1, f2, int(n))
    again = _by_search(poly, f1, f2, int(n))
    confirm.check(found == again, "trying every value of the first letter that the factors "
                  "allow finds the same integer solutions")
    low = _LOW[kind]
    kept = [p for p in found if low is None or min(p) >= low]
    shown = ", ".join(f"({a}, {b})" for a, b in kept) or "none"
    what = f"{kind} integer" if kind else "integer"
    steps = [
        step("factor", "Group the terms so the equation becomes a product of two linear "
             "factors equal to a number.", f"$({latex(f1)})({latex(f2)}) = {latex(n)}$",
             f"({latex(f1)})({latex(f2)}) = {latex(n)}"),
        step("split the number", f"Each factor is an integer, so it is a divisor of "
             f"${latex(n)}$; solve the two linear equations for each way of splitting "
             f"${latex(n)}$ and keep the {what} solutions.",
             f"The {what} solutions $({latex(x)}, {latex(y)})$ are: {shown}.", "")]
    return kept, steps


_KIND = r"(?P<kind>positive |nonnegative |non-negative |non negative |)"
_LETTERS = (r"@(?P<a>\d+)@ and @(?P<b>\d+)@ (?:are|be) "
         r"(?:both )?" + _KIND + r"integers (?:such that|with|satisfying|that satisfy|for "
         r"which|so that) @(?P<eq>\d+)@")
_DECL = r"(?:suppose(?: that)?|if|given that|let) " + _LETTERS
_EXT = (r"(?:find |what is |determine |compute )?the (?P<ext>greatest|largest|least|smallest|"
        r"maximum|minimum) possible value of @(?P<t>\d+)@")
_ASKS = [re.compile(_DECL + r"[.,;]? (?:then )?" + _EXT),
         re.compile(_EXT + r",? (?:if|given that|where) " + _LETTERS)]


def read(split: Split, template: str) -> Result | None:
    """The greatest or least value of an expression over the integer solutions."""
    if "integer" not in template or "possible value" not in template:
        return None
    m = whole_match(_ASKS, template)
    if m is None:
        return None
    g = m.groupdict()
    if {int(g[k]) for k in ("a", "b", "eq", "t")} != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    said = [split.maths[int(g[k])].strip() for k in ("a", "b")]
    eq = parse_latex(split.maths[int(g["eq"])])
    target = parse_latex(split.maths[int(g["t"])])
    if not isinstance(eq, sp.Equality) or not isinstance(target, sp.Expr):
        return None
    letters = [sp.Symbol(s) for s in said]
    if len(set(said)) != 2 or eq.free_symbols != set(letters) \
            or not target.free_symbols <= set(letters) or not target.free_symbols:
        raise Decline("the equation and the question in the two declared letters")
    expr = sp.expand(eq.lhs - eq.rhs)
    if not expr.is_polynomial(*letters):
        return None
    kept, steps = solutions(letters, sp.Poly(expr, *letters), g["kind"].strip())
    if not kept:
        raise Decline("no integer solutions")
    values = [target.subs(dict(zip(letters, p, strict=True))) for p in kept]
    best = max(values) if g["ext"] in ("greatest", "largest", "maximum") else min(values)
    confirm.check(all(sp.expand(eq.lhs - eq.rhs).subs(dict(zip(letters, p, strict=True))) == 0
                      for p in kept), "every solution listed satisfies the equation")
    listed = ", ".join(latex(v) for v in values)
    steps.append(step("compare", f"Work out ${latex(target)}$ for each solution and take the "
                      f"{g['ext']}.", f"The values are {listed}; the {g['ext']} is "
                      f"${latex(best)}$.", ""))
    return best, steps


__all__ = ["read", "solutions"]
