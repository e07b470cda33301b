"""The top cards of a shuffled deck (combinatorics/shuffled_decks.py): two or three cards read
from the top are cards dealt in order. Our own problems; the counts worked out in the comments
(ordered deals: 52*51 for two places, 52*51*50 for three)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_DESCRIBED = ("A standard deck of 52 cards has 13 ranks (Ace, 2, 3, 4, 5, 6, 7, 8, 9, 10, Jack, "
              "Queen, King) and 4 suits (hearts, spades, clubs and diamonds), such that there is "
              "exactly one card for any given rank and suit. ")
_COLOURED = ("Two of the suits ($\\clubsuit$ and $\\spadesuit$) are black and the other two "
             "suits ($\\diamondsuit$ and $\\heartsuit$) are red. ")


@pytest.mark.parametrize(("problem", "answer"), [
    # heart then black: 13*26 = 338 of 2652
    ("A standard deck of 52 cards is shuffled. What is the probability that the top card is a "
     "heart and the second card is black?", "13/102"),
    # two diamonds on top: 13*12 = 156 of 2652
    ("Maya shuffles a standard deck of 52 cards. What is the chance that the top two cards "
     "are both diamonds?", "1/17"),
    # three red cards on top: 26*25*24 = 15600 of 132600
    (_DESCRIBED + _COLOURED + "The deck is randomly arranged. What is the probability that "
     "the top three cards are all red?", "2/17"),
    # ace, king, ace: 4*4*3 = 48 of 132600
    ("a deck of 52 playing cards is thoroughly shuffled. whats the probability the first card "
     "is an ace, the second card is a king and the third card is an ace", "2/5525"),
    # a suit sign: two clubs on top, 13*12 of 2652
    (_DESCRIBED + "The deck is shuffled. What is the probability that the top 2 cards are "
     "both $\\clubsuit$s?", "1/17"),
    # the top card alone: 12 face cards of 52
    ("A standard deck of 52 cards is shuffled. What is the probability that the top card is a "
     "face card?", "3/13"),
    # a rank under the described deck: four 9s of 52
    (_DESCRIBED + _COLOURED + "The deck is randomly arranged. What is the chance that the top "
     "card is a 9?", "1/13"),
])
def test_top_cards(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the colours are not those of a standard deck
    _DESCRIBED + "Two of the suits (hearts and clubs) are black and the other two suits "
    "(spades and diamonds) are red. The deck is randomly arranged. What is the probability "
    "that the top card is red and the second card is black?",
    # ranks that are not the standard thirteen
    "A standard deck of 52 cards has 12 ranks and 4 suits. The deck is shuffled. What is the "
    "probability that the top two cards are both kings?",
    # the second and third cards named, not the top one
    "A standard deck of 52 cards is shuffled. What is the probability that the second card is "
    "a king and the third card is a queen?",
    # the second card alone (the top one not said)
    "A standard deck of 52 cards is shuffled. What is the probability that the second card is "
    "a king?",
    # 'or' between the places is another question
    "A standard deck of 52 cards is shuffled. What is the probability that the top card is a "
    "heart or the second card is a king?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
