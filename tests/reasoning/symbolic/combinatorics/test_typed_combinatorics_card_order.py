"""Cards dealt in order with a kind told for each place ("the first card is a queen and the
second card is a club"). Our own problems; the counts are worked out by inclusion-exclusion
in the comments (ordered deals: 52*51 for two cards, 52*51*50 for three)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # queen then club: 4*13 - 1 (the queen of clubs) = 51 of 2652
    ("I draw 2 cards from a well-shuffled deck. Find the probability that the first is a "
     "queen and the second is a club.", "1/52"),
    # red then a 7: 26*4 - 2 = 102 of 2652
    ("Sam picks 2 cards from a shuffled 52-card deck. Find the chance that the first card drawn "
     "is red and the second card drawn is a 7.", "1/26"),
    # jack, spade, face card: 4*13*12 - 1*12 - 4*13 - 3*4 + 2*1 = 550 of 132600
    ("Three cards are drawn at random without replacement from a shuffled deck. Find the chance "
     "that the first is a jack, the second is a $\\spadesuit$ and the third is a face card.",
     "11/2652"),
    # the places named out of order: diamond then ace: 13*4 - 1 = 51
    ("Two cards are chosen at random from a standard deck. What is the probability that the "
     "second card is an ace and the first card is a $\\diamondsuit$?", "1/52"),
    # two black cards in a row: 26*26 - 26 = 650 of 2652
    ("We select 2 cards at random from a regular deck; compute the chance that the top card "
     "is black and that the second card is black.", "25/102"),
])
def test_places_in_order(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a third card is named but only two are dealt
    "I draw 2 cards from a well-shuffled deck. Find the probability that the first is a "
    "queen and the third is a club.",
    # a card numbered 11 does not exist
    "I draw 2 cards from a well-shuffled deck. Find the probability that the first is a "
    "11 and the second is a club.",
    # 'not' is never skipped
    "I draw 2 cards from a well-shuffled deck. Find the probability that the first is a "
    "queen and the second is not a club.",
    # the second card is put back: another experiment
    "I draw 2 cards from a well-shuffled deck, putting the first back before drawing the "
    "second. Find the probability that the first is a queen and the second is a club.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
