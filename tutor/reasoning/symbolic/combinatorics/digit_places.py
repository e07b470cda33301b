"""Conditions on the digits in named places of a k-digit integer: "a tens digit equal to 5",
"the units digit is at least twice the tens digit", "the sum of the tens and units digits is
8", "the product of the first and last digits is 12"; sums and products of groups of places
("the product of the middle two digits exceeds 5", "the sum of its two leftmost digits equals
the sum of its two rightmost digits", "a tens digit equal to the sum of the other two
digits"); a kind of digit in one place ("an even units digit", "the first digit is prime");
exactly k digits alike ("exactly two identical digits": one digit k times, the others once);
and digits in strictly increasing or decreasing order. `digit_counts` reads them with its
other conditions and counts the integers two ways.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from math import prod

from tutor.reasoning.symbolic.comparison_words import COMPARE
from tutor.reasoning.symbolic.model import Decline

PLACES = r"units|ones|tens|hundreds|thousands|first|second|third|middle|last|leading"
_PLACE_AT = {"units": -1, "ones": -1, "last": -1, "tens": -2, "hundreds": -3, "thousands": -4,
             "first": 0, "leading": 0, "second": 1, "third": 2}
_KINDS = {"odd": {1, 3, 5, 7, 9}, "even": {0, 2, 4, 6, 8}, "prime": {2, 3, 5, 7},
          "composite": {4, 6, 8, 9}, "nonzero": set(range(1, 10))}

# "digits in strictly increasing order", "whose digits strictly decrease from left to right":
# 'increasing' alone may or may not allow equal neighbours, so it is not read
ORDER = (r" (?:(?:that |which )?(?:have|has|having|with) |whose |in which )?(?:(?:its|their|the) "
         r")?digits (?:that |which )?(?:are )?(?:in )?strictly (?:(?P<way>increasing|decreasing)"
         r"(?: order)?|(?P<verb>increase|decrease))(?: from left to right)?\b")

_SIDE = r"first|last|leftmost|rightmost|middle|outer|other|remaining"


def _group(n: str) -> str:
    """A group of places, its groups named after `n`: "the middle #2 digits", "its #2
    leftmost digits", "the tens and units digits", "the first, second and third digits"."""
    return (rf"(?:the |its |their )?(?:(?P<{n}s>{_SIDE}) (?:#(?P<{n}k>\d) )?|#(?P<{n}k2>\d) "
            rf"(?P<{n}s2>{_SIDE}) |(?P<{n}a>{PLACES}),? (?:(?:the )?(?P<{n}b>{PLACES}),? )?and "
            rf"(?:the )?(?P<{n}c>{PLACES}) )digits")


_REL = (r"(?:(?:that |which )?(?:is |are |being )?(?P<rel>equal to|greater than or equal to|"
        r"less than or equal to|greater than|larger than|more than|less than|smaller than|at "
        r"least|at most|not equal to)|(?:that |which )?(?P<verb>equals|equal|exceeds|exceed|is"
        r"|are|matches|match))")
_HAVE = (r" (?:(?:such that|so that|where|in which|for which|whose) )?(?:(?:that |which )?"
         r"(?:have|has|having|with) )?(?:(?:the |its |their )?property that )?")
_SUM = r"the (?P<{0}op>sum|product) of " + "{1}"
# a second bound on the same value ("greater than 10 and less than 20") is not a range of the
# integers: a comparison followed by one is not read
_ONE_BOUND = (r"(?! ?,? (?:and|but|or) (?:is |it is )?(?:less|greater|smaller|larger|more|"
              r"fewer|at|no|not|between|below|above|under|over|exceeds?)\b)")
