"""One card of a colour and a rank ("a red king", "the queen of spades"), and cards put
back between draws. Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("A card is drawn from a standard deck. What is the probability that it is a red king?",
     "\\frac{1}{26}"),  # 2 of 52
    ("A card is drawn at random from a standard deck of 52 cards. What is the probability that "
     "it is the queen of spades?", "\\frac{1}{52}"),
    ("A card is drawn at random from a standard deck of 52 cards. What is the probability that "
     "it is a black face card?", "\\frac{3}{26}"),  # 6 of 52
    # (13/52)^2
    ("Two cards are drawn from a standard deck with replacement. What is the probability that "
     "both are spades?", "\\frac{1}{16}"),
    # (26/52)^3
    ("Three cards are drawn at random from a standard deck with replacement. What is the "
     "probability that all three are red?", "\\frac{1}{8}"),
])
def test_cards(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two cards, "it"
    "Two cards are drawn from a standard deck. What is the probability that it is a red king?",
    # put back, but an event other than all of one kind
    "Two cards are drawn from a standard deck with replacement. What is the probability that "
    "both are the same suit?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # one card by its colour alone: 26 of 52
    ("One card is picked from a well shuffled deck of 52 cards. What is the probability that "
     "it is black?", "\\frac{1}{2}"),
    # black or a queen: 26 + 4 - 2 = 28 of 52
    ("A card is drawn at random from a standard deck. What is the probability that the card is "
     "black or a queen?", "\\frac{7}{13}"),
])
def test_one_card_by_colour(problem, answer):
    assert_solved(problem, answer)


def test_a_single_card():
    # 12 face cards + 4 aces of 52
    assert_solved("A single card is drawn from a standard 52-card deck. What is the probability "
                  "that it is a face card or an ace?", "\\frac{4}{13}")


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 - C(48,2)/C(52,2)
    ("Two cards are drawn from a standard deck without replacement. What is the probability "
     "that at least one of them is an ace?", "\\frac{33}{221}"),
    # C(48,2)/C(52,2)
    ("Two cards are drawn from a standard deck without replacement. What is the probability "
     "that neither card is an ace?", "\\frac{188}{221}"),
    # 13 C(39,2)/C(52,3)
    ("Three cards are dealt from a standard deck. What is the probability that exactly one of "
     "them is a heart?", "\\frac{741}{1700}"),
    # 1 - C(40,2)/C(52,2)
    ("Two cards are drawn from a standard deck without replacement. What is the probability "
     "that at least one of them is a face card?", "\\frac{7}{17}"),
])
def test_how_many_of_the_hand_are_of_a_kind(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'neither' of three cards
    "Three cards are dealt from a standard deck. What is the probability that neither card is "
    "a heart?",
    # with replacement: another count
    "Two cards are drawn from a standard deck with replacement. What is the probability that "
    "at least one of them is an ace?",
    # one card: 'at least one of them' has no hand
    "A card is drawn from a standard deck. What is the probability that at least one of them "
    "is an ace?",
])
def test_how_many_of_the_hand_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_cards_that_have_the_same_rank():
    # 13 C(4,2) / C(52,2) = 78/1326
    assert_solved("Two cards are dealt from a standard deck. What is the probability that the "
                  "two cards have the same rank?", "\\frac{1}{17}")
