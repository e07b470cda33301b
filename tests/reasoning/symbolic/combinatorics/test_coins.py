"""Coin flips whose event is said to "appear" or "occur". Our own problems, the answers
worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (1 + 7 + 21) / 2^7
    ("A fair coin is flipped 7 times. What is the probability that at most 2 heads appear?",
     "\\frac{29}{128}"),
    # C(5, 3) / 2^5
    ("A fair coin is tossed 5 times. What is the probability that exactly 3 heads occur?",
     "\\frac{5}{16}"),
])
def test_events_that_appear(problem, answer):
    assert_solved(problem, answer)


def test_a_run_is_not_read():
    assert solve_now("A fair coin is flipped 7 times. What is the probability that at most 2 "
                     "heads appear in a row?").answer is None


def test_same_number_of_heads_and_tails():
    # C(6, 3) / 2^6
    assert_solved("A fair coin is tossed 6 times. What is the probability of getting the same "
                  "number of heads and tails?", "\\frac{5}{16}")


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 flips, heads 3, 4 or 5: 10 + 5 + 1 of 32
    ("A fair coin is flipped 5 times. What is the probability that the number of heads is "
     "greater than the number of tails?", "\\frac{1}{2}"),
    # 6 flips, tails 0, 1 or 2: 1 + 6 + 15 of 64
    ("A fair coin is tossed 6 times. What is the probability that the number of tails is less "
     "than the number of heads?", "\\frac{11}{32}"),
    # "come up", "show up" after the comparison: 4 coins, heads 3 or 4: 4 + 1 of 16
    ("Four fair coins are tossed at once. What is the probability that more heads than tails "
     "come up?", "\\frac{5}{16}"),
    ("six coins are flipped together, whats the chance that fewer heads than tails show up",
     "\\frac{11}{32}"),
])
def test_number_of_one_side_compared(problem, answer):
    assert_solved(problem, answer)


def test_a_denied_comparison_declines():
    assert solve_now("Five fair coins are flipped. What is the probability that more heads "
                     "than tails do not come up?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "both" of two coins; a coin flipped "twice"
    ("If two fair coins are flipped, what is the probability that both land heads?",
     "\\frac{1}{4}"),
    ("Two fair coins are flipped. What is the probability that both of them come up tails?",
     "\\frac{1}{4}"),
    ("A fair coin is flipped twice. What is the probability that both flips are heads?",
     "\\frac{1}{4}"),
    ("Jo flips a fair coin twice. What is the probability that she gets exactly one head?",
     "\\frac{1}{2}"),
    ("A fair coin is tossed twice. What is the probability of getting at least 1 tail?",
     "\\frac{3}{4}"),
])
def test_both_and_twice(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "both" of three coins
    "Three fair coins are flipped. What is the probability that both land heads?",
    # more tails than flips
    "A fair coin is tossed twice. What is the probability of getting at least 3 tails?",
])
def test_both_and_twice_near_misses_decline(problem):
    assert solve_now(problem).answer is None
