"""Reader of how many rolls (or tosses) make a repeated total certain, by the pigeonhole
principle: "What is the minimum number of times you must roll two fair six-sided dice to be
sure that the same sum is rolled twice?", "how many times do i have to roll 4 standard dice
to guarantee the same total comes up twice", "How many times must you toss 5 coins to be
certain that the same number of heads shows up twice?".

With v possible totals, v rolls can all differ and roll v + 1 must repeat one: the answer is
v + 1. The totals are counted as the formula n(s - 1) + 1 for the sum of n dice of s faces
(n + 1 for the heads among n coins) and again by listing every outcome and collecting its
total. "Likely" or "probably" is another question, left unread and declined.
"""

from __future__ import annotations

from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import FAIR
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_THROW = r"(?:roll|throw|toss|flip)"
_THINGS = (r"(?:#(?P<n>\d+) |(?P<a>a) )" + FAIR + r"(?:#(?P<s>\d+)-(?:sided|faced) )?" + FAIR
           + r"(?P<what>dice|die|coins|coin)\b")
_ASK = [
    r" (?:what is )?the (?:minimum|least|smallest|fewest) number of times (?:that )?(?:you|i|we|"
    r"one|he|she) (?:must|need to|have to|has to|should|would have to) " + _THROW + r" " + _THINGS,
    r" (?:what is )?the (?:minimum|least|smallest|fewest) number of times (?:that )?" + _THINGS
    + r" (?:must|need to|have to|should) be (?:rolled|thrown|tossed|flipped)",
    r" how many times (?:must|do|does|would|should) (?:you|i|we|one|he|she) (?:have to |need to )?"
    + _THROW + r" " + _THINGS]
_GOAL = (r" (?:in order )?to (?:guarantee|ensure|be sure|be certain|make sure)(?: that)? the same "
         r"(?P<stat>sum|total|number of heads|number of tails) (?:is (?:rolled|thrown|tossed|"
         r"obtained|shown)|comes up|appears|shows up|shows|occurs|turns up) twice\b")
_SIDES_LIMIT = 1_000_000


def repeated_totals(split: Split, template: str) -> Result | None:
    if not quick(template, "twice") or not quick(template, "guarantee", "ensure", "sure",
                                                   "certain"):
        return None
    w = Wording.of(split, template)
    w.pronoun_i()
    ask = [m for p in _ASK for m in w.take(p)]
    goal = w.take(_GOAL)
    if len(ask) != 1 or len(goal) != 1 or not w.only_glue():
        return None
    m, stat = ask[0], goal[0].group("stat")
    n = 1 if m.group("a") else int(m.group("n"))
    coins = m.group("what").startswith("coin")
    if (m.group("what") in ("die", "coin")) != (n == 1) or coins != stat.startswith("number"):
        raise Decline("the things thrown and the total counted agree")
    if coins and m.group("s"):
        raise Decline("coins with sides told")
    s = 2 if coins else int(m.group("s") or 6)
    if not 1 <= n <= 12 or not 2 <= s <= 100 or s ** n > _SIDES_LIMIT:
        raise Decline("a modest number of dice or coins")
    values = n + 1 if coins else n * (s - 1) + 1
    confirm.count(values, lambda: len({sum(o) for o in product(range(s), repeat=n)}),
                  "possible totals (listing every outcome)")
    v = values + 1
    what = "numbers of heads" if stat.endswith("heads") else (
        "numbers of tails" if coins else "sums")
    claim = f"{values} + 1 = {v}"
    return sp.Integer(v), [step("pigeonhole", f"There are {values} possible {what}; that many "
                                "throws can all differ, and one more must repeat one of them.",
                                f"${claim}$", claim)]


__all__ = ["repeated_totals"]
