"""How many of 1, 2, ..., N are multiples of at least one (or of none) of a few divisors,
counted by inclusion and exclusion: "How many positive integers up to 100 are divisible
by 2, 3 or 5?", "... divisible by neither 5 nor 7?", "... not divisible by 2, 3 or 5?".

The count is the alternating sum of floor(N / lcm) over every non-empty set of the
divisors; `integer_sets` has listed the same integers one by one, and the two counts
must agree (`confirm.check`) before this step is shown.
"""

from __future__ import annotations

import math
from itertools import combinations

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Step, step
from tutor.reasoning.symbolic.number_theory import integer_properties


def divisor_sets(lo: int | None, hi: int | None, conditions: list[tuple[str, int, int]],
                 listed: int) -> Step | None:
    """The inclusion-exclusion step for 1..hi and one condition 'a multiple of one of the
    divisors' or 'of none of them'; None for any other question. `listed`: the count found
    by testing each integer, which the formula must match."""
    if lo != 1 or hi is None or hi < 1 or len(conditions) != 1:
        return None
    kind, a, b = conditions[0]
    if kind in ("anydiv", "nodiv"):
        divisors = [a, b]
    elif kind in ("anydivs", "nodivs"):
        divisors = integer_properties.unpack(a, b)
    else:
        return None
    terms: list[tuple[int, int]] = []  # (sign, floor(hi / lcm)) for each set of divisors
    for size in range(1, len(divisors) + 1):
        for group in combinations(divisors, size):
            terms.append((1 if size % 2 else -1, hi // math.lcm(*group)))
    union = sum(sign * q for sign, q in terms)
    count = union if kind.startswith("any") else hi - union
    confirm.check(count == listed, "inclusion and exclusion give the count found by testing "
                  "each integer")
    shown = " ".join(f"{'+' if sign > 0 else '-'} {q}" for sign, q in terms).lstrip("+ ")
    names = ", ".join(map(str, divisors[:-1])) + f" and {divisors[-1]}"
    hint = (f"Add the multiples of each of {names} up to {hi}, then subtract the multiples of "
            + ("their least common multiple." if len(divisors) == 2 else
               "each pair's least common multiple, add back those of each triple's, and so "
               "on."))
    if kind.startswith("any"):
        claim = f"{shown} = {count}"
        return step("include and exclude", hint, f"${claim}$", claim)
    claim = f"{hi} - ({shown}) = {count}"
    return step("include and exclude", hint + f" Those are the multiples of at least one; "
                f"take them away from all {hi}.", f"${claim}$", claim)


__all__ = ["divisor_sets"]
