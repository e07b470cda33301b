"""Readers of choices from two groups of people: k of one group and j of the other ("A class
has 6 boys and 9 girls. In how many ways can the teacher choose 2 boys and 3 girls?", "How
many delegations of 2 seniors and 2 juniors can be formed?"), or a committee of k with
exactly, at least or at most j of one group ("From 7 democrats and 6 republicans, a
committee of 4 is formed. How many committees contain at least 3 democrats?").

The groups are kinds of people (who are told apart); two groups along different lines
("seniors" and "girls") may overlap and are declined. The count is a product or a sum of
products of binomials, confirmed by listing the committees (or by another formula).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations, product
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.arrangements import PEOPLE
from tutor.reasoning.symbolic.combinatorics.roles import CHOICE_GLUE
from tutor.reasoning.symbolic.combinatorics.selections import ASK, by_products
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 100_000

# kinds of people two groups of a committee may be (people are told apart; things may not be)
NOUN = (f"(?:{PEOPLE}|seniors|juniors|freshmen|sophomores|parents|doctors|nurses|engineers|"
         "lawyers|scientists|democrats|republicans|mathematicians|physicists|chemists|"
         "biologists|volunteers|coaches|managers|actors|actresses|musicians|artists|"
         "professors|grandparents|chefs|pilots|soldiers|sailors|clerks|gymnasts|swimmers)")
TWO_POOL = (r" (?:has|have|of|are|with|contains|from|among) #(?P<a>\d+) (?P<an>" + NOUN
             + r") and #(?P<b>\d+) (?P<bn>" + NOUN + r")\b")
_TWO_TAKE = (r" (?:pick|choose|select|form|chosen|selected|picked)(?: a (?:committee|group|team) "
             r"(?:of|with))? #(?P<k>\d+) (?P<kn>" + NOUN + r") and #(?P<j>\d+) (?P<jn>" + NOUN
             + r")\b")
SIZE = (r" (?:a |an )?(?:committee|subcommittee|team|group|panel|delegation) of #(?P<k>\d+)"
         r"(?: people| members| persons| students)?\b"
         r"| (?:a |an )?#(?P<k2>\d+)-(?:person|member) (?:committee|subcommittee|team|group|panel"
         r"|delegation)\b")
# "a committee of 2 boys and 3 girls (is to be chosen)": the parts chosen, not the pool
_ONE = r"|man|woman|boy|girl|senior|junior|teacher|parent|doctor|nurse|democrat|republican"
_WHOLES = r"(?:committee|subcommittee|team|group|panel|delegation|squad)"
_PARTS = (r" (?:of|with|made up of|consisting of) #(?P<k>\d+) (?P<kn>" + NOUN + _ONE + r") and "
          r"#(?P<j>\d+) (?P<jn>" + NOUN + _ONE + r")\b")
_TWO_OF = r" (?:a |an |the )?" + _WHOLES + _PARTS
# who has the two groups: "the math club has", "Mr. Lee's class of" (what it is changes nothing)
_OWNER = (r" (?:the|a|an|our|my|his|her|their) (?:[a-z']+ ){0,2}?(?:club|class|school|"
          r"department|company|council|board|office|firm|hospital|lab)(?= (?:has|have|consists "
          r"of|contains|is made up of) #)")
# "how many delegations of 2 seniors and 2 juniors": the question names the parts
_TWO_ASK = r" (?:in )?how many (?:different |distinct |possible )*" + _WHOLES + "s" + _PARTS
_TWO_HAS = (r"(?: (?:if|so that|such that|where|with) (?:the (?:committee|team|group|panel) |it )?"
            r"(?:must )?| (?:the (?:committee|team|group|panel) )?must |(?:(?<=committees)|"
            r"(?<=teams)|(?<=groups)|(?<=panels)) (?:that |which )?)(?:have|has|include|includes|"
            r"contain|contains|consist of|consists of|be made up of|is made up of) (?:exactly )?"
            r"#(?P<k>\d+) (?P<kn>" + NOUN + r") and (?:exactly )?#(?P<j>\d+) (?P<jn>" + NOUN
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
    has = w.take(_TWO_HAS) + w.take(_TWO_OF)  # first: "must have 2 boys and 2 girls" is not
    # the pool
    asked = w.take(_TWO_ASK)
    w.take(_OWNER)
    pool, take, ask = w.take(TWO_POOL), w.take(_TWO_TAKE) + has + asked, w.take(ASK) + asked
    size = w.take(SIZE)  # "a team of 4 ... must have 2 boys and 2 girls": 4 = 2 + 2
    w.take(r" (?:is |be |are |to be |can be |must be )?(?:chosen|selected|picked|formed)\b")
    if size and len(take) == 1 and _size(size[0]) != int(take[0].group("k")) + int(
            take[0].group("j")):
        raise Decline("the group's size is not the sum of its parts")
    if len(pool) != 1 or len(take) != 1 or len(ask) != 1 or len(size) > 1 or not w.only_glue(
            CHOICE_GLUE | {"there", "in", "class", "club", "group", "school", "team", "his", "her",
                     "done", "my", "our", "their", "teacher", "coach", "committee", "senate",
                     "council", "form", "formed"}):
        return None
    p, t = pool[0], take[0]
    sizes = {p.group("an"): int(p.group("a")), p.group("bn"): int(p.group("b"))}
    apart(sizes)
    kn, jn = group_named(t.group("kn"), sizes), group_named(t.group("jn"), sizes)
    k, j = int(t.group("k")), int(t.group("j"))
    if len(sizes) != 2 or kn is None or jn is None or kn == jn or \
            (k != 1 and kn != t.group("kn")) or (j != 1 and jn != t.group("jn")):
        raise Decline("the chosen groups are not the groups there are")
    a, b = sizes[kn], sizes[jn]
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


# one of a group: "exactly one student" (a plural of NOUN without its s)
_ONES = "|man|woman|freshman|" + "|".join(sorted({w[:-2] if w.endswith(("sses", "ches")) else
                                                  w[:-1] for w in re.findall(r"[a-z]+", NOUN)
                                                  if w.endswith("s") and len(w) > 3}))
# "at least 2 boys", and "with at least one boy and at least one girl": a second condition,
# on the other group
_COUNTED = (r"(?P<cmp>exactly|at least|at most) #(?P<j>\d+) (?P<jn>" + NOUN + _ONES + r")\b"
            r"(?: and (?P<cmp2>exactly|at least|at most) #(?P<j2>\d+) (?P<jn2>" + NOUN + _ONES
            + r")\b)?")
_MIX = (r" (?:that |which |if (?:the (?:committee|team|group) |it )?)?(?:has|have|contains?|"
        r"includes?|with|must (?:have|include|contain)) " + _COUNTED)
# "if at least one woman must be on the committee", "so that at most 2 boys are on it"
_MIX_ON = (r" (?:if|so that|such that|where|given that) " + _COUNTED + r" (?:must be|is|are|"
           r"should be|has to be|have to be) (?:on|in|part of|members? of) (?:the (?:committee|"
           r"subcommittee|team|group|panel|delegation)|it)\b")


_ASK_OF = (r" (?:in )?how many (?:of the )?(?:different |distinct |possible |such )*(?:committees|"
           r"subcommittees|teams|panels|delegations) of #(?P<k>\d+)(?: people| members| persons|"
           r" students)?\b")


def mixed(split: Split, template: str) -> Result | None:
    """A committee of k from two groups with exactly / at least / at most j of one group,
    or with no condition at all ("without restrictions")."""
    if not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    w.take(_OWNER)
    asked_of = w.take(_ASK_OF)  # "how many committees of 4": the question and the size
    # "how many of the possible committees contain ...": the question only
    asked_all = w.take(r" how many of the (?:different |possible )*(?:committees|teams|groups)\b")
    pool, size, mix, ask = w.take(TWO_POOL), w.take(SIZE), w.take(_MIX) + w.take(_MIX_ON), \
        w.take(ASK) + asked_all
    if asked_of:
        size, ask = size + asked_of, ask + asked_of
    w.take(r" without (?:any )?restrictions?\b")
    if not size and len(ask) == 1 and ask[0].group("k"):  # "how many 3-person committees"
        size = [ask[0]]
    if len(pool) != 1 or len(size) != 1 or len(mix) > 1 or len(ask) != 1 or not w.only_glue(
            CHOICE_GLUE | {"there", "in", "can", "be", "formed", "committees", "are", "possible",
                           "club", "class", "school", "team", "group", "department", "company",
                           "committee", "it", "the", "our", "my", "his", "her", "their", "this",
                           "done"}):
        return None
    p, k = pool[0], _size(size[0])
    sizes = {p.group("an"): int(p.group("a")), p.group("bn"): int(p.group("b"))}
    apart(sizes)
    if not mix:
        return _anyone(sum(sizes.values()), k, " and ".join(sizes))
    said = [(mix[0].group("cmp" + n), mix[0].group("j" + n), mix[0].group("jn" + n))
            for n in ("", "2") if mix[0].group("cmp" + n)]
    nouns = [group_named(jn, sizes) for _, _, jn in said]
    if len(sizes) != 2 or None in nouns or len(set(nouns)) != len(nouns):
        raise Decline("the condition names a group there is not, or one group twice")
    noun = nouns[0]
    assert noun is not None
    a, b = sizes[noun], sum(sizes.values()) - sizes[noun]
    tests = [_compare(cmp, int(j)) for cmp, j, _ in said]
    if len(tests) == 1:
        return split_by_group(a, b, k, tests[0], noun)
    first, other = tests  # the second condition counts the other group: k - i of them
    return split_by_group(a, b, k, lambda i: first(i) and other(k - i), noun)


def _compare(cmp: str, j: int) -> Callable[[int], bool]:
    return {"exactly": lambda i: i == j, "at least": lambda i: i >= j,
            "at most": lambda i: i <= j}[cmp]


# groups told apart along one line: two groups along different lines may overlap ("6 seniors
# and 5 girls": a senior girl is both)
_LINES = [frozenset("men women boys girls".split()),
          frozenset("seniors juniors freshmen sophomores".split()),
          frozenset("democrats republicans".split())]


def apart(sizes: dict[str, int]) -> None:
    lines = [next((i for i, line in enumerate(_LINES) if n in line), None) for n in sizes]
    if len(set(lines)) > 1:
        raise Decline("two groups that may overlap")


def group_named(said: str, sizes: dict[str, int]) -> str | None:
    """The group (a plural noun of `sizes`) that `said` names, in the plural or singular."""
    singular = {"men": "man", "women": "woman", "freshmen": "freshman"}
    return next((n for n in sizes if said in (n, singular.get(n), n[:-1], n[:-2])), None)


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


__all__ = ["NOUN", "SIZE", "TWO_POOL", "apart", "group_named", "mixed", "split_by_group",
           "two_groups"]
