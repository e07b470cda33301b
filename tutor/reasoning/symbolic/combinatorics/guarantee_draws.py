"""Reader of the fewest items that must be drawn, without looking, to be sure of an outcome
(the pigeonhole principle): "A drawer holds 6 red socks, 4 blue socks and 5 white socks. What
is the smallest number of socks that must be drawn in the dark to guarantee a pair of the
same colour?", "... to be sure of getting 3 marbles of the same colour", "... to ensure that
at least 2 of them are green", "... to guarantee at least one of each colour".

The worst luck is the largest draw that still misses the outcome: j - 1 of each colour (or
all of a colour with fewer) for j of one colour; every item of the other colours for j of a
named colour; every item but those of the smallest colour for one of each. The answer is one
more. It is confirmed by finding the largest draw that misses the outcome again, over every
make-up of a draw (how many of each colour, each at most what the stock holds).
"""

from __future__ import annotations

from itertools import product
from math import prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.urn_wording import (
    STOCK_PHRASES,
    singular_kind,
    stock_counts,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_MAKEUPS = 500_000
_VERB = (r"(?:be )?(?:drawn|selected|chosen|picked|pulled out|taken out|removed|taken|draw|"
         r"select|choose|pick|pull out|take out|remove|take)(?: out)?\b")
_ASK = (r" (?:(?:what is )?the (?:smallest|least|minimum|fewest) number of (?P<noun>[a-z]+) "
        r"(?:that )?(?:[a-z]+ )?(?:must|should|needs? to|has to|have to|would have to|will have "
        r"to) |how many (?P<noun2>[a-z]+) (?:must|should|would|will|does|do) (?:[a-z]+ )?(?:have "
        r"to |need to )?)" + _VERB)
_TO = (r" (?:in order )?to (?:guarantee|ensure|be sure(?: of)?|be certain(?: of)?|make sure(?: "
       r"of)?)(?: that)?(?: (?:getting|having|drawing|there is|there are|(?:i|you|he|she|they) "
       r"(?:get|gets|has|have)))?")
_GOALS = {
    # "a pair of the same colour", "a matching pair", "3 socks of the same colour"
    "same": _TO + r" (?:(?:at least )?#(?P<j>\d+) (?:(?P<gn>[a-z]+) )?(?:of the same colour|"
            r"that match|of one colour)|(?:at least )?#(?P<j3>\d+) of them (?:are|have) the same "
            r"colour|an?(?: matching)? pair(?: of (?:the same colour|matching (?P<gn5>[a-z]+)|"
            r"(?P<gn6>[a-z]+)))?|#(?P<j2>\d+) matching (?P<gn2>[a-z]+))(?=[ .,;?])",
    # "at least 2 red marbles", "one green sock", "that at least 2 of them are green"
    "named": _TO + r" (?:at least )?(?:#(?P<jn>\d+)|an?)(?: of them (?:is|are))? (?!of\b)"
             r"(?P<kind>[a-z]+)(?: (?P<gn3>[a-z]+))?(?=[ .,;?])",
    # "at least one of each colour", "one sock of every colour"
    "each": _TO + r" (?:at least )?#1(?: (?P<gn4>[a-z]+))? of (?:each|every) (?:colour|kind|"
            r"type)(?=[ .,;?])"}
_GLUE = frozenset("in dark without looking if one at time from drawer".split())


def guaranteed(split: Split, template: str) -> Result | None:
    if not quick(template, "guarantee", "ensure", "be sure", "certain", "make sure") or \
            not quick(template, "smallest", "least", "minimum", "fewest", "how many"):
        return None
    w = Wording.of(split, template)
    stock = [m for p in STOCK_PHRASES for m in w.take(p)]
    ask = w.take(_ASK)
    goals = [(k, m) for k, p in _GOALS.items() for m in w.take(p)]
    if len(stock) != 1 or len(ask) != 1 or len(goals) != 1:
        return None
    kinds, nouns = stock_counts(stock[0])
    items = nouns | {singular_kind(ask[0].group("noun") or ask[0].group("noun2"))}
    for noun in items:
        w.take(r" " + noun + r"(?:s|es)?\b")
    kind, g = goals[0][0], goals[0][1].groupdict()
    said_nouns = {singular_kind(g[k] or "") for k in ("gn", "gn2", "gn3", "gn4", "gn5", "gn6")
                  if g.get(k)}
    if not w.only_glue(_GLUE) or items & set(kinds) or not said_nouns <= items:
        return None
    counts = list(kinds.values())
    worst, said = _worst(kind, g, kinds)
    if prod(c + 1 for c in counts) > _MAKEUPS:
        raise Decline("more make-ups than I can list")
    largest = max(sum(d) for d in product(*(range(c + 1) for c in counts))
                  if _misses(kind, g, kinds, d))
    confirm.count(worst, lambda: largest, "items in the largest draw that misses (every make-up)")
    claim = f"{worst} + 1 = {worst + 1}"
    return sp.Integer(worst + 1), [step(
        "the worst luck", f"The largest draw without {said} has {worst} items; one more item "
        "makes it certain.", f"${claim}$", claim)]


def _wanted(kind: str, g: dict[str, str | None]) -> int:
    """How many are wanted: a pair is 2 of a colour, a named colour once unless counted."""
    if kind == "same":
        return int(g.get("j") or g.get("j2") or g.get("j3") or 2)
    return int(g.get("jn") or 1)


def _worst(kind: str, g: dict[str, str | None], kinds: dict[str, int]) -> tuple[int, str]:
    """The largest draw that misses the goal, by the worst luck, and the goal's words."""
    counts, j = list(kinds.values()), _wanted(kind, g)
    if kind == "same":
        if j < 2 or max(counts) < j:
            raise Decline("no colour has that many")
        return sum(min(c, j - 1) for c in counts), f"{j} of the same colour"
    if kind == "named":
        one = singular_kind(g["kind"] or "")
        if one not in kinds or not 1 <= j <= kinds[one]:
            raise Decline("a colour the stock does not have, or more of it than there are")
        return sum(counts) - kinds[one] + j - 1, f"{j} {one}"
    return sum(counts) - min(counts), "one of each colour"


def _misses(kind: str, g: dict[str, str | None], kinds: dict[str, int],
            draw: tuple[int, ...]) -> bool:
    """Whether a draw (how many of each colour) misses the goal."""
    if kind == "same":
        return max(draw) < _wanted(kind, g)
    if kind == "named":
        return draw[list(kinds).index(singular_kind(g["kind"] or ""))] < _wanted(kind, g)
    return min(draw) == 0


__all__ = ["guaranteed"]
