"""Conditional probability over a small sample space: dice rolled, coins flipped or cards
drawn (with or without replacement), and a condition known to hold ("given that the first
die shows a 4", "if at least one is a six", "knowing that the first card was an ace").

Every outcome is listed (at most 200,000); the answer is the favourable outcomes among
those where the condition holds, over those where it holds. It is counted again on a
space built die by die (card by card) in another order, from |A| + |B| - |A or B|, and the
two must agree. A clause that reads two ways is answered only when both readings give the
same value; otherwise the student is asked which is meant.

Phrasings reached: "Two dice are rolled. Given that the first die shows a 4, what is the
probability that the sum is at least 9?", "Three coins are flipped. Given that at least one
is heads, what is the probability that all three are heads?", "A card is drawn from a
standard deck and not replaced, then a second card is drawn. Given that the first card is
an ace, what is the probability that the second card is a king?" ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import permutations, product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.cards import CARDS_DRAWN, DECK, FROM_A_DECK
from tutor.reasoning.symbolic.combinatorics.chance import ASK, ROLL_GLUE
from tutor.reasoning.symbolic.combinatorics.coins import COINS
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.given_events import (
    Outcome,
    Reading,
    card_event,
    coin_event,
    dice_event,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000
_KNOWN = (r"(?:given that|given|knowing that|if (?:we|you) know that|if it is known that|assuming "
          r"that|suppose that|supposing that|if)")
_CLAUSE = r"(?P<c>[^.?!,;]+?)(?= ?(?:[.?!,;]|$| what\b| find\b| compute\b))"
_CONDITION = r"(?:^|(?<=[.?!,;])) ?" + _KNOWN + r" " + _CLAUSE
_AFTER = r"(?<=[a-z0-9]) ,? ?" + _KNOWN + r" " + _CLAUSE  # "..., given that X?"
_EVENT = ASK + r" ?(?P<e>[^.?!,;]+?)(?= ?(?:[.?!,;]|$| " + _KNOWN + r" ))"
# "a card is drawn and not replaced, then a second card is drawn"
_SECOND_CARD = (r",? (?:and )?(?:it is )?(?P<not>not )?(?:replaced|put back),? (?:and )?then (?:a|"
                r"another|the) second card is (?:drawn|chosen|dealt|picked|selected)\b")
_GLUE = ROLL_GLUE | {"from", "are", "is", "at", "random", "then", "and", "that", "also"}
Space = Callable[[], Iterator[Outcome]]


def _setup(w: Wording) -> tuple[Space, Space, Callable[[str], list[Reading]], str] | None:
    """The experiment the text sets up: two listings of its outcomes (in different orders),
    the reader of its events, and its words."""
    dice = [m for p in DICE for m in w.take(p)]
    coins = [m for p in COINS for m in w.take(p)]
    deck, drawn = w.take(FROM_A_DECK), w.take(CARDS_DRAWN)
    if len(dice) + len(coins) + len(drawn) != 1:
        return None
    if dice:
        g = dice[0].groupdict()
        k = 1 if any(g.get(x) is not None for x in ("single", "single2", "single3")) \
            else rolled_dice(g)
        s = int(g.get("s") or 6)
        if not 2 <= s <= 100 or s**k > _SPACE:
            raise Decline("more rolls than I can list")
        faces = range(1, s + 1)
        return (lambda: product(faces, repeat=k), lambda: _built(list(faces), k, True),
                lambda t: dice_event(t, k, s), f"{k} dice of {s} faces")
    if coins:
        n = int(coins[0].group("n"))
        if not 1 <= n <= 16:
            raise Decline("more flips than I can list")
        return (lambda: product("HT", repeat=n), lambda: _built(["T", "H"], n, True),
                lambda t: coin_event(t, n), f"{n} flips")
    if len(deck) != 1:
        return None
    m = int(drawn[0].group("m") or drawn[0].group("m2") or 1)
    second = w.take(_SECOND_CARD)
    replaced = bool(w.take(r" with replacement\b"))
    without = bool(w.take(r" without replacement\b"))
    if second:
        if m != 1 or len(second) != 1 or replaced or without:
            return None
        m, replaced = 2, second[0].group("not") is None
    if replaced and without or not 1 <= m <= 3:
        return None
    cards = list(DECK)
    first: Space = (lambda: product(cards, repeat=m)) if replaced else (
        lambda: permutations(cards, m))
    return (first, lambda: _built(cards[::-1], m, replaced), lambda t: card_event(t, m),
            f"{m} cards {'with' if replaced else 'without'} replacement")


def _built(items: Sequence[object], k: int, repeats: bool) -> Iterator[Outcome]:
    """Every outcome, built one place at a time (a second listing)."""
    if k == 0:
        yield ()
        return
    for head in _built(items, k - 1, repeats):
        for x in items:
            if repeats or x not in head:
                yield (*head, x)


def conditional(split: Split, template: str) -> Result | None:
    if not quick(template, "given", "if ", "knowing", "assuming", "suppose") or not quick(
            template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(r" (?:get|gets|got) (rolled|thrown|tossed|flipped|drawn|dealt)\b", r" are \1",
                    w.text)
    w.text = re.sub(r"\b(?:sum )?total\b", "sum", w.text)
    w.take_name("rolls|throws|tosses|flips|draws")
    setup = _setup(w)
    if setup is None:
        return None
    w.take(r" (?:given that|if|when|suppose|assuming)(?: (?:i|you|we|he|she|they))?(?= ;)")
    event = w.take(_EVENT)
    conditions = w.take(_AFTER) or w.take(_CONDITION)
    if len(event) != 1 or len(conditions) != 1 or not w.only_glue(_GLUE):
        return None
    listing, rebuilt, read, said = setup
    wanted, known = read(event[0].group("e")), read(conditions[0].group("c"))
    if not wanted or not known:
        return None
    values: dict[sp.Rational, tuple[str, str, int, int]] = {}
    for a_test, a_words in wanted:
        for b_test, b_words in known:
            given = good = 0
            for o in listing():
                if b_test(o):
                    given += 1
                    good += a_test(o)
            if given == 0:
                raise Decline(f"the condition ({b_words}) never happens, so the probability "
                              "given it has no value")
            v = sp.Rational(good, given)
            _again(rebuilt, a_test, b_test, v, f"{a_words} given {b_words}")
            values.setdefault(v, (a_words, b_words, good, given))
    if len(values) > 1:
        said_two = "; ".join(f"'{a}' given '{b}' gives {latex(v)}"
                             for v, (a, b, _, _) in values.items())
        raise Decline(WHICH_MEANT + f"The question reads more than one way: {said_two}. Say "
                      "which is meant.")
    (v, (a_words, b_words, good, given)), = values.items()
    keep = step("keep the outcomes where the condition holds",
                f"Only the outcomes where {b_words} can have happened.",
                f"Of all the equally likely outcomes ({said}), {given} have {b_words}.")
    claim = f"\\frac{{{good}}}{{{given}}} = {latex(v)}"
    count = step("favourable among them", f"Of those {given}, count the ones where {a_words}.",
                 f"${claim}$", claim)
    return v, [keep, count]


def _again(rebuilt: Space, a_test: Callable[[Outcome], bool], b_test: Callable[[Outcome], bool],
           v: sp.Rational, what: str) -> None:
    """|A and B| = |A| + |B| - |A or B| on the space listed again, over |B|."""
    a = b = either = 0
    for o in rebuilt():
        in_a, in_b = a_test(o), b_test(o)
        a += in_a
        b += in_b
        either += in_a or in_b
    confirm.probability(v, a + b - either, b, what)


__all__ = ["conditional"]
