"""Reader of subsets of a listed set of integers with conditions on their members: "How
many subsets of {1, 2, ..., 9} contain the number 4?", "... contain neither 3 nor 5",
"... contain both 2 and 7", "... contain 1 but not 6", "How many non-empty subsets of
{1, ..., 8} consist entirely of odd numbers?", "How many 3-element subsets of {1, ..., 7}
contain 4?".

Counted by a formula (the members forced in, the members left free: 2^free, or
C(free, k - forced) when the size is said; the empty and the whole set removed when asked)
and confirmed by listing every subset (at most 2^20).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick, set_members
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

SUBSETS_ASK = (r" (?:how many|the number of|count (?:all )?(?:of )?the) (?:different |distinct )?"
        r"(?P<kinds>(?:(?:nonempty|non-empty|proper) )*)(?:#(?P<k>\d+)-element )?subsets\b")
SUBSETS_OF = r" (?:(?:of|in) (?:the set )?(?:[a-z] ?= ?)?|does )(?P<set>@\d+@)(?: have\b)?"
_ELT = r"(?:the (?:number|element|integer) )?#(?P<{0}>\d+)"
_VERB = r"(?: (?:that|which))? (?:contain|contains|include|includes|have|has)"
_RULES = [
    ("in2", _VERB + r" both " + _ELT.format("x") + r" and " + _ELT.format("y") + r"\b"),
    ("out2", _VERB + r" neither " + _ELT.format("x") + r" nor " + _ELT.format("y") + r"\b"),
    ("inout", _VERB + r" " + _ELT.format("x") + r" but not " + _ELT.format("y") + r"\b"),
    ("out", r"(?: (?:that|which))? (?:do|does) not (?:contain|include|have) " + _ELT.format("x")
     + r"\b"),
    ("in", _VERB + r" " + _ELT.format("x") + r"\b(?! (?:and|or|but|nor)\b)"),
    ("only", r"(?: (?:that|which))? (?:consist|consists) (?:entirely|only|solely) of (?P<p>odd|"
     r"even|prime) (?:numbers|integers)\b|" + _VERB + r" only (?P<q>odd|even|prime) (?:numbers|"
     r"integers)\b"),
]
SUBSET_SIZE = r" (?:with|having|that have|which have|containing) exactly #(?P<k>\d+) elements\b"


def _parity(kind: str) -> set[int]:
    return {1} if kind == "odd" else {0} if kind == "even" else set()


def members_of(w: Wording, m: re.Match[str]) -> list[int]:
    """The members of the set `SUBSETS_OF` matched: at most 20 distinct integers."""
    members = set_members(w.maths[int(m.group("set").strip("@"))])
    if len(set(members)) != len(members) or not 1 <= len(members) <= 20:
        raise Decline("a listed set of at most 20 distinct integers")
    return members


@dataclass
class SubsetQuestion:
    """A question about the subsets of a listed set with one condition: its members, the
    size asked (None: any), the kinds of subset asked ("non-empty", "proper") and the
    condition's match."""

    members: list[int]
    k: int | None
    kinds: list[str]
    rule: re.Match[str]


def one_rule_question(w: Wording, rule: str) -> SubsetQuestion | None:
    """The subsets asked of a listed set under the one condition `rule`, everything else glue;
    None when the question is not that."""
    ask, sets, size = w.take(SUBSETS_ASK), w.take(SUBSETS_OF), w.take(SUBSET_SIZE)
    rules = w.take(rule)
    if len(ask) != 1 or len(sets) != 1 or len(rules) != 1 or len(size) > 1 or \
            (size and ask[0].group("k")) or not w.only_glue({"are", "there", "does", "do"}):
        return None
    k = int(size[0].group("k")) if size else int(ask[0].group("k")) if ask[0].group("k") \
        else None
    return SubsetQuestion(members_of(w, sets[0]), k, ask[0].group("kinds").split(), rules[0])


def subsets_with(split: Split, template: str) -> Result | None:
    if "subset" not in template or not quick(template, "contain", "include", "consist", "have",
                                             "has"):
        return None
    w = Wording.of(split, template)
    ask, sets, size = w.take(SUBSETS_ASK), w.take(SUBSETS_OF), w.take(SUBSET_SIZE)
    rules = [(kind, m) for kind, p in _RULES for m in w.take(p)]
    if len(ask) != 1 or len(sets) != 1 or not rules or len(size) > 1 or \
            (size and ask[0].group("k")) or not w.only_glue({"are", "there", "does", "do"}):
        return None
    members = members_of(w, sets[0])
    n = len(members)
    forced_in: set[int] = set()
    forced_out: set[int] = set()
    allowed = set(members)
    for kind, m in rules:
        g = {k: int(v) for k, v in m.groupdict().items() if v and v.isdigit()}
        if kind in ("in", "in2", "inout"):
            forced_in.add(g["x"])
        if kind == "in2":
            forced_in.add(g["y"])
        if kind in ("out", "out2"):
            forced_out.add(g["x"])
        if kind in ("out2", "inout"):
            forced_out.add(g["y"])
        if kind == "only":
            p = m.group("p") or m.group("q")
            allowed = {x for x in allowed if (sp.isprime(x) if p == "prime" else x % 2 in
                                              _parity(p))}
    if not (forced_in | forced_out) <= set(members):
        raise Decline("an element that is not in the set")
    words = ask[0].group("kinds").split()
    k = int(size[0].group("k")) if size else int(ask[0].group("k")) if ask[0].group("k") \
        else None
    free = len(allowed - forced_in - forced_out)
    if forced_in & forced_out or not forced_in <= allowed:
        count = 0
    elif k is None:
        count = 2**free
    else:
        count = comb(free, k - len(forced_in)) if k >= len(forced_in) else 0
    empty_ok = not forced_in and (k in (None, 0))
    whole_ok = allowed == set(members) and not forced_out and k in (None, n)
    count -= ("non-empty" in words or "nonempty" in words) * empty_ok + \
        ("proper" in words) * whole_ok
    if count <= 0:
        raise Decline("no subset qualifies: a misreading is more likely")

    def keep(s: set) -> bool:
        return (forced_in <= s and not s & forced_out and s <= allowed
                and not (s == set() and ("non-empty" in words or "nonempty" in words))
                and not (s == set(members) and "proper" in words))
    confirm.count(count, lambda: listed_subsets(members, k, keep), "subsets (listing them)")
    shown = f"\\binom{{{free}}}{{{k - len(forced_in)}}}" if k is not None else f"2^{{{free}}}"
    drop = count - (comb(free, k - len(forced_in)) if k is not None else 2**free)
    claim = f"{shown}{f' - {-drop}' if drop else ''} = {count}"
    hint = (f"{len(forced_in)} element(s) must be in and {n - free - len(forced_in)} must be "
            f"out; each of the other {free} is in or out freely.")
    return sp.Integer(count), [step("count the free choices", hint, f"${claim}$", claim)]


def listed_subsets(members: Sequence, k: int | None, keep: Callable[[set], bool]) -> int:
    """How many subsets of `members` (of size k, or of every size) `keep` passes, by listing
    every one: the second method for the counts above."""
    sizes = range(len(members) + 1) if k is None else [k]
    return sum(bool(keep(set(c))) for size in sizes for c in combinations(members, size))


__all__ = ["SUBSETS_ASK", "SUBSETS_OF", "SUBSET_SIZE", "SubsetQuestion", "listed_subsets",
           "members_of", "one_rule_question", "subsets_with"]
