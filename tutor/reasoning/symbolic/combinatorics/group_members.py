"""Reader of a division into groups of different sizes with named members placed: "Suppose we
want to divide the 10 dogs into three groups, one with 3 dogs, one with 5 dogs, and one with 2
dogs. How many ways can we form the groups such that Rex is in the 3-dog group?", "In how many
ways can 9 students be split into a group of 2, a group of 3 and a group of 4 if Ann and Ben
must be in the same group?" ("... in different groups", "... Ann is in the group of 4").

The groups have different sizes, so a size names each group; a group of a repeated size has
no name and declines. Placed members leave their groups fewer places to fill: the count is
(n - placed)! / the product of the free places' factorials, summed over the groups two
members said together could share. Confirmed by listing every division (at most 12 members).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations
from math import factorial, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WHO = (r"(?:people|persons|students|players|children|kids|friends|members|athletes|employees|"
        r"workers|dancers|guests|boys|girls|men|women|scouts|campers|dogs|cats|puppies|kittens|"
        r"horses|animals|pets)")
_ONE = (r"(?:person|student|player|child|kid|friend|boy|girl|man|woman|guest|member|dog|cat|"
        r"puppy|kitten|horse|animal|pet|people)")
_N = r"#\d+"
_PART = rf"(?:(?:#1|one) (?:with|of) {_N}(?: {_WHO})?|an? (?:group|team) of {_N}(?: {_WHO})?)"
_PARTS = rf"(?P<sizes>{_PART}(?:(?:,| and|, and) {_PART})+)"
_DIVIDE = r"(?:divide|split|separate|put|sort|break up)"
_DIVIDED = r"(?:divided|split|separated|put|sorted|broken up)"
_SETUP = [
    rf" (?:suppose |say )?(?:that )?(?:we|you|i|they) (?:want|wish|need|are going|plan|would "
    rf"like) to {_DIVIDE} (?:the |a group of )?(?P<n>{_N}) (?P<who>{_WHO}) into (?:#(?P<k>\d+) )?"
    rf"(?:groups|teams),? {_PARTS}\b",
    rf" (?:the |a group of )?(?P<n>{_N}) (?P<who>{_WHO}) (?:are|will be|must be|are to be) "
    rf"{_DIVIDED} into (?:#(?P<k>\d+) )?(?:groups|teams),? {_PARTS}\b",
]
_ASK_AFTER = (r" (?:in )?how many (?:different |distinct )?ways (?:can|could) (?:we|you|i|they|"
              r"this be done|the groups be formed)(?: (?:form|make|choose) (?:the|these) "
              r"(?:groups|teams))?")
_ASK_WHOLE = (rf" (?:in )?how many (?:different |distinct )?ways (?:can|could) (?:a group of |the"
              rf" )?(?P<n>{_N}) (?P<who>{_WHO}) be {_DIVIDED} into (?:#(?P<k>\d+) )?(?:groups,? )?"
              rf"{_PARTS}")
_NAME = r"(?!(?:the|we|they|it|he|she|each|one|and|both|all|no)\b)[a-z]+"
_IN_GROUP = (rf"(?P<who1>{_NAME}) (?:is|must be|has to be|should be|will be|goes) in the "
             rf"(?:#(?P<s1>\d+) ?-{_ONE} (?:group|team)|(?:group|team) of #(?P<s2>\d+)"
             rf"(?: {_WHO})?)")
_TOGETHER = (rf"(?P<a>{_NAME}) and (?P<b>{_NAME}) (?:are|must be|have to be|should be|will be) "
             r"(?P<rel>in the same (?:group|team)|together|in different (?:groups|teams)|not in "
             r"the same (?:group|team)|apart)")
_CLAUSE = rf"(?:{_IN_GROUP}|{_TOGETHER})"
_BARE = re.sub(r"\(\?P<\w+>", "(?:", _CLAUSE)  # the clause without its group names, to repeat
_CONDITIONS = (rf" (?:such that|so that|if|where|given that|when) (?P<conds>{_BARE}(?:,? and "
               rf"{_BARE})*)\b")
_LIST_MAX = 12


def _sizes(said: str) -> list[int]:
    return [int(x) for x in re.findall(r"(?:with|of) #(\d+)", said)]


def _conditions(said: str) -> tuple[dict[str, int], list[tuple[str, str, bool]]]:
    """Who is in which size of group, and which pairs are together (True) or apart."""
    placed: dict[str, int] = {}
    pairs: list[tuple[str, str, bool]] = []
    for m in re.finditer(_CLAUSE, said):
        if m.group("who1"):
            size = int(m.group("s1") or m.group("s2"))
            if placed.get(m.group("who1"), size) != size:
                raise Decline("one member placed in two groups")
            placed[m.group("who1")] = size
        else:
            if m.group("a") == m.group("b"):
                raise Decline("a member paired with itself")
            together = m.group("rel") in ("together",) or "same" in m.group("rel") and \
                "not" not in m.group("rel")
            pairs.append((m.group("a"), m.group("b"), together))
    return placed, pairs


def _by_places(n: int, sizes: list[int], placed: dict[str, int],
               pairs: list[tuple[str, str, bool]]) -> int:
    """The count by free places: each placement (and each group a together-pair may share)
    leaves the groups fewer places for the others."""
    named = sorted(set(placed) | {x for a, b, _ in pairs for x in (a, b)})
    total = 0
    # every way to put the named members in groups, kept when it meets every condition
    for where in _assignments(len(named), len(sizes)):
        home = dict(zip(named, where, strict=True))
        if any(sizes[home[x]] != s for x, s in placed.items()):
            continue
        if any((home[a] == home[b]) != together for a, b, together in pairs):
            continue
        free = [sizes[g] - where.count(g) for g in range(len(sizes))]
        if min(free) < 0:
            continue
        total += factorial(n - len(named)) // prod(factorial(f) for f in free)
    return total


def _assignments(k: int, groups: int) -> list[tuple[int, ...]]:
    out: list[tuple[int, ...]] = [()]
    for _ in range(k):
        out = [t + (g,) for t in out for g in range(groups)]
    return out


def _listed(n: int, sizes: Sequence[int], test: dict[int, int],
            pairs: list[tuple[int, int, bool]]) -> int:
    """Every division listed: the members of each group chosen in turn (groups told apart by
    their sizes), kept when each placed member is in its group and each pair as said."""
    def count(left: frozenset[int], g: int, home: dict[int, int]) -> int:
        if g == len(sizes):
            return int(all((home[a] == home[b]) == t for a, b, t in pairs))
        total = 0
        for chosen in combinations(sorted(left), sizes[g]):
            if any(x in chosen and sizes[g] != s for x, s in test.items()) or any(
                    x not in chosen and x in left and s == sizes[g] for x, s in test.items()):
                continue
            total += count(left - set(chosen), g + 1, {**home, **{c: g for c in chosen}})
        return total
    return count(frozenset(range(n)), 0, {})


def group_members(split: Split, template: str) -> Result | None:
    if not quick(template, "group", "team") or not quick(template, "such that", "so that", "if",
                                                         "where", "given", "when"):
        return None
    w = Wording.of(split, template)
    setup = [m for p in _SETUP for m in w.take(p)]
    asked = w.take(_ASK_AFTER) if setup else w.take(_ASK_WHOLE)
    said = w.take(_CONDITIONS)
    if len(setup) > 1 or len(asked) != 1 or len(said) != 1 or not w.only_glue():
        return None
    division = setup[0] if setup else asked[0]
    n, sizes = int(division.group("n")[1:]), _sizes(division.group("sizes"))
    if division.group("k") and int(division.group("k")) != len(sizes):
        raise Decline("a number of groups that is not the number of sizes listed")
    if sum(sizes) != n or len(sizes) < 2 or min(sizes) < 1:
        raise Decline("groups whose sizes do not add up to the members")
    if len(set(sizes)) != len(sizes):
        raise Decline("groups of one size have no names: which is meant is not said")
    placed, pairs = _conditions(said[0].group("conds"))
    if any(s not in sizes for s in placed.values()):
        raise Decline("a member placed in a group of a size not formed")
    if n > _LIST_MAX:
        raise Decline("too many members to list the divisions")
    value = _by_places(n, sizes, placed, pairs)
    index = {x: i for i, x in enumerate(sorted(set(placed) | {y for a, b, _ in pairs
                                                              for y in (a, b)}))}
    listed = _listed(n, sizes, {index[x]: s for x, s in placed.items()},
                     [(index[a], index[b], t) for a, b, t in pairs])
    confirm.count(value, lambda: listed, "divisions (listing every division)")
    shown = ", ".join(str(s) for s in sizes)
    told = "; ".join([f"{x.title()} in the group of {s}" for x, s in placed.items()] + [
        f"{a.title()} and {b.title()} {'together' if t else 'apart'}" for a, b, t in pairs])
    return sp.Integer(value), [
        step("place the named members", f"The groups have the sizes {shown}, so each size "
             f"names a group. Put the named members where they must go ({told}); the others "
             "fill the places left, in any order inside a group.", f"${value}$ divisions",
             str(value))]


__all__ = ["group_members"]