# (kind, wording) pairs read with `digit_counts`'s other conditions
PLACE_CONDITIONS: list[tuple[str, str]] = [
    ("place", _HAVE + _SUM.format("l", _group("l")) + " " + _REL + r" (?:#(?P<rn>\d+)|"
     + _SUM.format("r", _group("r")) + r"|(?:that of )?(?:the |its )?(?P<rp>" + PLACES
     + r") digit)\b" + _ONE_BOUND),
    ("place", _HAVE + r"(?:an? |the |its |their )?(?P<lp>" + PLACES + r") digit " + _REL + " "
     + _SUM.format("r", _group("r")) + r"\b" + _ONE_BOUND),
    ("place", r" (?:(?:that |which )?(?:have|has|having|with) )?(?:an? )(?P<kind>"
     + "|".join(_KINDS) + r"|non-zero) (?P<kp>" + PLACES + r") digit\b"),
    ("place", r" (?:(?:such that|so that|where|in which|for which|whose) )?(?:the |its |their )?"
     r"(?P<kp>" + PLACES + r") digit (?:is |being )(?:an? )?(?P<kind>" + "|".join(_KINDS)
     + r"|non-zero)(?: digit| number)?\b"),
    ("place", r" (?:(?:that |which )?(?:have|has|having|with|contain|contains|containing) )?"
     r"exactly #(?P<same>\d) (?:of (?:its |their |the )?)?(?:(?:identical|equal) digits|digits "
     r"(?:that are |which are |are )?(?:the same|equal|identical|alike))"
     # "... that are not next to each other", "... and those two digits are adjacent"
     r"(?:,? (?:and )?(?:that are |which are |(?:those|these|the) #2 (?:digits )?are )"
     r"(?P<near>not )?(?P<next>next to each other|adjacent(?: to each other)?))?\b"),
    # "contain two consecutive 3's", "have two adjacent digits that are the same", "no two
    # adjacent digits are equal"
    ("place", r" (?:that |which )?(?:have|has|having|with|contain|contains|containing) (?:a pair "
     r"of |at least #1 pair of )?(?:#2 )?(?:consecutive|adjacent) (?:#(?P<adj>\d) ?'?s|(?P<pair>"
     r"(?:equal|identical) digits|digits (?:that are |which are )?(?:the same|equal|identical|"
     r"alike)))\b"),
    ("place", r" (?:(?:in which|where|with|such that|have|has|having) )?(?P<apart>no #2 "
     r"(?:consecutive|adjacent) digits) (?:are |being )?(?:the same|equal|identical|alike)\b"),
    # "four-digit numbers beginning with 1", "that end in 5": the first or last digit told
    ("place", r" (?:that |which )?(?P<edge>begins?|starts?|beginning|starting|begin|start|ends?|"
     r"ending) (?:with|in) (?:a |an |the digit )?#(?P<edge_d>\d)(?! ?-)\b"),
    ("place", r" (?:(?:that |which )?(?:have|has|having|with) )?(?:(?:the |its |their )?property "
     r"that )?(?:an? |the |its |their )?(?P<pa>" + PLACES + r") digit (?:(?:that |which )?(?:is "
     r"|being ))?(?P<rel>equal to |greater than |less than |larger than |smaller than |at least "
     r"|at most |more than )?(?P<times>twice |#[23] times )?(?:(?:that of )?the (?P<pb>" + PLACES
     + r") digit|#(?P<c>\d))\b" + _ONE_BOUND),
]
_VERBS = {"equals": "equal to", "equal": "equal to", "is": "equal to", "are": "equal to",
          "matches": "equal to", "match": "equal to", "exceeds": "greater than",
          "exceed": "greater than"}


def order_test(m: re.Match[str]) -> tuple[Callable[[tuple[int, ...]], bool], str]:
    """The test for digits in strictly increasing (or decreasing) order, and its words."""
    if (m.group("way") or m.group("verb")).startswith("increas"):
        return (lambda t: all(a < b for a, b in pairwise(t))), \
            "digits strictly increasing from left to right"
    return (lambda t: all(a > b for a, b in pairwise(t))), \
        "digits strictly decreasing from left to right"


def _at(place: str, width: int) -> int:
    """The index (from the left) of a named place in a `width`-digit integer."""
    if place == "middle":
        if width % 2 == 0:
            raise Decline("the middle digit of an even number of digits")
        return width // 2
    i = _PLACE_AT[place]
    if i < -width or i >= width:
        raise Decline("a digit place the integers do not have")
    return i % width


