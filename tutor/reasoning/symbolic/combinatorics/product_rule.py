"""Counts by the product rule, each confirmed a second way: c^n (every one of n choices
made from the same c options, any option again) and n (n - 1) ... (n - k + 1) (k different
places filled from n, none twice). Shared by the readers of answer sheets, officers and
prizes.

A count small enough (at most `listed_up_to`) is confirmed by listing every choice;
a larger one by a second formula: c^n as the sum over how many of the n choices take the
first option (sum of C(n, j) (c - 1)^(n - j)), the falling product as choosing the k first
and then ordering them (C(n, k) k!).
"""

from __future__ import annotations

from itertools import permutations, product
from math import comb, factorial, perm

from tutor.reasoning.symbolic import confirm


def power_count(options: int, choices: int, what: str, by_first: str, listed_up_to: int) -> int:
    """options^choices, confirmed; `what` names the things counted ("answer sheets"),
    `by_first` says the second count in words ("by how many questions get their first
    answer")."""
    v = options**choices
    if v <= listed_up_to:
        confirm.count(v, lambda: sum(1 for _ in product(range(options), repeat=choices)),
                      f"{what} (listing them)")
    else:
        confirm.count(v, lambda: sum(comb(choices, j) * (options - 1) ** (choices - j)
                                     for j in range(choices + 1)), f"{what} ({by_first})")
    return v


def falling_count(n: int, k: int, what: str, chosen_then_ordered: str, listed_up_to: int
                  ) -> int:
    """n (n - 1) ... (n - k + 1), confirmed; `chosen_then_ordered` says the second count in
    words ("choose them, then order")."""
    v = perm(n, k)
    if v <= listed_up_to:
        confirm.count(v, lambda: sum(1 for _ in permutations(range(n), k)),
                      f"{what} (listing them)")
    else:
        confirm.count(v, lambda: comb(n, k) * factorial(k), f"{what} ({chosen_then_ordered})")
    return v


__all__ = ["falling_count", "power_count"]
