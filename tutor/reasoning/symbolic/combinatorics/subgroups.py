"""Reader of choices from a group with a named part: k chosen from n people, s of whom
are teachers (twins, seniors, girls ...), with all, both, none, exactly j, at least j or
at most j of that part among the chosen.

Phrasings reached: "A club has 12 members, 5 of whom are seniors. In how many ways can a
4-person committee with at least one senior be chosen?", "Our team has 15 players,
including a set of 3 triplets: ann, bea and cal. In how many ways can we choose 5
starters if exactly two of the triplets are in the lineup?", "... if none of the teachers
are on it?", "... with at least one member who is a teacher?".
The count is the sum of C(s, i) C(n - s, k - i) over the allowed i
(`two_group_choices.split_by_group`), confirmed by listing the committees or as all of them
minus the others.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.selections import ASK
from tutor.reasoning.symbolic.combinatorics.two_group_choices import split_by_group
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_BODY = (r"(?:team|club|class|committee|group|department|company|school|board|staff|office|"
         r"council|band|choir|squad|crew|family|panel|troop|society|clinic|hospital|ward|lab|"
         r"laboratory|firm|shop|store|restaurant|orchestra)")
_WHO = (r"(?:people|persons|members|players|students|pupils|employees|workers|athletes|"
        r"teachers|friends|candidates|volunteers|scientists|doctors|nurses|musicians|"
        r"delegates|applicants|children|kids|adults|runners|swimmers|dancers|singers)")
_POOL = [
    r" (?:a|an|the|our|my|his|her|their) (?:[a-z']+ ){0,3}?" + _BODY + r" (?:has|of|with|"
    r"contains|consists of|is made up of) #(?P<n>\d+) " + _WHO + r"\b",
    r" there are #(?P<n>\d+) " + _WHO + r" (?:in|on) (?:a|an|the|our|my|his|her|their) "
    r"(?:[a-z']+ ){0,3}?" + _BODY + r"\b",
    r" (?:from|out of|among) (?:a group of |the )?#(?P<n>\d+) " + _WHO + r"\b",
]
# the named part: "including (a set of) 3 triplets(: ann, bea and cal)", "5 of whom are seniors"
_NAMES = r"(?P<names>: [a-z]+(?:, [a-z]+)*,? and [a-z]+)?"
_PART = [
    r"(?:,? including|,? among (?:them|whom)|, and) (?:a set of |a pair of |the )?#(?P<s>\d+) "
    r"(?P<sn>[a-z]+s)\b" + _NAMES,
    r"(?:,|\.|;) (?:exactly )?#(?P<s>\d+) of (?:whom|them|these|the " + _WHO + r"|these "
    + _WHO + r") are (?P<sn>[a-z]+s)\b",
]
_SIZE = [
    r" (?:a |an )?#(?P<k>\d+)-(?:person|member|player|student) (?:committee|subcommittee|team|"
    r"group|panel|delegation|lineup|line-up|squad)\b",
    r" (?:a |an )?(?:committee|subcommittee|team|group|panel|delegation) of #(?P<k>\d+)"
    r"(?: " + _WHO + r")?\b",
    r" (?:choose|select|pick|form|name) #(?P<k>\d+) (?:starters|" + _WHO + r"|of them)\b",
]
_IN = (r"(?: (?:are|is|be|must be|are all|get) (?:in|on|included in|chosen for|selected for|part "
       r"of|chosen|selected|included)(?: (?:the|it|this)(?: starting)?(?: (?:lineup|line-up|"
       r"committee|subcommittee|team|group|panel|selection|squad))?)?)")
_RULE = [
    r" (?:if|so that|such that|where|and) (?P<q>all|both|none|neither)(?: #(?P<a>\d+))?(?: of)?"
    r"(?: the)?(?: #(?P<b>\d+))? (?P<sn>[a-z]+)" + _IN + r"(?= ?[?.,]| ?$)",
    r" (?:if|so that|such that|where|and) (?P<q>exactly|at least|at most) #(?P<j>\d+) of the "
    r"(?P<sn>[a-z]+)" + _IN + r"(?= ?[?.,]| ?$)",
    r" (?:with|that (?:has|have|includes?|contains?)|having|including|which (?:has|have|includes?"
    r"|contains?)|(?:if|so that|such that) (?:it|the (?:committee|subcommittee|team|group|"
    r"panel)) (?:must )?(?:has|have|includes?|contains?)|(?:(?<=committees )|(?<=teams )|"
    r"(?<=groups )|(?<=panels ))(?:contain|include|have)) (?P<q>exactly|at least|at most|no) "
    r"(?:#(?P<j>\d+) )?(?:(?:member|"
    r"person|people|members)s? (?:who (?:is|are) )?(?:an? )?)?(?P<sn>[a-z]+)\b",
]
_GLUE = frozenset("be can are is there formed chosen selected picked made must we i you choose "
                  "select pick form name committees subcommittees teams groups panels lineups "
                  "starting lineup selections possible different distinct so that such "
                  "if".split())


def _same(word: str, part: str) -> bool:
    return word == part or word + "s" == part or word + "es" == part


def part_choices(split: Split, template: str) -> Result | None:
    if not quick(template, "how many", "number of") or not quick(
            template, " of whom", "including", "among them", " of them are", " of these"):
        return None
    w = Wording.of(split, template)
    pool = [m for p in _POOL for m in w.take(p)]
    if pool:  # the pool said again: "formed from the members of the planning committee"
        w.take(r" (?:from|out of|among) (?:the|its|their) " + _WHO + r"(?: of (?:the|our|this) "
               r"(?:[a-z']+ ){0,3}?" + _BODY + r")?(?= ?[.,?])")
    part = [m for p in _PART for m in w.take(p)]
    size = [m for p in _SIZE for m in w.take(p)]
    rule = [m for p in _RULE for m in w.take(p)]
    ask = w.take(ASK)
    if len(pool) != 1 or len(part) != 1 or len(rule) != 1 or len(ask) != 1 or \
            len(size) + bool(ask[0].group("k")) != 1 or not w.only_glue(_GLUE):
        return None
    n, s = int(pool[0].group("n")), int(part[0].group("s"))
    k = int(size[0].group("k") if size else ask[0].group("k"))
    noun = part[0].group("sn")
    names = part[0].groupdict().get("names")
    if names and len(re.findall(r"[a-z]+", names.replace(" and ", " "))) != s:
        raise Decline("the names listed are not the number said")
    r = rule[0]
    if not _same(r.group("sn"), noun):
        raise Decline("the condition names a group there is not")
    if not 1 <= s < n or not 1 <= k <= n:
        raise Decline("a part of the group and a committee no larger than the group")
    q, said = r.group("q"), [int(x) for x in (r.groupdict().get("a"), r.groupdict().get("b"))
                             if x]
    if said and said != [s] * len(said):
        raise Decline("the part's size said two ways")
    if q in ("both", "neither") and s != 2:
        raise Decline("'both' of a part that is not two")
    if q in ("all", "both"):
        return split_by_group(s, n - s, k, lambda i: i == s, noun)
    if q in ("none", "neither", "no"):
        return split_by_group(s, n - s, k, lambda i: i == 0, noun)
    j = int(r.group("j")) if r.group("j") else None
    if j is None:
        raise Decline("how many of the part is not said")
    ok = {"exactly": lambda i: i == j, "at least": lambda i: i >= j,
          "at most": lambda i: i <= j}[q]
    return split_by_group(s, n - s, k, ok, noun)


__all__ = ["part_choices"]