def _side(side: str, k: int | None, width: int, named: set[int]) -> list[int]:
    """The places of "the first k", "the middle k", "the other" ... digits."""
    if side in ("other", "remaining"):
        got = [i for i in range(width) if i not in named]
    elif k is None and side == "outer":
        got = [0, width - 1]
    elif k is None:
        raise Decline("how many digits the group holds is not said")
    elif side in ("first", "leftmost"):
        got = list(range(k))
    elif side in ("last", "rightmost"):
        got = list(range(width - k, width))
    elif side == "middle" and (width - k) % 2 == 0:
        got = list(range((width - k) // 2, (width + k) // 2))
    else:
        raise Decline("a group of digits that is not clear")
    if k is not None and len(got) != k or not 0 < len(got) < width + 1 or k == width:
        raise Decline("a group of digits that the integers do not have")
    return got


def _places(g: dict[str, str | None], n: str, width: int, named: set[int]) -> list[int]:
    if g.get(n + "a"):
        got = [_at(g[n + p] or "", width) for p in "abc" if g.get(n + p)]
    else:
        k = g.get(n + "k") or g.get(n + "k2")
        got = _side(g.get(n + "s") or g[n + "s2"] or "", int(k) if k else None, width, named)
    if len(set(got)) != len(got) or len(got) < 2:
        raise Decline("a digit named twice in one group")
    return got


def _groups_test(g: dict[str, str | None], width: int) -> Callable[[tuple[int, ...]], bool]:
    """Sum or product of a group against a number, a place or another group's."""
    rel = COMPARE[g.get("rel") or _VERBS[g.get("verb") or "is"]]
    named = {_at(p, width) for p in (g.get("lp"), g.get("rp")) if p}
    sides = [n for n in "lr" if g.get(n + "op")]
    for n in sides:  # "the other digits" are those the condition names nowhere else
        if g.get(n + "a"):
            named |= set(_places(g, n, width, set()))
    groups = {n: _places(g, n, width, named) for n in sides}
    if len(sides) == 2 and set(groups["l"]) & set(groups["r"]):
        raise Decline("two groups of digits that share a place")

    def value(n: str, t: tuple[int, ...]) -> int:
        if n in groups:
            part = [t[i] for i in groups[n]]
            return sum(part) if g[n + "op"] == "sum" else prod(part)
        place = g.get(n + "p")
        return t[_at(place, width)] if place else int(g.get("rn") or 0)

    return lambda t: rel(value("l", t), value("r", t))


def place_words(m: re.Match[str]) -> str:
    """The condition in plain words for a step: "the product of the middle 2 digits greater
    than 10"."""
    said = re.sub(r"#(\d+)", r"\1", m.group(0)).strip()
    return re.sub(r"^(?:(?:such that|so that|where|in which|for which|whose|that|which|have|"
                  r"has|having|with|contain|contains|containing) )+", "", said)


def _alike_pair(k: int, together: bool, width: int) -> Callable[[tuple[int, ...]], bool]:
    """Exactly two alike digits, side by side (`together`) or apart; 'next to each other'
    of three or more alike digits is not one thing."""
    if k != 2:
        raise Decline("which of three or more alike digits are next to each other")

    def test(t: tuple[int, ...]) -> bool:
        if sorted(Counter(t).values()) != [1] * (width - 2) + [2]:
            return False
        i, j = (p for p, d in enumerate(t) if t.count(d) == 2)
        return (j - i == 1) == together
    return test


def place_test(m: re.Match[str], width: int) -> Callable[[tuple[int, ...]], bool]:
    """The test of one of `PLACE_CONDITIONS` on the digits of a `width`-digit integer."""
    g = m.groupdict()
    if not width:
        raise Decline("digit places of integers of different lengths")
    if g.get("same"):
        k = int(g["same"])
        if not 2 <= k < width:
            raise Decline("exactly k alike digits, k from 2 to one less than the places")
        if g.get("next"):
            return _alike_pair(k, g.get("near") is None, width)
        return lambda t: sorted(Counter(t).values()) == [1] * (width - k) + [k]
    if g.get("adj") or g.get("pair") or g.get("apart"):
        d = int(g["adj"]) if g.get("adj") else None
        if g.get("apart"):
            return lambda t: all(a != b for a, b in pairwise(t))
        return lambda t: any(a == b and d in (None, a) for a, b in pairwise(t))
    if g.get("edge"):
        where, d = (-1 if g["edge"].startswith("end") else 0), int(g["edge_d"])
        return lambda t: t[where] == d
    if g.get("kind"):
        allowed, where = _KINDS[g["kind"].replace("-", "")], _at(g["kp"], width)
        return lambda t: t[where] in allowed
    if g.get("lop") or g.get("rop"):
        return _groups_test(g, width)
    places = [m.group("pa"), m.group("pb")]
    at = [_at(p, width) for p in places if p]
    if len(set(at)) != len(at):
        raise Decline("a digit place named twice")
    cmp = COMPARE[(g.get("rel") or "equal to ").strip()]
    times = 1 if not g.get("times") else 2 if g["times"].strip() == "twice" else int(
        g["times"].strip()[1])
    if len(at) == 2:
        return lambda t: cmp(t[at[0]], times * t[at[1]])
    c = int(g["c"])
    return lambda t: cmp(t[at[0]], times * c)


__all__ = ["ORDER", "PLACES", "PLACE_CONDITIONS", "order_test", "place_test", "place_words"]
