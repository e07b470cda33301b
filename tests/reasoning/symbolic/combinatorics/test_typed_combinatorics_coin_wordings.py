"""Flips of a fair coin, in more wordings (`combinatorics.coins`): a count of single tosses
("at least one toss lands tails") and "lands heads up at least twice". Our own problems;
answers worked by hand over the 2^n sequences."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # all but HHHH of 16
    ("A fair coin is tossed four times. What is the probability that at least one toss "
     "lands tails?", "\\frac{15}{16}"),
    # 3 + 1 of 8
    ("A fair coin is flipped 3 times. What is the probability that it lands heads up at "
     "least twice?", "\\frac{1}{2}"),
    # C(7,1) of 128
    ("Maria tosses a fair coin 7 times. Find the probability that exactly 1 flip comes up "
     "heads.", "\\frac{7}{128}"),
    # 1 + 6 + 15 of 64
    ("Lena tosses a fair coin 6 times. What is the probability that it lands tails up at "
     "most twice?", "\\frac{11}{32}"),
])
def test_coin_wordings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a second condition, on one toss
    "A fair coin is tossed four times. What is the probability that at least one toss lands "
    "tails and the last toss lands heads?",
    # a coin that favours one side
    "A coin that lands heads twice as often as tails is tossed four times. What is the "
    "probability that at least one toss lands tails?",
])
def test_coin_wordings_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
