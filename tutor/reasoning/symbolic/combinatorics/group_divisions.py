"""Reader of a group divided into smaller groups that have no names: "In how many ways can 8
people be divided into two groups of 4?", "... split into 3 pairs?", "How many ways can a
group of 10 people be divided into a group of 3 and a group of 7?", "... into pairs?".

Groups are told apart only by who is in them, so groups of one size can be swapped: the
count is n! / (s1! s2! ...) / (m1! m2! ...), the m the numbers of groups of each size.
Confirmed by choosing the people for each size of group and then, among them, each time the
group of the first one not yet placed (a product of binomials), and, for at most 10 people,
by listing every division.
Groups told apart by a name, a colour, a number or a task ("team A", "a red team", "the first
group") are another question: declined, as is anything said about who goes where.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from math import comb, factorial, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, number, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WHO = (r"(?:people|persons|students|players|children|kids|friends|members|athletes|"
        r"employees|workers|dancers|guests|boys|girls|men|women|scouts|campers)")
_GROUP = r"(?:groups?|teams?|committees?|pairs?|trios?)"
_N = r"#\d+"
_SIZES = (rf"(?:{_N} {_GROUP} of {_N}(?: (?:{_WHO}|each|people each|{_WHO} each))?"
          rf"|an? {_GROUP} of {_N}(?: {_WHO})?|{_N} pairs|pairs)")
_SPLIT = r"(?:divided|split|separated|partitioned|broken up|sorted|put|placed|arranged)"
_ASKS = [
    rf" (?:in )?how many (?:different |distinct )?ways (?:can|could) (?:a group of |the )?"
    rf"(?P<n>{_N}) {_WHO} be {_SPLIT} (?:in)?to (?P<sizes>{_SIZES}(?:(?:,| and|, and) "
    rf"{_SIZES})*)",
    rf" how many (?:different |distinct )?ways are there to (?:divide|split|separate|partition|"
    rf"break up|sort|put) (?:a group of |the )?(?P<n>{_N}) {_WHO} (?:in)?to (?P<sizes>{_SIZES}"
    rf"(?:(?:,| and|, and) {_SIZES})*)",
]


def _sizes(said: str, n: int) -> list[int]:
    sizes: list[int] = []
    for part in re.split(r",? and |, ", said):
        part = part.strip()
        if m := re.fullmatch(rf"#(\d+) {_GROUP} of #(\d+).*", part):
            sizes += [int(m.group(2))] * int(m.group(1))
        elif m := re.fullmatch(rf"an? {_GROUP} of #(\d+).*", part):
            sizes.append(int(m.group(1)))
        elif m := re.fullmatch(r"#(\d+) pairs", part):
            sizes += [2] * int(m.group(1))
        elif part == "pairs":
            if n % 2:
                raise Decline("an odd number of people in pairs")
            sizes += [2] * (n // 2)
        else:
            raise Decline("group sizes not read")
    return sizes


def _listed(n: int, sizes: list[int]) -> int:
    """Every division of n people into groups of these sizes, the groups unnamed, listed:
    each step puts the first person not yet placed into a group of one of the sizes still
    wanted, with others chosen from the rest."""
    def count(left: tuple[int, ...], wanted: Counter[int]) -> int:
        if not left:
            return 1
        total = 0
        rest = left[1:]
        for size in [s for s in wanted if wanted[s] > 0]:
            wanted[size] -= 1
            for others in combinations(rest, size - 1):
                total += count(tuple(p for p in rest if p not in others), wanted)
            wanted[size] += 1
        return total
    return count(tuple(range(n)), Counter(sizes))


def group_divisions(split: Split, template: str) -> Result | None:
    if not quick(template, "group", "team", "pair", "trio", "committee"):
        return None
    w = Wording.of(split, template)
    asked = w.take_first([pattern + r"\s*[?.]?\s*$" for pattern in _ASKS])
    if asked is None or not w.only_glue():
        return None
    n = number(asked.group("n"))
    sizes = _sizes(asked.group("sizes"), n)
    if sum(sizes) != n or min(sizes) < 1 or len(sizes) < 2:
        raise Decline("groups whose sizes do not add up to the people")
    if n > 40:
        raise Decline("too many people to divide")
    repeats = Counter(sizes)
    value = factorial(n) // prod(factorial(s) for s in sizes) // prod(
        factorial(m) for m in repeats.values())
    # size by size: the people who get groups of this size, then among them one group at a
    # time, each time the group of the first of them not yet placed
    by_groups, left = 1, n
    for size, times in sorted(repeats.items()):
        by_groups *= comb(left, size * times)
        left -= size * times
        for i in range(times):
            by_groups *= comb(size * (times - i) - 1, size - 1)
    confirm.check(by_groups == value, "choosing the people for each size of group, then the "
                  "group of the first of them not yet placed, gives the same count")
    if n <= 10:
        confirm.check(_listed(n, sizes) == value, "listing every division gives the same count")
    shown = ", ".join(str(s) for s in sizes)
    facts = " \\, ".join(f"{s}!" for s in sizes)
    swaps = " \\, ".join(f"{m}!" for m in repeats.values() if m > 1)
    claim = (f"\\frac{{{n}!}}{{{facts}" + (f" \\cdot {swaps}" if swaps else "") +
             f"}} = {value}")
    why = ("The groups have no names, so the groups of one size can be swapped: divide by the "
           "orders of the groups of each size too." if swaps else
           "The groups have different sizes, so each division is counted once.")
    return sp.Integer(value), [
        step("divide into groups", "Put the people in a row and cut the row into groups of "
             f"the sizes {shown}; the order inside each group does not matter. {why}",
             f"${claim}$", claim)]


__all__ = ["group_divisions"]
