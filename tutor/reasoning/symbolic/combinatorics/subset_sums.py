"""Reader of subsets of a listed set of integers told by the sum of their members: "How
many subsets of {1, 2, ..., 7} have an odd sum?", "How many non-empty subsets of {1, ..., 8}
have a sum divisible by 3?", "How many subsets of {1, 2, ..., 10} have elements that add up
to 10?", with a size ("3-element subsets") or not.

The empty set's sum is 0, so whether it counts for an even sum (or a sum divisible by m, or
a sum of 0) is a convention: then "non-empty" must be said, else the problem is declined.
Counted by building the sums member by member (how many subsets of each size reach each
sum), confirmed by listing every subset (at most 2^20).
"""

from __future__ import annotations

from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.subset_conditions import (
    SUBSET_SIZE,
    SUBSETS_ASK,
    SUBSETS_OF,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick, set_members
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WHAT = (r"(?:an? (?P<par>odd|even) (?:number|integer)|#(?P<s>\d+)|a multiple of #(?P<m>\d+)|"
         r"(?P<par2>odd|even))")
_SUMS = [  # the property of the sum, said in several ways
    # "... of {1, ..., 7} have": the set's reader takes "have" with the set
    r"(?: (?:that|which))?(?: (?:have|has))? (?:an? )?(?P<par>odd|even) sum\b",
    r"(?: (?:that|which))?(?: (?:have|has))? a sum (?:of (?:its |their )?(?:elements|members) )?"
    r"(?:that is |which is )?(?:(?P<par2>odd|even)|divisible by #(?P<m>\d+)|a multiple of "
    r"#(?P<m2>\d+)|(?:of |equal to )#(?P<s>\d+))\b",
    r"(?: (?:that|which) have| with| whose)? (?:elements|members|numbers)(?: (?:that|which))? "
    r"(?:add up|sum|total) to " + _WHAT + r"\b",
    r" (?:the )?sum of whose (?:elements|members) is (?:(?P<par3>odd|even)|divisible by "
    r"#(?P<m3>\d+)|#(?P<s3>\d+))\b",
    r" whose (?:elements|members)? ?(?:sum|add up|total) to " + _WHAT + r"\b",
]


def subset_sums(split: Split, template: str) -> Result | None:
    if "subset" not in template or not quick(template, "sum", "add up", "total"):
        return None
    w = Wording.of(split, template)
    ask, sets, size = w.take(SUBSETS_ASK), w.take(SUBSETS_OF), w.take(SUBSET_SIZE)
    said = [m for p in _SUMS for m in w.take(p)]
    if len(ask) != 1 or len(sets) != 1 or len(said) != 1 or len(size) > 1 or \
            (size and ask[0].group("k")) or not w.only_glue({"are", "there", "does", "do"}):
        return None
    kinds = ask[0].group("kinds").split()
    if "proper" in kinds:
        return None
    nonempty = bool({"non-empty", "nonempty"} & set(kinds))
    members = set_members(w.maths[int(sets[0].group("set").strip("@"))])
    n = len(members)
    if len(set(members)) != n or not 1 <= n <= 20 or min(members) < 0:
        raise Decline("a listed set of at most 20 distinct non-negative integers")
    k = int(size[0].group("k")) if size else int(ask[0].group("k")) if ask[0].group("k") \
        else None
    g = {key: v for key, v in said[0].groupdict().items() if v}
    parity = next((v for key, v in g.items() if key.startswith("par")), None)
    modulus = next((int(v) for key, v in g.items() if key.startswith("m")), None)
    target = next((int(v) for key, v in g.items() if key.startswith("s")), None)

    def holds(total: int) -> bool:
        if parity is not None:
            return total % 2 == (parity == "odd")
        if modulus is not None:
            return total % modulus == 0
        return total == target
    if modulus is not None and modulus < 2:
        raise Decline("a modulus of at least 2")
    if holds(0) and k in (None, 0) and not nonempty:
        raise Decline("does the empty set, whose sum is 0, count? not said")
    # how many subsets of each size reach each sum, member by member
    ways: dict[tuple[int, int], int] = {(0, 0): 1}
    for x in members:
        for (size_, total), c in list(ways.items()):
            ways[(size_ + 1, total + x)] = ways.get((size_ + 1, total + x), 0) + c
    count = sum(c for (size_, total), c in ways.items() if holds(total) and (
        k is None and (size_ > 0 or not nonempty) or size_ == k))
    if count == 0:
        raise Decline("no subset qualifies: a misreading is more likely")

    def listed() -> int:
        return sum(1 for j in (range(n + 1) if k is None else [k]) for c in combinations(
            members, j) if holds(sum(c)) and (j > 0 or not nonempty))
    confirm.count(count, listed, "subsets (listing them)")
    what = (f"an {parity} sum" if parity else f"a sum divisible by {modulus}" if modulus
            else f"a sum of {target}")
    if parity and k is None and any(x % 2 for x in members):
        claim = f"\\frac{{2^{{{n}}}}}{{2}}{' - 1' if nonempty and parity == 'even' else ''}" \
                f" = {count}"
        odd = next(x for x in members if x % 2)
        hint = (f"Putting {odd} in or taking it out changes the parity of the sum, so the "
                f"{2**n} subsets pair off: half of them have {what}.")
        return sp.Integer(count), [step("pair the subsets", hint, f"${claim}$", claim)]
    sizes = "" if k is None else f" of {k} elements"
    return sp.Integer(count), [step("build the sums", "Add the members one at a time, keeping "
                                    "how many subsets reach each sum.", f"{count} subsets"
                                    f"{sizes} have {what}.", "")]


__all__ = ["subset_sums"]
