"""How many solutions in positive integers an equation of higher degree has, when every
term has a positive whole coefficient so each unknown is at most the total: "How many
ordered pairs of positive integers $(x, y)$ satisfy $xy = 144$?", "... $x^2 + 3y = 40$",
"... $abc = 60$" (read by `solution_counts`, which reads the question).

A product of the unknowns equal to N ($xy = N$, $c\\,xyz = N$) is counted from the prime
factorisation of N (each prime's exponent shared out among the unknowns: stars and bars)
and confirmed by listing the divisors; any other such equation is counted by trying each
value of every unknown but the last (whose value is then found by halving the range, the
left side growing with it) and confirmed by trying the unknowns in the other order.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.patterns import Result

_MAX_TOTAL_PRODUCT = 10**12
_MAX_TOTAL_SEARCH = 20_000
_MAX_TRIES = 400_000
_SHOWN = 12

Term = tuple[int, tuple[int, ...]]


def count(letters: list[sp.Symbol], poly: sp.Poly) -> Result:
    """The number of positive-integer solutions of poly = 0 (positive terms, constant -N)."""
    total = -poly.coeff_monomial(1)
    terms: list[Term] = []
    for monom, c in poly.terms():
        if any(monom):
            if not (c.is_Integer and c > 0):
                raise Decline("positive whole coefficients, so the solutions are few")
            terms.append((int(c), tuple(int(e) for e in monom)))
    if not total.is_Integer or total < 1 or len(letters) > 3:
        raise Decline("a positive whole total and at most three unknowns")
    if any(all(m[i] == 0 for _c, m in terms) for i in range(len(letters))):
        raise Decline("every unknown in the equation")
    n = int(total)
    if len(terms) == 1 and all(e == 1 for e in terms[0][1]):
        return _product_count(letters, terms[0][0], n)
    if n > _MAX_TOTAL_SEARCH:
        raise Decline("too large a total to search")
    order = list(range(len(letters)))
    found = sorted(_solutions(terms, n, order))
    again = sorted(_solutions(terms, n, order[::-1]))
    confirm.check(found == again, "trying the unknowns in the other order finds the same "
                  "solutions")
    return sp.Integer(len(found)), _search_steps(letters, poly, n, found)


def _value(terms: list[Term], xs: tuple[int, ...]) -> int:
    return sum(c * math.prod(x ** e for x, e in zip(xs, m, strict=True)) for c, m in terms)


def _solutions(terms: list[Term], n: int, order: list[int]) -> Iterator[tuple[int, ...]]:
    """Each value of the unknowns in `order` but the last, smallest first (the left side
    at least its value with the rest 1); the last found by halving its range."""
    k = len(order)
    tries = 0

    def at(assigned: dict[int, int]) -> tuple[int, ...]:
        return tuple(assigned.get(i, 1) for i in range(k))

    def walk(depth: int, assigned: dict[int, int]) -> Iterator[tuple[int, ...]]:
        nonlocal tries
        i = order[depth]
        if depth == k - 1:
            lo, hi = 1, n
            while lo < hi:  # the least value whose left side reaches n
                mid = (lo + hi) // 2
                if _value(terms, at({**assigned, i: mid})) < n:
                    lo = mid + 1
                else:
                    hi = mid
            if _value(terms, at({**assigned, i: lo})) == n:
                yield at({**assigned, i: lo})
            return
        for v in range(1, n + 1):
            tries += 1
            if tries > _MAX_TRIES:
                raise Decline("too many values to try")
            if _value(terms, at({**assigned, i: v})) > n:
                break
            yield from walk(depth + 1, {**assigned, i: v})

    yield from walk(0, {})


def _search_steps(letters: list[sp.Symbol], poly: sp.Poly, n: int,
                  found: list[tuple[int, ...]]) -> list[Step]:
    lhs = latex(poly.as_expr() + n)
    names = ", ".join(str(x) for x in letters)
    shown = ", ".join("(" + ", ".join(map(str, s)) + ")" for s in found[:_SHOWN])
    if len(found) > _SHOWN:
        shown += ", \\dots"
    return [
        step("bound the unknowns", "Every term is positive, so each unknown is at most the "
             "total; try each value in turn.", f"${lhs} = {n}$ with ${names} \\ge 1$", ""),
        step("count the solutions", "List the solutions found.",
             f"The solutions $({names})$ are ${shown}$: there are {len(found)}." if found else
             "No values work: there are 0.", ""),
    ]


def _product_count(letters: list[sp.Symbol], c: int, n: int) -> Result:
    if n > _MAX_TOTAL_PRODUCT:
        raise Decline("too large a number to factor")
    names = " \\cdot ".join(str(x) for x in letters)
    k = len(letters)
    divisors = confirm.divisors_listed(n)
    if len(divisors) ** (k - 1) > _MAX_TRIES:
        raise Decline("too many divisors to list")
    # all but the last unknown are divisors of n; the last is what is left, if whole
    listed = sum(1 for xs in product(divisors, repeat=k - 1) if n % (c * math.prod(xs)) == 0)
    if n % c:
        confirm.count(0, lambda: listed, "solutions (listing the divisors)")
        return sp.Integer(0), [step("divide by the coefficient", f"{c} does not divide {n}, so "
                                    "no whole numbers work.", f"${c} \\nmid {n}$", "")]
    m = n // c
    f = sorted(sp.factorint(m).items())
    v = math.prod(math.comb(e + k - 1, k - 1) for _p, e in f)
    confirm.count(v, lambda: listed, "solutions (listing the divisors)")
    tex = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in f) or "1"
    shares = " \\cdot ".join(f"\\binom{{{e + k - 1}}}{{{k - 1}}}" for _p, e in f) or "1"
    steps = []
    if c > 1:
        steps.append(step("divide by the coefficient", f"Divide both sides by {c}.",
                          f"${names} = {n} / {c} = {m}$", f"{n} / {c} = {m}"))
    steps += [
        step("prime factorisation", f"Each prime's exponent in {m} is shared out among the "
             f"{k} unknowns.", f"${m} = {tex}$" if m > 1 else "$1$", f"{m} = {tex}" if m > 1
             else ""),
        step("count the solutions", "An exponent e is shared among k unknowns in "
             "$\\binom{e + k - 1}{k - 1}$ ways; multiply over the primes." if k > 2 else
             f"Each positive divisor of {m} gives one ordered pair.",
             f"${shares} = {v}$", f"{shares} = {v}"),
    ]
    return sp.Integer(v), steps


__all__ = ["count"]
