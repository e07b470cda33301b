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
from collections.abc import Callable
from itertools import combinations, permutations, product
from math import comb, perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.arrangements import PEOPLE
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
    r"| \(?(?:if |assuming (?:that )?)?(?:the )?" + ROLE + r" and (?:the )?" + ROLE
    + r" (?:cannot|can not|may not|must not) be the same person\b")
_GLUE = frozenset("can be are there do that this so i we need needs to want wants choose "
                  "select pick elect fill appoint chosen selected picked elected filled "
                  "appointed from if elects appoints names officers offices positions roles done "
                  "wishes wish"
                  .split())


def officers(split: Split, template: str) -> Result | None:
    if not quick(template, "president", "secretary", "treasurer", "captain", "place") \
            or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    once = w.take(ONE_ROLE_EACH)
    roles = w.take(ROLES)
    ask = w.take(ASK)
    pools = [m for p in POOLS for m in w.take(p)]
    if len(roles) != 1 or len(ask) != 1 or len(pools) != 1 or not w.only_glue(_GLUE):
        return None
    if len(once) != 1:
        raise Decline("it is not said whether one person may hold two roles")
    names = re.findall(ROLE, roles[0].group("roles"))
    n, r = int(pools[0].group("n")), len(names)
    if len(set(names)) != r or not 2 <= r <= n <= 200:
        raise Decline("different roles, no more than the people")
    v = perm(n, r)
    if v <= _LIST:
        confirm.count(v, lambda: sum(1 for _ in permutations(range(n), r)), "choices of "
                      "officers (listing them)")
    else:
        by_choose = comb(n, r) * perm(r, r)
        confirm.count(v, lambda: by_choose, "choices of officers (choose them, then order)")
    claim = " \\cdot ".join(str(n - i) for i in range(r)) + f" = {v}"
    return sp.Integer(v), [step("fill the roles in turn", f"The {names[0]} can be any of the "
                                f"{n}; each next role has one person fewer to choose from.",
                                f"${claim}$", claim)]


_NOUN = f"(?:{PEOPLE})"
_TWO_POOL = (r" (?:has|have|of|are|with|contains|from|among) #(?P<a>\d+) (?P<an>" + _NOUN
             + r") and #(?P<b>\d+) (?P<bn>" + _NOUN + r")\b")
_TWO_TAKE = (r" (?:pick|choose|select|form|chosen|selected|picked)(?: a (?:committee|group|team) "
             r"(?:of|with))? #(?P<k>\d+) (?P<kn>" + _NOUN + r") and #(?P<j>\d+) (?P<jn>" + _NOUN
             + r")\b")
_SIZE = (r" (?:a |an )?(?:committee|subcommittee|team|group|panel|delegation) of #(?P<k>\d+)"
         r"(?: people| members| persons| students)?\b"
         r"| (?:a |an )?#(?P<k2>\d+)-(?:person|member) (?:committee|subcommittee|team|group|panel"
         r"|delegation)\b")
_TWO_HAS = (r"(?: (?:if|so that|such that|where|with) (?:the (?:committee|team|group|panel) |it )?"
            r"(?:must )?| (?:the (?:committee|team|group|panel) )?must |(?:(?<=committees)|"
            r"(?<=teams)|(?<=groups)|(?<=panels)) (?:that |which )?)(?:have|has|include|includes|"
            r"contain|contains|consist of|consists of|be made up of|is made up of) (?:exactly )?"
            r"#(?P<k>\d+) (?P<kn>" + _NOUN + r") and (?:exactly )?#(?P<j>\d+) (?P<jn>" + _NOUN
            + r")\b")
_ORDER = (r" \(?the order in which (?:the )?[a-z ]+ (?:are|is) (?:chosen|selected|picked) "
          r"does not matter\.?\)?")


def _size(m: re.Match[str]) -> int:
    return int(m.group("k") or m.groupdict()["k2"])


def two_groups(split: Split, template: str) -> Result | None:
    if not quick(template, "how many", "number of") or " and " not in template:
        return None
    w = Wording.of(split, template)
    w.take_name("has|needs|wants")
    w.take(_ORDER)
    has = w.take(_TWO_HAS)  # first: "must have 2 boys and 2 girls" is not the pool
    pool, take, ask = w.take(_TWO_POOL), w.take(_TWO_TAKE) + has, w.take(ASK)
    size = w.take(_SIZE)  # "a team of 4 ... must have 2 boys and 2 girls": 4 = 2 + 2
    w.take(r" (?:is |be |are |to be |can be |must be )?(?:chosen|selected|picked|formed)\b")
    if size and len(take) == 1 and _size(size[0]) != int(take[0].group("k")) + int(
            take[0].group("j")):
        raise Decline("the group's size is not the sum of its parts")
    if len(pool) != 1 or len(take) != 1 or len(ask) != 1 or len(size) > 1 or not w.only_glue(
            _GLUE | {"there", "in", "class", "club", "group", "school", "team", "his", "her",
                     "done", "my", "our", "their", "teacher", "coach"}):
        return None
    p, t = pool[0], take[0]
    sizes = {p.group("an"): int(p.group("a")), p.group("bn"): int(p.group("b"))}
    if len(sizes) != 2 or {t.group("kn"), t.group("jn")} != set(sizes):
        raise Decline("the chosen groups are not the groups there are")
    k, j = int(t.group("k")), int(t.group("j"))
    a, b = sizes[t.group("kn")], sizes[t.group("jn")]
    if not (1 <= k <= a <= 200 and 1 <= j <= b <= 200):
        raise Decline("cannot choose that many")
    x, y = comb(a, k), comb(b, j)
    v = x * y
    if v <= _LIST:
        confirm.count(v, lambda: sum(1 for _ in product(combinations(range(a), k),
                                                         combinations(range(b), j))),
                      "choices (listing them)")
    else:
        confirm.count(v, lambda: by_products(a, k) * by_products(b, j),
                      "choices (the product formula)")
    claim = (f"\\binom{{{a}}}{{{k}}} \\binom{{{b}}}{{{j}}} = {x} \\cdot {y} = {v}")
    return sp.Integer(v), [step("choose each group", "Choose each group separately, then "
                                "multiply.", f"${claim}$", claim)]


