"""Conditions on the digits in named places of a k-digit integer: "a tens digit equal to 5",
"the units digit is at least twice the tens digit", "the sum of the tens and units digits is
8", "the product of the first and last digits is 12"; and digits in strictly increasing or
decreasing order. `digit_counts` reads them with its
other conditions and counts the integers two ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from tutor.reasoning.symbolic.model import Decline

PLACES = r"units|ones|tens|hundreds|thousands|first|last|leading"
_PLACE_AT = {"units": -1, "ones": -1, "last": -1, "tens": -2, "hundreds": -3, "thousands": -4,
             "first": 0, "leading": 0}

# "digits in strictly increasing order", "whose digits strictly decrease from left to right":
# 'increasing' alone may or may not allow equal neighbours, so it is not read
ORDER = (r" (?:(?:that |which )?(?:have|has|having|with) |whose |in which )?(?:(?:its|their|the) "
         r")?digits (?:that |which )?(?:are )?(?:in )?strictly (?:(?P<way>increasing|decreasing)"
         r"(?: order)?|(?P<verb>increase|decrease))(?: from left to right)?\b")


def order_test(m: re.Match[str]) -> tuple[Callable[[tuple[int, ...]], bool], str]:
    """The test for digits in strictly increasing (or decreasing) order, and its words."""
    if (m.group("way") or m.group("verb")).startswith("increas"):
        return (lambda t: all(a < b for a, b in pairwise(t))), \
            "digits strictly increasing from left to right"
    return (lambda t: all(a > b for a, b in pairwise(t))), \
        "digits strictly decreasing from left to right"


def place_test(m: re.Match[str], width: int) -> Callable[[tuple[int, ...]], bool]:
    """A condition on named digits: 'the units digit is at least twice the tens digit', 'the
    sum of the tens and units digits is 8'."""
    places = [m.group("pa"), m.group("pb")]
    at = [_PLACE_AT[p] for p in places if p]
    if not width or any(i < -width for i in at) or len(set(at)) != len(at):
        raise Decline("a digit place the integers do not have, or named twice")
    g = m.groupdict()
    rel = (g.get("rel") or "equal to ").strip()
    cmp = {"equal to": lambda x, y: x == y, "greater than": lambda x, y: x > y,
           "larger than": lambda x, y: x > y, "more than": lambda x, y: x > y,
           "less than": lambda x, y: x < y, "smaller than": lambda x, y: x < y,
           "at least": lambda x, y: x >= y, "at most": lambda x, y: x <= y}[rel]
    if g.get("op"):
        c, join = int(g["c"]), (lambda x, y: x + y) if g["op"] == "sum" else (lambda x, y: x * y)
        return lambda t: cmp(join(t[at[0]], t[at[1]]), c)
    times = 1 if not g.get("times") else 2 if g["times"].strip() == "twice" else int(
        g["times"].strip()[1])
    if len(at) == 2:
        return lambda t: cmp(t[at[0]], times * t[at[1]])
    c = int(g["c"])
    return lambda t: cmp(t[at[0]], times * c)


__all__ = ["PLACES", "place_test"]
