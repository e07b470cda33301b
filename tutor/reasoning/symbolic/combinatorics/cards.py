"""Probability reader for cards from a standard 52-card deck (13 ranks in 4 suits; hearts
and diamonds red, clubs and spades black; jacks, queens and kings the face cards).

Phrasings reached: "Two cards are dealt at random from a standard deck of 52 cards.
What is the probability that both are hearts?", "I draw 3 cards from a shuffled 52-card
deck. What is the chance that all of them are the same suit?", "A card is chosen at
random from a standard deck. What is the probability that it is a face card?" ...
Each answer is counted by listing every hand (up to three cards) and again from how
many cards of each kind the deck holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations, product
from math import comb

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

SUITS = ("hearts", "diamonds", "clubs", "spades")
RANKS = ("aces", "twos", "threes", "fours", "fives", "sixes", "sevens", "eights", "nines",
         "tens", "jacks", "queens", "kings")
DECK = [(r, s) for s in range(4) for r in range(13)]
Card = tuple[int, int]


def _has(part: int, value: int) -> Callable[[Card], bool]:
    """Whether a card's rank (part 0) or suit (part 1) is `value`."""
    return lambda c: c[part] == value


KIND_TESTS: dict[str, Callable[[Card], bool]] = {
    **{s: _has(1, i) for i, s in enumerate(SUITS)},
    **{r: _has(0, i) for i, r in enumerate(RANKS)},
    "red cards": lambda c: c[1] < 2, "black cards": lambda c: c[1] >= 2,
    "red": lambda c: c[1] < 2, "black": lambda c: c[1] >= 2,
    "face cards": lambda c: c[0] >= 10}
_KINDS = "|".join(sorted(KIND_TESTS, key=len, reverse=True))
PLURAL_OF = {"heart": "hearts", "diamond": "diamonds", "club": "clubs", "spade": "spades",
             "ace": "aces", "king": "kings", "queen": "queens", "jack": "jacks",
             "face card": "face cards", "red card": "red cards", "black card": "black cards",
             "red": "red", "black": "black"}
FROM_A_DECK = (r" (?:from )?(?:a|the) (?:standard |well[- ]shuffled |shuffled |ordinary |regular )*"
               r"(?:#52-card )?deck(?: of #52 (?:playing )?cards)?\b")
CARDS_DRAWN = (
    r" (?:(?:#(?P<m>\d+)|a|one|a single) (?:playing )?cards? (?:is |are |that is )?(?:randomly )?"
    r"(?:drawn|chosen|selected|dealt|picked)|(?:a|one) (?:randomly )?(?:drawn|chosen|selected|"
    r"dealt|picked) card|(?:(?:i|you|we|he|she) )?(?:draws?|chooses?|picks?|selects?|(?:am|is|"
    r"are) dealt) #(?P<m2>\d+) cards)(?: (?:at random|randomly|without replacement))?\b")
_FACES_NOTE = r" \((?:the )?jacks, queens,? (?:and|or) kings\)"
_EVENT = (r" (?:both|all|all of them|all #\d+|they|the cards|the #\d+ cards|both cards) (?:are )?"
          r"(?:(?P<same>(?:of |have )?the same suit)|(?P<diff>(?:of |have )?different suits)|"
          r"(?P<rank>(?:of |have )?the same rank)|(?P<kind>" + _KINDS + r"))\b"
          r"| (?:(?:it|the card)|(?<=; )) is (?P<neg>not )?(?:an? )?(?P<one>" + "|".join(PLURAL_OF)
          + r")(?: or (?:an? )?(?P<two>" + "|".join(PLURAL_OF) + r")(?P<both> or both)?)?\b")
# one card of a colour and a rank, or a rank and a suit: "a red king", "the queen of spades"
_ONE_RANKS = r"(?P<rk>ace|king|queen|jack|face card)"
_COMBINED = (r" (?:(?:it|the card)|(?<=; )) is (?:an? |the )?(?:(?P<col>red|black) " + _ONE_RANKS
             + r"|(?P<rk2>ace|king|queen|jack) of (?P<suit>hearts|diamonds|clubs|spades))\b")
