"""Counts of choices of k from n: unordered (the binomial coefficient) and in order (the
falling product n (n - 1) ... (n - k + 1)), each confirmed by a second route: listing the
choices (`itertools.combinations`, `itertools.permutations`) when there are at most 10^5,
else the product formula (unordered) or the factorial quotient n!/(n - k)! (in order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import combinations, permutations
from math import comb, factorial, perm, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.patterns import Result

_LIST = 100_000


def by_products(n: int, k: int) -> int:
    """n choose k as n (n - 1) ... (n - k + 1) over k!: a second way to the binomial."""
    return prod(range(n - k + 1, n + 1)) // prod(range(1, k + 1))


def _confirmed(n: int, k: int, count: Callable[[int, int], int],
               listing: Callable[[range, int], Iterable[object]], formula: Callable[[], int],
               how: str, what: str) -> int:
    """count(n, k), confirmed by listing the choices when there are few, else by a formula."""
    if not 0 <= k <= n <= 1000:
        raise Decline("cannot choose that many")
    v = count(n, k)
    if v <= _LIST:
        confirm.count(v, lambda: sum(1 for _ in listing(range(n), k)), f"{what} (listing them)")
    else:
        confirm.count(v, formula, f"{what} ({how})")
    return v


def binomial(n: int, k: int, what: str) -> Result:
    v = _confirmed(n, k, comb, combinations, lambda: by_products(n, k), "the product formula", what)
    claim = f"\\binom{{{n}}}{{{k}}} = {v}"
    return sp.Integer(v), [step("count the choices", "Order does not matter, so it is a "
                                "binomial coefficient.", f"${claim}$", claim)]


def in_order(n: int, k: int, what: str) -> Result:
    """k of n chosen in order: n (n - 1) ... (n - k + 1)."""
    v = _confirmed(n, k, perm, permutations, lambda: factorial(n) // factorial(n - k),
                   "n!/(n - k)!", what)
    factors = " \\cdot ".join(str(x) for x in range(n, n - k, -1)) or "1"
    claim = f"{factors} = {v}"
    return sp.Integer(v), [step("count the choices in order", f"The first of the {k} can be "
                                f"any of the {n}, the next any of the rest, and so on.",
                                f"${claim}$", f"{v}")]


__all__ = ["binomial", "by_products", "in_order"]
