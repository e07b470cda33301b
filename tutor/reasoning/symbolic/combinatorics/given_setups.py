"""The experiments the conditional reader (`given_conditions`) lists: dice rolled, coins
flipped, cards drawn from a standard deck, items drawn from a bag of several kinds, or one
number chosen from a stated set or range. Each is taken from the wording and returned as two
listings of its equally likely outcomes (in different orders) and the reader of its events.

A bag's items are told apart (the third red marble is not the first), so every ordered draw
is equally likely; draws of several items are without replacement unless "with replacement"
or "replaced" is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import permutations, product
from math import perm

from tutor.reasoning.symbolic.combinatorics.cards import CARDS_DRAWN, DECK, FROM_A_DECK
from tutor.reasoning.symbolic.combinatorics.coins import COINS
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.given_events import (
    ItemTest,
    Outcome,
    Reading,
    card_event,
    coin_event,
    dice_event,
    drawn_event,
    number_event,
)
from tutor.reasoning.symbolic.combinatorics.number_draws import FROM_NUMBERS, pool_of
from tutor.reasoning.symbolic.combinatorics.urn_wording import (
    STOCK_PHRASES,
    singular_kind,
    stock_counts,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline

SPACE = 200_000  # outcomes listed one by one at most
Listing = Callable[[], Iterator[Outcome]]
# "a card is drawn and not replaced, then a second card is drawn"
_SECOND = (r",? (?:and )?(?:it is )?(?P<not>not )?(?:replaced|put back|returned),? (?:and )?then "
           r"(?:a|another|the) second (?:[a-z]+ )?is (?:drawn|chosen|dealt|picked|selected|taken|"
           r"removed)\b")
_BAG_DRAW = [r" (?:#(?P<k>[1-3])|a|an|one) (?:[a-z]+ )?(?:is|are) (?:randomly )?(?:drawn|selected|"
             r"chosen|picked|taken|removed|pulled)(?: out)?(?: at random)?\b",
             r" (?:draws?|picks?|takes?|selects?|chooses?|removes?) (?:#(?P<k>[1-3])|a|an|one) "
             r"(?:[a-z]+ )?(?:at random )?(?:from|out of)\b"]
_FROM_BAG = r" (?:from|out of) (?:the|this|that|his|her|my|their|our) [a-z]+\b"
_ONE_NUMBER = (r" (?:an? |#1 )(?:positive )?(?:integer|number|whole number) (?:is |was )?(?:"
               r"randomly )?(?:selected|chosen|picked|drawn)(?: at random| randomly)?\b")


@dataclass
class Experiment:
    listing: Listing
    again: Listing
    read: Callable[[str], list[Reading]]
    said: str
    nouns: frozenset[str] = frozenset()


def built(items: Sequence[object], k: int, repeats: bool) -> Iterator[Outcome]:
    """Every outcome, built one place at a time (a second listing)."""
    if k == 0:
        yield ()
        return
    for head in built(items, k - 1, repeats):
        for x in items:
            if repeats or x not in head:
                yield (*head, x)


def _draws(items: list[object], k: int, replaced: bool) -> tuple[Listing, Listing]:
    if (len(items) ** k if replaced else perm(len(items), k)) > SPACE:
        raise Decline("more outcomes than I can list")
    first: Listing = (lambda: product(items, repeat=k)) if replaced else (
        lambda: permutations(items, k))
    return first, lambda: built(items[::-1], k, replaced)


def _replacement(w: Wording, k: int) -> tuple[int, bool] | None:
    """How many are drawn and whether each is put back, as said."""
    second = w.take(_SECOND)
    replaced = bool(w.take(r" with replacement\b"))
    without = bool(w.take(r" without replacement\b"))
    if second:
        if k != 1 or len(second) != 1 or replaced or without:
            return None
        return 2, second[0].group("not") is None
    return (k, replaced) if not (replaced and without) and 1 <= k <= 3 else None


def experiment(w: Wording) -> Experiment | None:
    """The one experiment the wording sets up, taken out of it; None when there is not one."""
    dice = [m for p in DICE for m in w.take(p)]
    coins = [m for p in COINS for m in w.take(p)]
    deck, drawn = w.take(FROM_A_DECK), w.take(CARDS_DRAWN)
    stock = [m for p in STOCK_PHRASES for m in w.take(p)] if not (deck or dice or coins) else []
    bag = [m for p in _BAG_DRAW for m in w.take(p)] if stock else []
    pool = w.take(FROM_NUMBERS) if not (stock or deck) else []
    number = w.take(_ONE_NUMBER) if pool else []
    if len(dice) + len(coins) + len(drawn) + len(bag) + len(number) != 1:
        return None
    if dice:
        g = dice[0].groupdict()
        k = 1 if any(g.get(x) is not None for x in ("single", "single2", "single3")) \
            else rolled_dice(g)
        s = int(g.get("s") or 6)
        if not 2 <= s <= 100 or s**k > SPACE:
            raise Decline("more rolls than I can list")
        faces = range(1, s + 1)
        return Experiment(lambda: product(faces, repeat=k), lambda: built(list(faces), k, True),
                          lambda t: dice_event(t, k, s), f"{k} dice of {s} faces")
    if coins:
        n = int(coins[0].group("n"))
        if not 1 <= n <= 16:
            raise Decline("more flips than I can list")
        return Experiment(lambda: product("HT", repeat=n), lambda: built(["T", "H"], n, True),
                          lambda t: coin_event(t, n), f"{n} flips")
    if number:
        if len(pool) != 1:
            return None
        values = [(x,) for x in pool_of(w, pool[0])]
        return Experiment(lambda: iter(values), lambda: iter(values[::-1]), number_event,
                          f"{len(values)} numbers")
    if drawn and len(deck) == 1:
        how = _replacement(w, int(drawn[0].group("m") or drawn[0].group("m2") or 1))
        if how is None:
            return None
        m, replaced = how
        first, again = _draws(list(DECK), m, replaced)
        return Experiment(first, again, lambda t: card_event(t, m),
                          f"{m} cards {'with' if replaced else 'without'} replacement")
    if not bag or len(stock) != 1:
        return None
    return _bag(w, stock[0], int(bag[0].group("k") or 1))


def _bag(w: Wording, stock: re.Match[str], k: int) -> Experiment | None:
    kinds, nouns = stock_counts(stock)
    how = _replacement(w, k)
    if how is None or len(nouns) > 1:
        return None
    w.take(_FROM_BAG)
    m, replaced = how
    items: list[object] = [(kind, i) for kind, n in kinds.items() for i in range(n)]
    first, again = _draws(items, m, replaced)

    def item(what: str) -> ItemTest | None:
        said = re.fullmatch(r"(?:an? )?([a-z]+)(?: ones?)?", what)
        kind = singular_kind(said.group(1)) if said else ""
        if kind not in kinds:
            return None
        return (lambda x: x[0] == kind), kind

    colours = {"colour": lambda x: x[0]}
    return Experiment(first, again, lambda t: drawn_event(t, m, item, colours),
                      f"{m} drawn {'with' if replaced else 'without'} replacement",
                      frozenset(nouns))


__all__ = ["SPACE", "Experiment", "built", "experiment"]
