"""Reader of a shuffled deck read from the top: "A standard deck of 52 cards is shuffled.
What is the probability that the top card is red and the second card is black?", "The deck
is randomly arranged. What is the chance that the top three cards are all spades?".

The top cards of a deck in random order are two or three cards dealt one after another, so
the count is the one of `card_order`: every ordered deal of the places asked listed, and
counted again by inclusion-exclusion on the cards two places could share. The top card alone
is any of the 52 (counted in the deck, and again rank by rank and suit by suit).

A description of the deck said before ("has 13 ranks (Ace, 2, ..., King) and 4 suits (...),
such that there is exactly one card for any given rank and suit. Two of the suits (spades and
clubs) are black and the other two (hearts and diamonds) are red") is read and checked: it
must be the standard deck, ranks and suits and colours as listed, or the problem declines.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.card_order import (
    SUIT_SIGNS,
    deals_by_coincidences,
    listed_deals,
    place_kind,
)
from tutor.reasoning.symbolic.combinatorics.cards import DECK, PLURAL_OF
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DECK = (r"(?:a|the) (?:standard |ordinary |regular |normal )*(?:#52-card |(?:playing )?)?deck"
         r"(?: of #52 (?:playing )?cards)?")
_SHUFFLED = (r"(?:randomly arranged|arranged (?:at random|randomly|in (?:a )?random order)|"
             r"(?:well[- ]|thoroughly |randomly )?shuffled|put in (?:a )?random order|"
             r"placed in (?:a )?random order)")
_SETUP = [rf" {_DECK} (?:is|was|has been|gets) {_SHUFFLED}\b",
          rf" (?:i|you|we|he|she|they|[a-z]+) (?:shuffles?|shuffled) {_DECK}\b"]
# the deck described: its size, ranks and suits (checked against the standard deck)
_DESCRIBED = (rf" {_DECK} (?:has|contains|consists of) #(?P<ranks>\d+) ranks(?: \((?P<rank_list>"
              r"[^()]*)\))? and #(?P<suits>\d+) suits(?: \((?P<suit_list>[^()]*)\))?(?:,? "
              r"(?:such that|so that|with|and) there is exactly #1 card (?:for|of) (?:any|each|"
              r"every) (?:given )?rank and suit)?\b")
_COLOURED = (r" #2 of the suits(?: \((?P<black>[^()]*)\))? are black,? and the other #2(?: suits)?"
             r"(?: \((?P<red>[^()]*)\))? are red\b")
_RANK_NAMES = ["ace", *(f"#{r}" for r in range(2, 11)), "jack", "queen", "king"]
_DECK_REF = r" (?:the deck|it|the cards)(?= (?:is|are|was|were|has been|have been) " + \
            _SHUFFLED + r")"
_ORDINAL = {"first": 0, "second": 1, "third": 2, "top": 0}
_KIND_WORDS = "|".join(sorted(PLURAL_OF, key=len, reverse=True))
_WHAT = (r"(?:an? )?(?:(?P<kind>" + _KIND_WORDS + r")|#(?P<rank>\d+)|(?P<sign>@\d+@)|"
         r"(?P<colour>red|black))")
_PLACE = (r"(?:,|;)? ?(?:and )?(?:that )?the (?P<pos>first|second|third|top) card (?:from the "
          r"top |in the deck |of the deck )?(?:is|will be) " + _WHAT + r"(?: card)?(?!\w)")
_TOP = (r" (?:that )?the (?:top|first) #(?P<n>\d+) cards(?: of the deck| in the deck)? (?:are|"
        r"will be) (?:all|both)?(?: of them)? ?" + _WHAT + r"(?: ?'?s| cards)?(?!\w)")
_GLUE = frozenset("is are then at random randomly from".split())


def _items(src: str, w: Wording) -> list[str]:
    """The names in a listed group, '(spades, hearts, and clubs)', suit signs as names."""
    parts = [p.strip() for p in re.split(r",|\band\b", src) if p.strip()]
    out = []
    for p in parts:
        sign = re.fullmatch(r"@(\d+)@", p)
        out.append(SUIT_SIGNS.get(w.maths[int(sign.group(1))].strip(), p) if sign else p)
    return out


def _check_described(w: Wording, m: re.Match[str]) -> None:
    if int(m.group("ranks")) != 13 or int(m.group("suits")) != 4:
        raise Decline("a deck of other than 13 ranks and 4 suits")
    if m.group("rank_list") is not None and _items(m.group("rank_list"), w) != _RANK_NAMES:
        raise Decline("ranks listed that are not the standard ones")
    if m.group("suit_list") is not None and sorted(_items(m.group("suit_list"), w)) != sorted(
            ["spades", "hearts", "diamonds", "clubs"]):
        raise Decline("suits listed that are not the standard ones")


def _check_coloured(w: Wording, m: re.Match[str]) -> None:
    for group, suits in (("black", ["clubs", "spades"]), ("red", ["diamonds", "hearts"])):
        if m.group(group) is not None and sorted(_items(m.group(group), w)) != suits:
            raise Decline("suits coloured otherwise than in a standard deck")


def top_cards(split: Split, template: str) -> Result | None:
    if "card" not in template or not quick(template, "top", "first") or not quick(
            template, "shuffle", "random order", "randomly arranged", "arranged at random",
            "arranged randomly"):
        return None
    w = Wording.of(split, template)
    described, coloured = w.take(_DESCRIBED), w.take(_COLOURED)
    setup = [m for p in _SETUP for m in w.take(p)]
    if described and w.take(_DECK_REF):  # "the deck is shuffled": the deck described
        setup += w.take(r" (?:is|was|are|were|has been|have been) " + _SHUFFLED + r"\b")
    ask = w.take(ASK)
    places, tops = w.take(_PLACE), w.take(_TOP)
    if len(described) > 1 or len(coloured) > 1 or len(setup) != 1 or len(ask) != 1 or len(
            places) + len(tops) == 0 or (tops and places) or not w.only_glue(_GLUE):
        return None
    for m in described:
        _check_described(w, m)
    for m in coloured:
        _check_coloured(w, m)
    if tops:
        if len(tops) != 1:
            raise Decline("two statements about the top cards")
        n = int(tops[0].group("n"))
        if n not in (2, 3):
            raise Decline("two or three top cards")
        kinds = [place_kind(w, tops[0])] * n
    else:
        pos = [_ORDINAL[p.group("pos")] for p in places]
        if sorted(pos) != list(range(len(pos))) or len(pos) not in (1, 2, 3):
            raise Decline("a kind told for each of the top one to three cards, in order")
        kinds = [place_kind(w, p) for p in sorted(places, key=lambda p: _ORDINAL[p.group("pos")])]
    tests = [k[1] for k in kinds]
    size = len(tests)
    if size == 1:  # the top card alone: any of the 52 equally likely
        good = sum(1 for c in DECK if tests[0](c))
        by_parts = sum(1 for rank in range(13) for suit in range(4) if tests[0]((rank, suit)))
        return answer(good, 52, f"the top card being one of the {kinds[0][0]}", by_parts,
                      "going through the ranks and suits", f"Each of the 52 cards is as likely "
                      f"to be on top; {good} of them are {kinds[0][0]}.")
    good = listed_deals(tests)
    total = 52 * 51 * (50 if size == 3 else 1)
    words = ", then ".join(f"one of the {k[0]}" for k in kinds)
    return answer(good, total, f"the top {size} cards being {words}",
                  deals_by_coincidences(tests),
                  "inclusion-exclusion on the cards two places could share",
                  f"The top {size} cards of a shuffled deck are {size} cards dealt in order: "
                  f"of the {total} equally likely ordered deals, {good} give {words}.",
                  "52 \\cdot 51" + (" \\cdot 50" if size == 3 else ""))


__all__ = ["top_cards"]
