"""Reader of draws in order from numbered items: "Twelve balls numbered 1 through 12 are in a
bin. In how many ways can 3 balls be drawn, in order, from the bin, if each ball is not put
back after it is drawn?", "Nine tiles numbered 1 to 9 are placed in a bag. In how many ways
can 4 tiles be drawn in order, with replacement?"

The items must be told apart (numbered or labelled), the draws must be in order, and whether
a drawn item goes back must be said: kept out, n (n - 1) ... (n - k + 1); put back, n^k.
Both are confirmed by listing the draws (or by n!/(n - k)! and repeated multiplication when
there are too many).
"""

from __future__ import annotations

from itertools import permutations, product
from math import factorial, perm, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_ITEM = r"(?:balls|tiles|cards|marbles|chips|slips|tickets|discs|disks|cubes|tokens)"
_BOX = r"(?:bin|bag|box|hat|jar|urn|bowl|basket)"
_STOCK = [
    r" #(?P<n>\d+) (?P<item>" + _ITEM + r") (?:are |were )?(?:numbered|labell?ed) (?:from )?#1 "
    r"(?:through|to) #(?P<hi>\d+)(?:,? inclusive)?,?(?: (?:are|were))?(?: (?:placed|put))? "
    r"(?:in|into) (?:a|an|the) " + _BOX + r"\b",
]
_DRAW = (r" (?:in how many (?:different )?ways can|how many (?:different )?ways are there "
         r"(?:for|to)) #(?P<k>\d+) (?P<item>" + _ITEM + r") (?:to )?(?:be )?(?:drawn|picked|"
         r"taken out|chosen),? (?:in order|one at a time,? in order|in sequence),?(?: from "
         r"(?:the|a|an) " + _BOX + r")?")
_KEPT = (r",? (?:if |where |and )?(?:each (?:ball|tile|card|marble|chip|slip|ticket|disc|disk|"
         r"cube|token) (?:remains|stays|is kept) outside the " + _BOX + r" after it is drawn|"
         r"each (?:one )?is not (?:put back|replaced|returned)(?: after it is drawn)?|without "
         r"replacement)\b")
_BACK = (r",? (?:if |where |and )?(?:each (?:ball|tile|card|marble|chip|slip|ticket|disc|disk|"
         r"cube|token) is (?:put back|placed back|replaced|returned)(?: (?:in|into) the " + _BOX
         + r")?(?: after it is drawn)?|with replacement)\b")
_GLUE = frozenset("if".split())


def ordered_draws(split: Split, template: str) -> Result | None:
    if not quick(template, "in order", "in sequence") or not quick(template, "how many"):
        return None
    w = Wording.of(split, template)
    stock, draw = w.take(_STOCK[0]), w.take(_DRAW)
    kept, back = w.take(_KEPT), w.take(_BACK)
    if len(stock) != 1 or len(draw) != 1 or not w.only_glue(_GLUE):
        return None
    s, d = stock[0], draw[0]
    n, k = int(s.group("n")), int(d.group("k"))
    if s.group("item") != d.group("item") or int(s.group("hi")) != n:
        raise Decline("the items drawn or their numbers do not match the stock")
    if len(kept) + len(back) != 1:
        raise Decline("whether a drawn item goes back is not said once")
    if not 1 <= k <= 30 or n > 1000 or (kept and k > n):
        raise Decline("a modest draw")
    if kept:
        v = perm(n, k)
        listed = v <= _LIST
        confirm.count(v, (lambda: sum(1 for _ in permutations(range(n), k))) if listed
                      else (lambda: factorial(n) // factorial(n - k)),
                      "ordered draws kept out (listing them)" if listed else "n!/(n - k)!")
        claim = " \\cdot ".join(str(n - i) for i in range(k)) + f" = {v}"
        return sp.Integer(v), [step("draw in turn", "A drawn item stays out, so each next draw "
                                    "has one item fewer to choose from.", f"${claim}$", claim)]
    v = n**k
    listed = v <= _LIST
    confirm.count(v, (lambda: sum(1 for _ in product(range(n), repeat=k))) if listed
                  else (lambda: prod([n] * k)),
                  "ordered draws put back (listing them)" if listed else "repeated product")
    claim = f"{n}^{{{k}}} = {v}"
    return sp.Integer(v), [step("draw in turn", "Each drawn item goes back, so every draw has "
                                f"all {n} to choose from.", f"${claim}$", claim)]


__all__ = ["ordered_draws"]
