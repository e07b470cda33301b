"""Reader of named people each taking one thing of a different kind from a stock: "A pet shop
has 4 rabbits, 3 guinea pigs and 5 goldfish. Mia, Leo and Ava each want to buy a pet, and they
each want a different kind of pet. In how many ways can they buy their pets?", "... and no two
of them adopt the same kind of pet", "tom and jen each buy one dessert but they want different
kinds".

The things are all different (4 rabbits are 4 animals) and the people are told apart by their
names. The people take m different kinds, in order, each kind with its count of choices: the
sum over ordered choices of m different kinds of the product of their counts (m! times the sum
of the products of m counts). Confirmed by listing every way each person takes one thing of
the stock and keeping those where no two kinds are alike. Fewer kinds than people, or no
'different kind' said, is declined.
"""

from __future__ import annotations

import re
from itertools import combinations, product
from math import factorial, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_KIND = r"#\d+ [a-z]+(?:-[a-z]+)?(?: [a-z]+(?:-[a-z]+)?)?"
_STOCK = (r" (?:a|an|the|our|my) (?:[a-z]+ )?[a-z]+ (?:has|sells|offers|holds|stocks) (?P<list>"
          + _KIND + r"(?:(?:,|,? and) " + _KIND + r")+)(?= ?[.;])")
_NAMES = r"(?!(?:they|we|you|the|a|an|if)\b)[a-z]+(?:, [a-z]+)*,? and [a-z]+"
_TAKE = r"(?:buy|choose|pick|adopt|take|get|select)"
_PEOPLE = (r"(?:(?<=^ )|(?<=[.?!] ))(?P<names>" + _NAMES + r") (?:each )?(?:want to |will |)"
           r"(?:each )?" + _TAKE + r"s? (?:a|an|one|#1) (?P<cat>[a-z]+)\b")
_DIFFERENT = [
    r",? (?:and|but) (?:they )?(?:each )?wants? (?:a )?different kinds?(?: of (?P<cat>[a-z]+))?\b",
    r",? and no (?:two|#2) of them " + _TAKE + r" the same kind of (?P<cat>[a-z]+)\b"]
_ASK = (r" (?:in )?how many (?:different )?ways can (?P<who>they|" + _NAMES + r") (?:" + _TAKE
        + r"|do)(?: (?:their|the) (?P<thing>[a-z]+)| it| this| them)?\b")
_LIST = 200_000


def different_kinds(split: Split, template: str) -> Result | None:
    if not quick(template, "different kind", "same kind") or not quick(template, "how many"):
        return None
    w = Wording.of(split, template)
    stock, people = w.take(_STOCK), w.take(_PEOPLE)
    different = [m for p in _DIFFERENT for m in w.take(p)]
    ask = w.take(_ASK)
    if len(stock) != 1 or len(people) != 1 or len(different) != 1 or len(ask) != 1 or \
            not w.only_glue():
        return None
    names = re.split(r",? and |, ", people[0].group("names"))
    who = ask[0].group("who")
    cat = different[0].groupdict().get("cat")
    if who != "they" and re.split(r",? and |, ", who) != names or len(set(names)) != len(names):
        raise Decline("the people asked about are the people told")
    if cat and cat.rstrip("s") != people[0].group("cat").rstrip("s"):
        raise Decline("the kinds are kinds of the thing each person takes")
    thing = ask[0].group("thing")
    if thing and thing.rstrip("s") != people[0].group("cat").rstrip("s"):
        raise Decline("the ways asked are ways to take the things told, not their kinds")
    parts = re.split(r",? and |, ", stock[0].group("list"))
    counts = [int(p.split()[0].lstrip("#")) for p in parts]
    kinds = [p.split(" ", 1)[1] for p in parts]
    m = len(names)
    if len(set(kinds)) != len(kinds) or not all(counts):
        raise Decline("kinds each named once, with things of each")
    if m > len(kinds):
        raise Decline("fewer kinds than people, each wanting a different kind")
    v = factorial(m) * sum(prod(c) for c in combinations(counts, m))
    _confirm(counts, m, v)
    picks = " + ".join(" \\cdot ".join(str(x) for x in c) for c in combinations(counts, m))
    claim = f"{m}! \\left({picks}\\right) = {v}"
    return sp.Integer(v), [step("choose the kinds, then the things", f"The {m} people take "
                                f"{m} different kinds in order; each kind gives as many "
                                "choices as there are things of it.", f"${claim}$", claim)]


def _confirm(counts: list[int], m: int, v: int) -> None:
    """Every way each person takes one thing of the stock, kept when no two kinds agree."""
    things = [k for k, c in enumerate(counts) for _ in range(c)]
    if len(things) ** m > _LIST:
        raise Decline("too many choices to list")
    confirm.count(v, lambda: sum(1 for t in product(things, repeat=m) if len(set(t)) == m),
                  "ways (listing every choice of a thing for each person)")


__all__ = ["different_kinds"]