_MIX = (r" (?:that |which |if (?:the (?:committee|team|group) |it )?)?(?:has|have|contains?|"
        r"includes?|with|must (?:have|include|contain)) (?P<cmp>exactly|at least|at most) "
        r"#(?P<j>\d+) (?P<jn>" + _NOUN + r"|man|woman|boy|girl)\b")


def mixed(split: Split, template: str) -> Result | None:
    """A committee of k from two groups with exactly / at least / at most j of one group,
    or with no condition at all ("without restrictions")."""
    if not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    pool, size, mix, ask = w.take(_TWO_POOL), w.take(_SIZE), w.take(_MIX), w.take(ASK)
    w.take(r" without (?:any )?restrictions?\b")
    if not size and len(ask) == 1 and ask[0].group("k"):  # "how many 3-person committees"
        size = [ask[0]]
    if len(pool) != 1 or len(size) != 1 or len(mix) > 1 or len(ask) != 1 or not w.only_glue(
            _GLUE | {"there", "in", "can", "be", "formed", "committees", "are", "possible", "club",
                     "class", "school", "team", "group", "department", "company", "committee",
                     "it", "the", "our", "my", "his", "her", "their"}):
        return None
    p, k = pool[0], _size(size[0])
    sizes = {p.group("an"): int(p.group("a")), p.group("bn"): int(p.group("b"))}
    if not mix:
        return _anyone(sum(sizes.values()), k, " and ".join(sizes))
    mx = mix[0]
    singular = {"men": "man", "women": "woman", "boys": "boy", "girls": "girl"}
    noun = next((n for n in sizes if mx.group("jn") in (n, singular.get(n))), None)
    if len(sizes) != 2 or noun is None:
        raise Decline("the condition names a group there is not")
    a, b = sizes[noun], sum(sizes.values()) - sizes[noun]
    j, cmp = int(mx.group("j")), mx.group("cmp")
    ok = {"exactly": lambda i: i == j, "at least": lambda i: i >= j,
          "at most": lambda i: i <= j}[cmp]
    return split_by_group(a, b, k, ok, noun)


def _anyone(n: int, k: int, nouns: str) -> Result:
    """k chosen from the n of both groups together, with no condition."""
    if not 1 <= k <= n <= 200:
        raise Decline("cannot choose that many")
    v = comb(n, k)
    if v <= _LIST:
        confirm.count(v, lambda: sum(1 for _ in combinations(range(n), k)),
                      "choices (listing them)")
    else:
        confirm.count(v, lambda: by_products(n, k), "choices (the product formula)")
    claim = f"\\binom{{{n}}}{{{k}}} = {v}"
    return sp.Integer(v), [step("choose from everyone", f"With no condition the {nouns} form "
                                f"one group of {n}; choose {k} of them.", f"${claim}$", claim)]


def split_by_group(a: int, b: int, k: int, ok: Callable[[int], bool], noun: str) -> Result:
    """k chosen from a of one group and b of another, with i of the first group allowed
    when ok(i): the sum of C(a, i) C(b, k - i), confirmed by listing the committees (or by
    all of them minus the others)."""
    if not 1 <= k <= a + b <= 60:
        raise Decline("a committee of a modest size")
    terms = [(i, comb(a, i) * comb(b, k - i)) for i in range(k + 1) if ok(i) and i <= a
             and k - i <= b]
    v = sum(t for _, t in terms)
    if comb(a + b, k) <= _LIST:
        confirm.count(v, lambda: sum(1 for c in combinations(range(a + b), k)
                                     if ok(sum(1 for x in c if x < a))),
                      "committees (listing them)")
    else:
        confirm.count(v, lambda: comb(a + b, k) - sum(comb(a, i) * comb(b, k - i)
                                                     for i in range(k + 1) if not ok(i)),
                      "committees (all of them minus the others)")
    claim = " + ".join(f"\\binom{{{a}}}{{{i}}} \\binom{{{b}}}{{{k - i}}}" for i, _ in terms) \
        + f" = {v}" if terms else f"N = {v}"
    return sp.Integer(v), [step("split by how many come from each group", f"Add over the "
                                f"allowed numbers of {noun}: choose them, then the rest from the "
                                "other group.", f"${claim}$", claim)]


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
            _GLUE | {"done", "this", "chosen", "picked", "formed"}):
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


__all__ = ["head_and_group", "mixed", "officers", "split_by_group", "two_groups"]