# how many of the hand are of a kind: "at least one of them is an ace", "neither card is a king"
_COUNTED = (r" (?:(?P<some>at least (?:#1|one))|(?P<none>neither|none)|(?P<exact>exactly (?:#1|"
            r"one)))(?: of them| of the cards| card)? (?:is|are) (?:an? )?(?P<ck>"
            + "|".join(PLURAL_OF) + r")\b")
_REPLACED = r"(?<=;)\s+with replacement\b| (?:each|the) card is (?:replaced|put back)\b"


def cards(split: Split, template: str) -> Result | None:
    if "deck" not in template or not re.search(r"card|probability of|chance of", template):
        return None
    w = Wording.of(split, template)
    # "the probability of drawing an ace or a king": one card drawn, and what it is
    w.text = re.sub(r"\b(probability|chance) of (?:randomly )?(?:drawing|picking|choosing|"
                    r"selecting|getting|pulling) (?=(?:an? |the )?(?:red |black )?(?:" + "|".join(
                        PLURAL_OF) + r")\b)", r"\1 that a card drawn is ", w.text)
    w.take_name("draws|chooses|picks|selects")
    deck, draw, ask = w.take(FROM_A_DECK), w.take(CARDS_DRAWN), w.take(ASK)
    w.take(r"(?<=;)\s+without replacement\b")
    replaced = w.take(_REPLACED)
    w.take(_FACES_NOTE)
    combined, counted = w.take(_COMBINED), w.take(_COUNTED)
    event = combined or counted or w.take(_EVENT)
    if len(deck) != 1 or len(draw) != 1 or len(ask) != 1 or len(event) != 1 \
            or not w.only_glue({"from", "are", "is"}):
        return None
    m = int(draw[0].group("m") or draw[0].group("m2") or 1)
    e = event[0]
    if combined:
        if m != 1 or replaced:
            raise Decline("one card of a colour and a rank")
        return _colour_and_rank(e)
    if counted:
        return _counted(m, e, bool(replaced))
    if replaced:
        return _replaced(m, e)
    if not 1 <= m <= 3 or (m == 1) != bool(e.group("one")):
        raise Decline("hands of one to three cards, with an event about them")
    total = comb(52, m)
    if e.group("one") and (e.group("two") or e.group("neg")):
        return _one_card(e.group("one"), e.group("two"), bool(e.group("neg")))
    if e.group("one") or e.group("kind"):
        name = PLURAL_OF.get(e.group("one") or "", e.group("kind"))
        hit = KIND_TESTS[name]

        def test(hand: tuple[tuple[int, int], ...]) -> bool:
            return all(hit(c) for c in hand)
        second = comb(sum(1 for c in DECK if hit(c)), m)
        words = f"all {name}" if m > 1 else f"a card among the {name}"
    else:
        if m < 2:
            raise Decline("one card cannot share a suit")
        kind = "same" if e.group("same") else "diff" if e.group("diff") else "rank"
        if kind == "diff" and m > 4:
            raise Decline("more cards than suits")

        def test(hand: tuple[tuple[int, int], ...]) -> bool:
            suits, ranks = {c[1] for c in hand}, {c[0] for c in hand}
            return {"same": len(suits) == 1, "diff": len(suits) == m, "rank": len(ranks) == 1}[kind]
        second = {"same": 4 * comb(13, m), "diff": comb(4, m) * 13**m,
                  "rank": 13 * comb(4, m)}[kind]
        words = {"same": "one suit", "diff": "different suits", "rank": "one rank"}[kind]
    good = sum(1 for hand in combinations(DECK, m) if test(hand))
    return answer(good, total, words, second, "counting the cards of each kind",
                  f"Of the $\\binom{{52}}{{{m}}} = {total}$ equally likely hands, {good} are "
                  f"{words}.", f"\\binom{{52}}{{{m}}}")


