"""Readers of choices where it matters who gets what: officers with different roles
(president, vice-president, treasurer ...) chosen from a group, and k of one group with
j of another.

Phrasings reached: "In how many ways can a president and a vice-president be chosen
from a group of 8 people if no one can hold both offices?", "Our club has 15 members.
In how many ways can we pick a president, a secretary and a treasurer, if no member can
hold more than one office?", "A class has 6 boys and 9 girls. In how many ways can the
teacher choose 2 boys and 3 girls?" ...
Whether one person may hold two roles must be said: without it the question reads two
ways and is declined.
"""

from __future__ import annotations

import re
from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.product_rule import falling_count, power_count
from tutor.reasoning.symbolic.combinatorics.selections import ASK, POOLS, by_products
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 100_000
ROLE = (r"(?:president|vice[- ]president|secretary|treasurer|captain|co-captain|vice-captain|"
        r"chair|chairperson|vice-chair|manager|leader|spokesperson|historian|first place|"
        r"second place|third place)")
ROLES = (r" (?:a |an |the )?(?P<roles>" + ROLE + r"(?:,? (?:and )?(?:a |an |the )?" + ROLE
         + r")+)\b")
ONE_ROLE_EACH = (
    r" \(?(?:if |assuming (?:that )?|where |and |given that )?(?:no|individual) "
    r"(?:#1|member|person|one|people|members|student|students|player|players|"
    r"candidate|volunteer) "
    r"(?:(?:can|may|is allowed to|are allowed "
    r"to|can only) (?:hold|serve in|serve as|have|fill|take)|holds|serves in|serves as|fills"
    r"|takes) (?:more than #1|at most #1|"
    r"both|#2|only #1) (?:of the )?(?:offices?|positions?|roles?|jobs?)\b"
    r"| \(?(?:if |assuming (?:that )?|given that )?(?:no|individual) (?:#1|one|member|"
    r"person|student|player) (?:can|may|is allowed to) (?:be|hold) both\b"
    # "if one person cannot hold both jobs"
    r"| \(?(?:if |assuming (?:that )?|given that )?(?:#1|one|a|any) (?:person|member|student|"
    r"player) (?:cannot|can not|may not|must not|is not allowed to) (?:hold|fill|take|have|"
    r"serve in|serve as) (?:both|more than #1|#2) (?:of the )?(?:offices?|positions?|roles?|"
    r"jobs?)\b"
    r"| \(?(?:if |assuming (?:that )?)?(?:the )?" + ROLE + r" and (?:the )?" + ROLE
    + r" (?:cannot|can not|may not|must not) be the same person\b"
    r"| \(?(?:if |where |and |given that )?(?:they|the #2|the two|the #2 officers) (?:must be|are"
    r"|have to be) (?:#2 )?different (?:people|persons|members|players|students)\b")
# one person may hold several roles: "if one person can hold more than one office",
# "members may hold more than one position", "(individual members can hold several offices)"
SHARED_ROLES = (
    r" \(?(?:if |assuming (?:that )?|where |and |given that )?(?:#1 person|a person|one person|"
    r"a member|#1 member|one member|members|people|individual members|the same person|"
    r"any member|any person) (?:can|may|is allowed to|are allowed to) (?:hold|fill|serve in|"
    r"take|have) (?:more than #1|several|multiple|any number of|both|all) (?:of the )?(?:offices|"
    r"office|positions|position|roles|role|jobs|job)\b\)?")
# words a choice of people may leave behind (also read by `two_group_choices`)
CHOICE_GLUE = frozenset("can be are there do that this so i we need needs to want wants choose "
                  "select pick elect fill appoint chosen selected picked elected filled "
                  "appointed from if elects appoints names officers offices positions roles done "
                  "wishes wish"
                  .split())


def officers(split: Split, template: str) -> Result | None:
    if not quick(template, "president", "secretary", "treasurer", "captain", "place") \
            or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    once, shared = w.take(ONE_ROLE_EACH), w.take(SHARED_ROLES)
    roles = w.take(ROLES)
    ask = w.take(ASK)
    pools = [m for p in POOLS for m in w.take(p)]
    if len(roles) != 1 or len(ask) != 1 or len(pools) != 1 or not w.only_glue(CHOICE_GLUE):
        return None
    if len(once) + len(shared) != 1:
        raise Decline("it is not said whether one person may hold two roles")
    names = re.findall(ROLE, roles[0].group("roles"))
    n, r = int(pools[0].group("n")), len(names)
    if shared:
        return _shared(n, names)
    if len(set(names)) != r or not 2 <= r <= n <= 200:
        raise Decline("different roles, no more than the people")
    v = falling_count(n, r, "choices of officers", "choose them, then order", _LIST)
    claim = " \\cdot ".join(str(n - i) for i in range(r)) + f" = {v}"
    return sp.Integer(v), [step("fill the roles in turn", f"The {names[0]} can be any of the "
                                f"{n}; each next role has one person fewer to choose from.",
                                f"${claim}$", claim)]



