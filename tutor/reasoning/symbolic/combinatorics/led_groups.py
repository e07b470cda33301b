"""Reader of a group of k chosen from n in which one of the k is given a role (the captain
of a team, the chair of a committee, the leader of a group).

Phrasings reached: "A team of 5 players is to be chosen from 9 players, and one of the five
is to be captain. How many ways can this be done?", "From a group of 10 people, a committee
of 4 is chosen, and one of the 4 is named chairperson ...", "In how many ways can a team of
5 with a designated captain be chosen from 9 players?", "A committee of 4 people, one of whom
is the chair, is to be chosen from 10 people ...".
Counted as C(n, k) groups times k choices of the leader, confirmed as n choices of the leader
times C(n - 1, k - 1) others, and by listing (group, leader) pairs when few.
"""

from __future__ import annotations

from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.pool_words import plain_pool
from tutor.reasoning.symbolic.combinatorics.roles import CHOICE_GLUE
from tutor.reasoning.symbolic.combinatorics.selections import ASK, POOLS
from tutor.reasoning.symbolic.combinatorics.two_group_choices import SIZE
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_ROLE = (r"(?P<role>captain|chair|chairperson|chairman|chairwoman|leader|head|spokesperson|"
         r"coordinator|foreman|president|goalie|goalkeeper|setter|pitcher|spokesman|"
         r"spokeswoman)")
_MADE = (r"(?:is |to be |will be |must be |is to be |being |gets |can be |shall be )?(?:named |"
         r"chosen |chosen as |appointed |appointed as |designated |designated as |made |"
         r"selected |selected as |elected |elected as |picked |picked as |serves as |acts as "
         r")?(?:as )?(?:the |a |an |its )?")
# the leader is one of the k: "one of the 4", "one of them", "one of whom", "one member"
_ONE_OF = (r"(?:one|#1) (?:of (?:the (?:#(?P<k3>\d+)|members|people|players|persons|students|"
           r"chosen)|them|these|those|whom|its members)|member(?: of (?:the|it))?)")
_LEAD = [
    r",? (?:and (?:then )?|then )?(?:designate|name|appoint|choose|select|pick|elect|make) "
    + _ONE_OF + r" (?:as |to be )?(?:the |a |its )?" + _ROLE + r"\b",
    r",? (?:and |with |where |in which )?" + _ONE_OF + r" " + _MADE + _ROLE + r"\b,?",
    r" with (?:a |an |one )?(?:designated |named |chosen |appointed )?" + _ROLE + r"\b",
]
# "a team of 5 players" (the group's size said with the pool's noun)
_SIZE = (SIZE + r"| (?:a |an )?(?:starting )?(?:committee|team|group|panel|squad|crew) "
         r"(?:consisting )?of #(?P<k4>\d+) "
         r"(?:players|workers|volunteers|athletes|children|kids|scouts|employees)\b")
_DONE = r" (?:in )?how many (?:different |possible )*ways can (?:this|it) be done\b"
# "a starting lineup of a goalie and 10 regular players": the leader and k others
_LINEUP = (r" (?:choose|select|pick|form) (?:a |the )?(?:starting )?(?:lineup|line-up|team) "
           r"(?:consisting )?of (?:a|an|one) " + _ROLE + r" and #(?P<others>\d+) (?:regular |"
           r"other )?(?:players|members|people)\b")
# the others have no places among them: "(the regular players are interchangeable)", "(the
# other five positions are interchangeable, so the order in which they are chosen does not
# matter)"
_ALIKE = (r",? \(?(?:the|all)(?: (?:regular|other|remaining))?(?: #\d+)?(?: (?:players|members|"
          r"people|positions|ones))?(?: positions)? are (?:interchangeable|all alike)(?:, so the "
          r"order in which they are (?:chosen|picked|selected) does not matter)?\.?\)?")
_LINEUP_ASK = (r" how many (?:different |possible )*(?:starting )?(?:lineups|line-ups|teams)\b"
               r"| (?:in )?how many (?:different |possible )*ways can (?:i|we|you|the coach) (?:do "
               r"(?:that|this|it)|choose (?:the|my|our) (?:starting )?(?:team|lineup|group))\b")


def led_groups(split: Split, template: str) -> Result | None:
    if not quick(template, "captain", "chair", "leader", "head", "spokesperson", "coordinator",
                 "foreman", "president", "goalie", "goalkeeper", "setter", "pitcher",
                 "spokes") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    plain_pool(w)  # "our chess team has 12 players": the team's kind changes nothing
    w.take(_ALIKE)
    lineup = w.take(_LINEUP)
    lead = lineup + [m for p in _LEAD for m in w.take(p)]
    # "from a group of 10 people" (the first two): the pool, not the group chosen
    pools = [m for p in POOLS[:2] for m in w.take(p)]
    size = w.take(_SIZE)
    pools += [m for p in POOLS[2:] for m in w.take(p)]
    ask = w.take(_DONE) + w.take(_LINEUP_ASK) + w.take(ASK)
    size += lineup
    if not size and len(ask) == 1 and ask[0].groupdict().get("k"):  # "how many 4-person ..."
        size = [ask[0]]
    if len(lead) != 1 or len(pools) != 1 or len(size) != 1 or len(ask) != 1 or \
            not w.only_glue(CHOICE_GLUE | {"formed", "is", "to", "be", "chosen", "in", "of",
                                           "people", "players", "members", "a", "an", "the",
                                           "and", "with", "made", "then", "it", "club", "team",
                                           "group", "have", "has", "our", "my", "starting"}):
        return None
    n = int(pools[0].group("n"))
    s = size[0]
    k = int(s.group("k") or s.groupdict().get("k2") or s.groupdict().get("k4") or 0) \
        if s.groupdict().get("others") is None else int(s.group("others")) + 1
    said = lead[0].groupdict().get("k3")
    if said and int(said) != k:
        raise Decline("the leader is said to be one of another number")
    if not 2 <= k < n <= 60:
        raise Decline("a group of a modest size, smaller than the pool")
    role = lead[0].group("role")
    v = comb(n, k) * k
    if v <= _LIST:
        confirm.count(v, lambda: sum(1 for c in combinations(range(n), k) for _ in c),
                      "choices of a group and its leader (listing them)")
    confirm.count(v, lambda: n * comb(n - 1, k - 1), "choices (the leader first, then the "
                  "others)")
    claim = f"\\binom{{{n}}}{{{k}}} \\cdot {k} = {comb(n, k)} \\cdot {k} = {v}"
    return sp.Integer(v), [step(f"choose the group, then the {role}", f"Choose the {k} from "
                                f"the {n} in no order ($\\binom{{{n}}}{{{k}}}$ ways); any of "
                                f"the {k} can be the {role}.", f"${claim}$", claim)]


__all__ = ["led_groups"]
