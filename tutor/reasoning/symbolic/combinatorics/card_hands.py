"""Reader of how many hands of k cards a standard 52-card deck gives: "How many different
5-card hands can be dealt from a standard 52-card deck?", "How many 13-card bridge hands are
possible from a deck of 52 cards?". A hand is a set of cards (its order does not count): the
binomial coefficient C(52, k), confirmed by the product formula (`selections.binomial`).
With a condition on one kind of card ("... contain exactly 2 aces", "at least one heart",
"no face cards", "are all spades"): choose the cards of the kind and the others,
C(m, j) C(52 - m, k - j) summed over the counts j allowed, confirmed by Vandermonde's
identity (all the counts j together make every hand).
"""

from __future__ import annotations

from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.cards import FROM_A_DECK
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.selections import binomial
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ASK = (r" (?:how many|the number of) (?:different |distinct |possible )*#(?P<k>\d+)-card "
        r"(?:poker |bridge )?hands\b")
_SIZES = {"aces": 4, "kings": 4, "queens": 4, "jacks": 4, "hearts": 13, "diamonds": 13,
          "clubs": 13, "spades": 13, "face cards": 12, "red cards": 26, "black cards": 26}
_KIND = r"(?P<kind>" + "|".join(k[:-1] + "s?" for k in _SIZES) + r")"  # "one ace", "2 aces"
_HAS = (r" (?:that |which )?(?:contain|have|include|consist of|with) (?P<cmp>exactly|at least|at "
        r"most) #(?P<j>\d+) " + _KIND + r"\b| (?:that |which )?(?:contain|have|include|with) "
        r"(?P<none>no) " + _KIND.replace("kind", "kind2") + r"\b| (?:that |which )?(?:are|consist "
        r"of) (?P<all>all) " + _KIND.replace("kind", "kind3") + r"\b")
_MADE = r" (?:can be|could be|are|is) (?:dealt|formed|made|chosen|drawn|possible|there)\b"
# the chance that a hand dealt at random holds so many of a kind: "What is the probability
# that a 3-card hand dealt from a standard deck contains exactly one ace?"
_HAND = (r" (?:a|an|one) (?:random |randomly (?:dealt|chosen|drawn|selected) )?#(?P<k>\d+)-card "
         r"(?:poker |bridge )?hand(?: (?:is )?(?:randomly )?(?:dealt|drawn|chosen|selected)(?: at "
         r"random)?)?")
_HOLDS = (r" (?:contains|has|includes|holds) (?:(?P<cmp>exactly|at least|at most) #(?P<j>\d+) "
          + _KIND + r"|(?P<none>no) " + _KIND.replace("kind", "kind2") + r")\b| (?:is|consists "
          r"of) (?P<all>all) " + _KIND.replace("kind", "kind3") + r"\b")


def card_hands(split: Split, template: str) -> Result | None:
    if not quick(template, "hand") or not quick(template, "how many", "number of",
                                                "probability", "chance"):
        return None
    w = Wording.of(split, template)
    chance, hand = w.take(ASK), w.take(_HAND)
    ask, deck, made = w.take(_ASK) + hand, w.take(FROM_A_DECK), w.take(_MADE)
    has = w.take(_HAS) + w.take(_HOLDS)
    if len(ask) != 1 or len(deck) != 1 or len(made) > 1 or len(has) > 1 or not w.only_glue() \
            or len(chance) != len(hand) or (chance and not has):
        return None
    k = int(ask[0].group("k"))
    if not 1 <= k <= 52:
        raise Decline("a hand of at most 52 cards")
    if not has:
        return binomial(52, k, f"{k}-card hands")
    h = has[0]
    kind = h.group("kind") or h.group("kind2") or h.group("kind3")
    kind = kind if kind.endswith("s") else kind + "s"
    m = _SIZES[kind]
    if h.group("none"):
        cmp, j = "exactly", 0
    elif h.group("all"):
        cmp, j = "exactly", k
    else:
        cmp, j = h.group("cmp"), int(h.group("j"))
    allowed = [i for i in range(k + 1) if {"exactly": i == j, "at least": i >= j,
                                           "at most": i <= j}[cmp]]
    parts = [comb(m, i) * comb(52 - m, k - i) for i in allowed]
    v = sum(parts)
    if v in (0, comb(52, k)):
        raise Decline("every hand or no hand: a misreading is more likely")
    others = sum(comb(m, i) * comb(52 - m, k - i) for i in range(k + 1) if i not in allowed)
    if chance:  # every hand equally likely; the favourable ones again as all less the others
        return answer(v, comb(52, k), f"{i_words(cmp, j)} {kind}", comb(52, k) - others,
                      "all hands less those with other counts (Vandermonde's identity)",
                      f"{v} of the {comb(52, k)} equally likely hands have {i_words(cmp, j)} "
                      f"{kind}.", f"\\binom{{52}}{{{k}}}")
    confirm.check(v + others == comb(52, k), "with the other counts of the kind it makes every "
                  "hand (Vandermonde's identity)")
    terms = " + ".join(f"\\binom{{{m}}}{{{i}}}\\binom{{{52 - m}}}{{{k - i}}}" for i in allowed)
    claim = f"{terms} = {v}"
    return sp.Integer(v), [step(f"choose the {kind} and the rest", f"There are {m} {kind} and "
                                f"{52 - m} other cards; a hand with {i_words(cmp, j)} {kind} "
                                "takes that many of the first and the rest of the second.",
                                f"${claim}$", claim)]


def i_words(cmp: str, j: int) -> str:
    return f"{cmp} {j}" if j else "no"


__all__ = ["card_hands"]