def _shared(n: int, names: list[str]) -> Result:
    """r different roles, each given to any of the n (one person may hold several): n^r."""
    r = len(names)
    if len(set(names)) != r or not (2 <= r <= 8 and 1 <= n <= 200):
        raise Decline("a few different roles")
    v = power_count(n, r, "choices of officers", "by how many roles the first person holds",
                    _LIST)
    claim = f"{n}^{{{r}}} = {v}"
    return sp.Integer(v), [step("fill the roles in turn", f"One person may hold several roles, "
                                f"so each of the {r} roles can go to any of the {n}.",
                                f"${claim}$", claim)]


_HEAD = (r" (?:a |an |the )?(?P<role>" + ROLE + r") and (?:a |an |the )?(?:#(?P<k>\d+)-(?:person|"
         r"member) (?P<g>committee|subcommittee|team|group|panel|crew)|(?P<g2>committee|"
         r"subcommittee|team|group|panel|crew) of #(?P<k2>\d+)(?: (?:people|members|persons|"
         r"students))?)\b")
_APART = (r",? \(?(?:(?:where|if|and|assuming (?:that )?|given that) )?(?:the (?P<r1>" + ROLE
          + r") (?:cannot|can not|may not|must not|is not (?:allowed|permitted) to) (?:be|serve) "
          r"(?:on|in|part of) the (?P<g1>[a-z]+)|the (?P<r2>" + ROLE + r") is not (?:on|in|part "
          r"of|a member of) the (?P<g3>[a-z]+)|not including the (?P<r3>" + ROLE + r"))\b\.?"
          r"\)?")
_NO_ORDER = (r" \(?(?:where |and )?the order in which (?:we |they |you |the )?(?:[a-z]+ )?"
             r"(?:choose|select|pick|chosen|selected|picked) (?:the )?(?:#\d+ )?(?:[a-z]+ )?"
             r"(?:does not|doesn't) matter\)?")


def head_and_group(split: Split, template: str) -> Result | None:
    """One officer and a group of k others chosen from n ("a president and a 2-person
    committee ... the president cannot be on the committee"): n C(n - 1, k), confirmed by
    listing the choices or as C(n, k)(n - k) (the group first, then the officer)."""
    if not quick(template, "committee", "team", "group", "panel", "crew") or not quick(
            template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    w.take(_NO_ORDER)
    apart, head = w.take(_APART), w.take(_HEAD)
    ask, pools = w.take(ASK), [m for p in POOLS for m in w.take(p)]
    if len(head) != 1 or len(ask) != 1 or len(pools) != 1 or len(apart) > 1 or not w.only_glue(
            CHOICE_GLUE | {"done", "this", "chosen", "picked", "formed"}):
        return None
    h = head[0]
    if len(apart) != 1:
        raise Decline("it is not said whether the officer may also be in the group")
    a = apart[0]
    role = a.group("r1") or a.group("r2") or a.group("r3")
    group = a.group("g1") or a.group("g3") or h.group("g") or h.group("g2")
    if role != h.group("role") or group != (h.group("g") or h.group("g2")):
        raise Decline("the condition is about another role or group")
    n, k = int(pools[0].group("n")), int(h.group("k") or h.group("k2"))
    if not 1 <= k < n <= 200:
        raise Decline("a group smaller than the pool")
    v = n * comb(n - 1, k)
    if v <= _LIST:
        confirm.count(v, lambda: sum(1 for p in range(n) for c in combinations(range(n), k)
                                     if p not in c), "choices (listing them)")
    else:
        confirm.count(v, lambda: by_products(n, k) * (n - k), "choices (the group first)")
    claim = f"{n} \\cdot \\binom{{{n - 1}}}{{{k}}} = {v}"
    return sp.Integer(v), [step("choose the officer, then the group", f"The {role} is any of "
                                f"the {n}; the {group} is {k} of the other {n - 1}, in no order.",
                                f"${claim}$", claim)]


__all__ = ["CHOICE_GLUE", "ONE_ROLE_EACH", "ROLE", "ROLES", "head_and_group", "officers"]
