"""One card drawn and what it is, said in one phrase (`combinatorics.cards`): "What is the
probability of drawing an ace or a king from a standard deck?". Our own problems, answers by
hand; an order of two cards, two cards, or a negation inside the phrase decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the probability of drawing an ace or a king from a standard deck of 52 cards?",
     "\\frac{2}{13}"),  # 8 of 52
    ("What is the probability of drawing a heart from a standard deck?", "\\frac{1}{4}"),
    ("What is the probability of randomly picking a red king from a standard 52-card deck?",
     "\\frac{1}{26}"),  # 2 of 52
    ("What is the probability of drawing a face card from a well-shuffled deck of 52 cards?",
     "\\frac{3}{13}"),  # 12 of 52
])
def test_one_card_drawn_in_one_phrase(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What is the probability of drawing an ace and then a king from a standard deck?",
    "What is the probability of drawing two aces from a standard deck?",
    "What is the probability of drawing a card that is not a heart from a standard deck?",
])
def test_card_phrases_not_read_decline(problem):
    assert solve_now(problem).answer is None