def _one_card(first: str, second: str | None, negated: bool) -> Result:
    """One card that is not a kind ('not a heart'), or is one kind or another ('a king or a
    heart', an inclusive or): the deck listed card by card, and counted again by inclusion and
    exclusion from the sizes of the kinds."""
    a, b = KIND_TESTS[PLURAL_OF[first]], KIND_TESTS[PLURAL_OF[second]] if second else None
    if b is None:
        good = sum(1 for c in DECK if not a(c))
        again = 52 - sum(1 for c in DECK if a(c))
        words = f"not a {first}"
    else:
        if negated:
            raise Decline("'not' before a choice of two kinds reads two ways")
        good = sum(1 for c in DECK if a(c) or b(c))
        again = sum(map(a, DECK)) + sum(map(b, DECK)) - sum(1 for c in DECK if a(c) and b(c))
        words = f"a {first} or a {second}"
    return answer(good, 52, words, again, "inclusion and exclusion over the kinds",
                  f"Of the 52 equally likely cards, {good} are {words}.", "52")


def _counted(m: int, e: re.Match[str], replaced: bool) -> Result:
    """At least one / none / exactly one of m cards dealt of one kind."""
    if replaced or not 2 <= m <= 3 or e.group("none") == "neither" and m != 2:
        raise Decline("two or three cards dealt together, with 'neither' for two")
    name = PLURAL_OF[e.group("ck")]
    hit, c = KIND_TESTS[name], sum(1 for x in DECK if KIND_TESTS[name](x))
    how = "some" if e.group("some") else "none" if e.group("none") else "exact"
    ok = {"some": lambda h: h >= 1, "none": lambda h: h == 0, "exact": lambda h: h == 1}[how]
    good = sum(1 for hand in combinations(DECK, m) if ok(sum(1 for x in hand if hit(x))))
    second = {"some": comb(52, m) - comb(52 - c, m), "none": comb(52 - c, m),
              "exact": c * comb(52 - c, m - 1)}[how]
    words = {"some": "at least one", "none": "none", "exact": "exactly one"}[how] + f" {name}"
    return answer(good, comb(52, m), words, second, f"the {c} {name} and the {52 - c} others",
                  f"Of the $\\binom{{52}}{{{m}}} = {comb(52, m)}$ equally likely hands, {good} "
                  f"have {words}.", f"\\binom{{52}}{{{m}}}")


_RANK_OF = {"ace": 0, "jack": 10, "queen": 11, "king": 12}


def _colour_and_rank(e: re.Match[str]) -> Result:
    """One card that is a red (black) ace/king/... or face card, or one rank of one suit."""
    rank = e.group("rk") or e.group("rk2")
    ranks = set(range(10, 13)) if rank == "face card" else {_RANK_OF[rank]}
    suits = {0, 1} if e.group("col") == "red" else {2, 3} if e.group("col") else \
        {SUITS.index(e.group("suit"))}
    good = sum(1 for c in DECK if c[0] in ranks and c[1] in suits)
    again = len(ranks) * len(suits)  # one card of each rank in each suit
    words = e.group(0).split(" is ", 1)[1].strip()
    return answer(good, 52, words, again, "one card of each rank in each suit",
                  f"Of the 52 equally likely cards, {good} are {words}.", "52")


def _replaced(m: int, e: re.Match[str]) -> Result:
    """m cards drawn one at a time, each put back: every ordered draw of 52^m is equally
    likely; all of one kind (h of the 52) in h^m of them."""
    if not 2 <= m <= 3 or not e.group("kind"):
        raise Decline("two or three cards put back, all of one kind")
    hit = KIND_TESTS[e.group("kind")]
    h = sum(1 for c in DECK if hit(c))
    good = sum(1 for draw in product(DECK, repeat=m) if all(hit(c) for c in draw))
    words = f"all {e.group('kind')}"
    return answer(good, 52**m, words, h**m, "the cards of that kind, drawn each time",
                  f"Each card is put back: of the $52^{{{m}}}$ equally likely draws, {good} are "
                  f"{words}.", f"52^{{{m}}}")


__all__ = ["cards"]
