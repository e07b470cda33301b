"""Reader of how many hands of k cards a standard 52-card deck gives: "How many different
5-card hands can be dealt from a standard 52-card deck?", "How many 13-card bridge hands are
possible from a deck of 52 cards?". A hand is a set of cards (its order does not count): the
binomial coefficient C(52, k), confirmed by the product formula (`selections.binomial`).
"""

from __future__ import annotations

from tutor.reasoning.symbolic.combinatorics.cards import FROM_A_DECK
from tutor.reasoning.symbolic.combinatorics.selections import binomial
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ASK = (r" (?:how many|the number of) (?:different |distinct |possible )*#(?P<k>\d+)-card "
        r"(?:poker |bridge )?hands\b")
_MADE = r" (?:can be|could be|are|is) (?:dealt|formed|made|chosen|drawn|possible|there)\b"


def card_hands(split: Split, template: str) -> Result | None:
    if not quick(template, "hand") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    ask, deck, made = w.take(_ASK), w.take(FROM_A_DECK), w.take(_MADE)
    if len(ask) != 1 or len(deck) != 1 or len(made) > 1 or not w.only_glue():
        return None
    k = int(ask[0].group("k"))
    if not 1 <= k <= 52:
        raise Decline("a hand of at most 52 cards")
    return binomial(52, k, f"{k}-card hands")


__all__ = ["card_hands"]
