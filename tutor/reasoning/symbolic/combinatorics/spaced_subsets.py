"""Reader of subsets of a listed set of integers with no two consecutive integers: "How many
subsets of {1, 2, ..., 8} contain no two consecutive integers?", "How many non-empty
subsets of {1, ..., 10} do not contain two consecutive numbers?", "How many 3-element
subsets of {1, 2, ..., 9} contain no two consecutive integers?".

Counted member by member in increasing order (a subset ending at a member either skips it,
or takes it after a subset that does not hold the member one below), which for 1, ..., n
gives the Fibonacci numbers and C(n - k + 1, k) for size k; confirmed by listing every
subset (at most 2^20).
"""

from __future__ import annotations

from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.subset_conditions import one_rule_question
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_APART = (r"(?: (?:that|which))? (?:contain|contains|include|includes|have|has) no #2 "
          r"consecutive (?:integers|numbers|elements|members)\b|(?: (?:that|which))? (?:do|does) "
          r"not (?:contain|include|have) (?:any )?#2 consecutive (?:integers|numbers|elements|"
          r"members)\b| (?:with|having) no #2 consecutive (?:integers|numbers|elements|members)\b")


def _by_members(members: list[int], k: int | None) -> int:
    """Subsets with no two members differing by 1, built up member by member: ways[j] counts
    the subsets of j elements so far, split by whether the last member seen is taken."""
    size = len(members) + 1
    out = [1] + [0] * (size - 1)  # last member not taken (or none yet)
    took = [0] * size  # last member taken
    prev = None
    for x in sorted(members):
        blocked = prev is not None and x - prev == 1
        new_took = [0] + [out[j - 1] + (0 if blocked else took[j - 1]) for j in range(1, size)]
        out = [out[j] + took[j] for j in range(size)]
        took, prev = new_took, x
    return sum(out[j] + took[j] for j in range(size) if k is None or j == k)


def spaced_subsets(split: Split, template: str) -> Result | None:
    if "subset" not in template or not quick(template, "consecutive"):
        return None
    q = one_rule_question(Wording.of(split, template), _APART)
    if q is None:
        return None
    members, k, words = q.members, q.k, q.kinds
    n = len(members)
    if "proper" in words:
        raise Decline("proper subsets with no two consecutive members")
    nonempty = "non-empty" in words or "nonempty" in words
    value = _by_members(members, k) - (nonempty and k is None)
    if value <= 0:
        raise Decline("no subset qualifies: a misreading is more likely")

    def listed() -> int:
        return sum(1 for j in (range(n + 1) if k is None else [k])
                   for c in combinations(sorted(members), j)
                   if all(b - a != 1 for a, b in zip(c, c[1:], strict=False))
                   and not (nonempty and j == 0))

    confirm.count(value, listed, "subsets (listing them)")
    run = sorted(members) == list(range(min(members), min(members) + n))
    if run and k is not None:
        claim = f"\\binom{{{n - k + 1}}}{{{k}}} = {value}"
        hint = (f"Take the {k} chosen numbers out of the row and put gaps back: choose their "
                f"places among the {n - k + 1} spots left by the other {n - k}.")
    else:
        claim = f"N = {value}"
        hint = ("Go through the numbers in order: each is left out, or taken when the number "
                "just below it was not." + (" Leave out the empty set." if nonempty else ""))
    return sp.Integer(value), [step("count member by member", hint, f"${claim}$", claim)]


__all__ = ["spaced_subsets"]
