"""Repeated flips or rolls said after the event (`trial_clauses`): told first as "A coin is
flipped N times."; our own wordings, answers by hand (and by listing the outcomes)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.combinatorics.trial_clauses import told_first
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("typed", "said"), [
    ("What is the probability of at least one head in 3 coin flips?",
     "A coin is flipped 3 times. What is the probability of at least one head?"),
    ("what is the chance of no sixes in 2 rolls of a fair die",
     "A fair die is rolled 2 times. what is the chance of no sixes?"),
    ("Find the probability of exactly one 4 in three throws of a fair 4-sided die.",
     "A fair 4-sided die is rolled three times. Find the probability of exactly one 4."),
    # the coin named in the event, the flips alone at the end
    ("What is the probability of a fair coin landing heads up exactly 2 times out of 3 flips?",
     "A fair coin is flipped 3 times. What is the probability that it lands heads up exactly "
     "2 times?"),
    ("whats the chance of a coin coming up tails at least 2 times in 4 tosses",
     "A coin is flipped 4 times. whats the chance that it comes up tails at least 2 times?"),
    # no trials at the end, or no chance asked: unchanged
    ("A coin is flipped 3 times. What is the probability of 3 heads?",
     "A coin is flipped 3 times. What is the probability of 3 heads?"),
    ("How many sequences of heads and tails are there in 4 coin flips?",
     "How many sequences of heads and tails are there in 4 coin flips?"),
])
def test_told_first(typed: str, said: str) -> None:
    assert told_first(typed) == said


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is the probability of at least one tail in 5 coin flips", "\\frac{31}{32}"),
    ("What is the probability of getting exactly two heads in 6 tosses of a fair coin?",
     "\\frac{15}{64}"),
    ("What is the probability of getting at most one head in three coin tosses?", "\\frac{1}{2}"),
    ("probability of rolling a 3 at least once in 2 rolls of a die", "\\frac{11}{36}"),
    ("What is the probability that no 6 is rolled in 3 rolls of a fair die?",
     "\\frac{125}{216}"),
    ("What is the probability of rolling at least one 1 in 2 rolls of a fair 4-sided die?",
     "\\frac{7}{16}"),
    ("what is the expected number of heads in 8 coin flips", "4"),
    ("Find the probability of a fair coin landing on heads exactly 3 times out of 5 flips.",
     "\\frac{5}{16}"),
    ("What is the probability of a fair coin landing tails exactly 1 time out of 3 flips?",
     "\\frac{3}{8}"),
    # each part of a difference (combined_quantities) told first the same way: 6/16 - 1/16
    ("What is the positive difference between the probability of a fair coin landing heads "
     "exactly 2 times out of 4 flips and the probability of a fair coin landing heads 4 times "
     "out of 4 flips?", "\\frac{5}{16}"),
    ("what is the probability of 3 heads out of 5 coin tosses", "\\frac{5}{16}"),
    ("probability of exactly two 5s out of 3 rolls of a fair die", "\\frac{5}{72}"),
])
def test_trials_told_after_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a coin not said to be flipped: "in 4 flips" of what?
    "What is the probability of at least one head in 4 flips?",
    # the event is not about the flips counted
    "What is the probability of getting heads in 4 coin flips?",
    "What is the probability of rain in 4 coin flips?",
])
def test_trials_told_after_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
