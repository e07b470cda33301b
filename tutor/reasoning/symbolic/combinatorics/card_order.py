"""Reader of cards dealt one after another, with an event about each place: "the first card
is a king and the second card is a heart".

The situation: two or three cards are dealt in order from a standard 52-card deck (without
replacement); the question names a kind for each card in order (a rank, a suit, a face
card, a red or black card, a number 2 to 10). The count of favourable ordered deals is
found by listing every deal, and again by inclusion-exclusion on the cards two places
could share: for two places |X||Y| - |X & Y|, for three
|X||Y||Z| - |X&Y||Z| - |X&Z||Y| - |Y&Z||X| + 2|X&Y&Z|.

Phrasings reached: "Two cards are dealt from a standard deck of 52 cards. What is the
probability that the first card is a queen and the second card is a club?", "Three cards
are drawn at random without replacement from a shuffled deck. Find the chance that the
first is a jack, the second is a $\\spadesuit$ and the third is a face card."
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor.reasoning.symbolic.combinatorics.cards import (
    CARDS_DRAWN,
    DECK,
    FROM_A_DECK,
    KIND_TESTS,
    PLURAL_OF,
)
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

Card = tuple[int, int]
SUIT_SIGNS = {"\\heartsuit": "hearts", "\\diamondsuit": "diamonds", "\\clubsuit": "clubs",
               "\\spadesuit": "spades", "\\heartsuits": "hearts"}
_ORDINAL = {"first": 0, "second": 1, "third": 2, "top": 0}
_KIND_WORDS = "|".join(sorted(PLURAL_OF, key=len, reverse=True))
_WHAT = (r"(?:an? )?(?:(?P<kind>" + _KIND_WORDS + r")|#(?P<rank>\d+)|(?P<sign>@\d+@)|"
         r"(?P<colour>red|black))")
_PLACE = (r"(?:,|;)? ?(?:and )?(?:that )?the (?P<pos>first|second|third|top) (?:card )?"
          r"(?:drawn |dealt |chosen )?(?:is|will be) " + _WHAT + r"(?: card)?(?!\w)")
_GLUE = frozenset("from are is one after another in order at random randomly without "
                  "replacement playing".split())


def place_kind(w: Wording, m: re.Match[str]) -> tuple[str, Callable[[Card], bool]]:
    if m.group("kind"):
        name = PLURAL_OF[m.group("kind")]
        return name, KIND_TESTS[name]
    if m.group("colour"):
        return m.group("colour"), KIND_TESTS[m.group("colour")]
    if m.group("rank"):
        r = int(m.group("rank"))
        if not 2 <= r <= 10:
            raise Decline("a card numbered 2 to 10")
        return f"{r}s", lambda c: c[0] == r - 1
    src = w.maths[int(m.group("sign")[1:-1])].strip()
    if src not in SUIT_SIGNS:
        raise Decline("a suit sign")
    name = SUIT_SIGNS[src]
    return name, KIND_TESTS[name]


def deals_by_coincidences(tests: list[Callable[[Card], bool]]) -> int:
    """Ordered deals with card i of kind i, by inclusion-exclusion on shared cards."""
    def n(*idx: int) -> int:
        return sum(1 for c in DECK if all(tests[i](c) for i in idx))
    if len(tests) == 2:
        return n(0) * n(1) - n(0, 1)
    return (n(0) * n(1) * n(2) - n(0, 1) * n(2) - n(0, 2) * n(1) - n(1, 2) * n(0)
            + 2 * n(0, 1, 2))


def listed_deals(tests: list[Callable[[Card], bool]]) -> int:
    """Ordered deals with card i of kind i, by listing them (no card twice)."""
    pools = [[c for c in DECK if t(c)] for t in tests]
    if len(pools) == 2:
        return sum(1 for a in pools[0] for b in pools[1] if a != b)
    return sum(1 for a in pools[0] for b in pools[1] if a != b
               for c in pools[2] if c != a and c != b)


def dealt_in_order(split: Split, template: str) -> Result | None:
    if "card" not in template or not quick(template, "first", "top") or not quick(
            template, "second"):
        return None
    w = Wording.of(split, template)
    w.take_name("draws|chooses|picks|selects|deals")
    deck, draw, ask = w.take(FROM_A_DECK), w.take(CARDS_DRAWN), w.take(ASK)
    places = w.take(_PLACE)
    w.take(r"(?<=;)\s+(?:without replacement|one (?:after|at a time)(?: another)?)\b")
    if len(deck) != 1 or len(draw) != 1 or len(ask) != 1 or not places \
            or not w.only_glue(_GLUE):
        return None
    m = int(draw[0].group("m") or draw[0].group("m2") or 1)
    pos = [_ORDINAL[p.group("pos")] for p in places]
    if m not in (2, 3) or sorted(pos) != list(range(m)):
        raise Decline("a kind told for each card dealt, in order")
    kinds = [place_kind(w, p) for p in sorted(places, key=lambda p: _ORDINAL[p.group("pos")])]
    tests = [k[1] for k in kinds]
    good = listed_deals(tests)
    total = 52 * 51 * (50 if m == 3 else 1)
    words = ", then ".join(f"one of the {k[0]}" for k in kinds)
    return answer(good, total, words, deals_by_coincidences(tests), "inclusion-exclusion on the "
                  "cards two places could share", f"Of the {total} equally likely ordered "
                  f"deals, {good} give {words}.", "52 \\cdot 51" + (" \\cdot 50" if m == 3
                                                                      else ""))


__all__ = ["SUIT_SIGNS", "dealt_in_order", "deals_by_coincidences", "listed_deals", "place_kind"]
