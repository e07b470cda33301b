"""Reader of different (or identical) prizes given to people: "In how many ways can 3
different prizes be awarded to 10 students if no student receives more than one prize?"
(10 * 9 * 8), "... if a student may receive more than one prize?" (10^3).

The prizes must be said to differ ("3 different prizes", "distinct awards") or to be alike
("3 identical prizes": a choice of winners, C(n, k), or of a multiset of them,
C(n + k - 1, k)). Whether one person may get two prizes must be said too; otherwise the
question reads two ways and is declined. Counts are confirmed by listing every way for small
cases, else by a second formula (choose the winners, then order them; or count by how many
prizes the first person gets).
"""

from __future__ import annotations

from itertools import combinations, combinations_with_replacement
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.product_rule import falling_count, power_count
from tutor.reasoning.symbolic.combinatorics.selections import FOLK
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PRIZE = r"(?:prizes|awards|medals|gifts|trophies|scholarships)"
_GIVE = r"(?:given|awarded|distributed|handed out|given out|presented|shared out)"
_WHAT = (r" (?:in )?how many (?:different |distinct |possible )*ways (?:can|could|are there "
         r"to) #(?P<k>\d+) (?:different|distinct|(?P<same>identical|indistinguishable)) "
         + _PRIZE + r" (?:be )?" + _GIVE + r" (?:to|"
         r"among) (?:a (?:group|class|team|club) of )?#(?P<n>\d+) (?P<who>" + FOLK + r")\b")
_ONCE = (r",? (?:if|so that|where|assuming(?: that)?) (?:no|each) (?:#1 )?(?:[a-z]+ )?(?:can |may "
         r"|is allowed to )?(?:receives?|gets?|wins?|receive|get|win) (?:more than|at most) #1"
         r"(?: " + r"(?:prize|award|medal|gift|trophy|scholarship))?\b")
_SHARED = (r",? (?:if|so that|where|assuming(?: that)?) (?:a|any|each|one) (?:#1 )?(?:[a-z]+ )?"
           r"(?:can|may|is allowed to) (?:receive|get|win) (?:more than #1|any number of|several)"
           r"(?: " + _PRIZE + r"| (?:prize|award|medal|gift|trophy|scholarship))?\b")
_LIST = 200_000


def prizes(split: Split, template: str) -> Result | None:
    if not quick(template, "prize", "award", "medal", "gift", "troph", "scholarship") \
            or not quick(template, "how many"):
        return None
    w = Wording.of(split, template)
    what, once, shared = w.take(_WHAT), w.take(_ONCE), w.take(_SHARED)
    if len(what) != 1 or not w.only_glue():
        return None
    if len(once) + len(shared) != 1:
        raise Decline("it is not said whether one person may receive two prizes")
    k, n = int(what[0].group("k")), int(what[0].group("n"))
    if not (1 <= k <= 12 and 1 <= n <= 200):
        raise Decline("a few prizes and a modest group")
    if what[0].group("same"):
        return _identical(n, k, bool(once))
    if once:
        if k > n:
            raise Decline("more prizes than people")
        v = falling_count(n, k, "ways", "choose the winners, then give them the prizes", _LIST)
        claim = " \\cdot ".join(str(n - i) for i in range(k)) + f" = {v}"
        return sp.Integer(v), [step("give the prizes in turn", f"The first prize can go to any "
                                    f"of the {n}; each next prize to one person fewer.",
                                    f"${claim}$", claim)]
    v = power_count(n, k, "ways", "by how many prizes the first person gets", _LIST)
    claim = f"{n}^{{{k}}} = {v}"
    return sp.Integer(v), [step("give the prizes in turn", f"One person may get several, so "
                                f"each of the {k} prizes can go to any of the {n}.",
                                f"${claim}$", claim)]


def _identical(n: int, k: int, once: bool) -> Result:
    """Identical prizes: only who wins (and how many each) matters. At most one each: C(n, k)
    sets of winners; any number each: C(n + k - 1, k) multisets of winners. Confirmed by
    listing them."""
    if once and k > n:
        raise Decline("more prizes than people")
    v = comb(n, k) if once else comb(n + k - 1, k)
    if v > _LIST:
        raise Decline("too many ways to list")
    pick = combinations if once else combinations_with_replacement
    confirm.count(v, lambda: sum(1 for _ in pick(range(n), k)), "ways (listing the winners)")
    claim = (f"\\binom{{{n}}}{{{k}}} = {v}" if once else
             f"\\binom{{{n} + {k} - 1}}{{{k}}} = {v}")
    hint = ("The prizes are alike, so only the set of winners matters." if once else
            "The prizes are alike and one person may get several: count how many each gets.")
    return sp.Integer(v), [step("choose the winners", hint, f"${claim}$", claim)]


__all__ = ["prizes"]
