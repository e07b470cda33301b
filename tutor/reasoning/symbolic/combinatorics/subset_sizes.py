"""Reader of subsets of an n-element set whose size is bounded: "How many subsets of a set
with 6 elements have at least 2 elements?", "How many subsets of {1, 2, ..., 8} contain at
most 3 elements?", "How many subsets with more than 4 elements does a 7-element set have?".

Counted as a sum of binomial coefficients over the allowed sizes, and confirmed by listing
every subset as a bit mask (n up to 20) or as 2^n less the other sizes.
"""

from __future__ import annotations

from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.subset_totals import SET, set_size
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ASK = r" (?:how many|the number of) (?:different |distinct )?subsets\b"
_BOUND = (r" (?:with|containing|contain|have|that (?:have|contain)|which (?:have|contain)|"
          r"having) (?P<cmp>at least|at most|more than|fewer than|less than|no more than|no "
          r"fewer than) #(?P<k>\d+) elements?\b")
_TESTS = {"at least": lambda j, k: j >= k, "no fewer than": lambda j, k: j >= k,
          "at most": lambda j, k: j <= k, "no more than": lambda j, k: j <= k,
          "more than": lambda j, k: j > k, "fewer than": lambda j, k: j < k,
          "less than": lambda j, k: j < k}


def sized_subsets(split: Split, template: str) -> Result | None:
    if not quick(template, "subset") or not quick(template, "least", "most", "than"):
        return None
    w = Wording.of(split, template)
    ask, sets, bound = w.take(_ASK), w.take(SET), w.take(_BOUND)
    if len(ask) != 1 or len(sets) != 1 or len(bound) != 1 or not w.only_glue(
            {"does", "have", "has", "can", "be", "formed", "are", "there", "of"}):
        return None
    n = set_size(w, sets[0])
    cmp, k = bound[0].group("cmp"), int(bound[0].group("k"))
    if not 1 <= n <= 60:
        raise Decline("a set of modest size")
    sizes = [j for j in range(n + 1) if _TESTS[cmp](j, k)]
    if not sizes or len(sizes) == n + 1:
        raise Decline("a bound that leaves no size, or every size")
    v = sum(comb(n, j) for j in sizes)
    if n <= 20:
        confirm.count(v, lambda: sum(1 for m in range(1 << n) if _TESTS[cmp](m.bit_count(), k)),
                      "subsets (listing them)")
    else:
        confirm.count(v, lambda: 2**n - sum(comb(n, j) for j in range(n + 1) if j not in sizes),
                      "subsets (all of them less the other sizes)")
    others = [j for j in range(n + 1) if j not in sizes]
    if len(others) < len(sizes):  # fewer sizes left out: all subsets less those
        claim = f"2^{{{n}}} - " + " - ".join(f"\\binom{{{n}}}{{{j}}}" for j in others) \
            + f" = {v}"
        hint = f"All $2^{{{n}}}$ subsets, less those of the sizes not allowed."
    else:
        claim = " + ".join(f"\\binom{{{n}}}{{{j}}}" for j in sizes) + f" = {v}"
        hint = "Add the subsets of each allowed size."
    return sp.Integer(v), [step("count by size", hint, f"${claim}$", claim)]


__all__ = ["sized_subsets"]
