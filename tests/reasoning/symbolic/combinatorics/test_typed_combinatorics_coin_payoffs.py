"""A bet on one flip of a coin whose chances are told: the expected winnings. Our own
problems; each value is chance times payoff, added, in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2/5 * 4 - 3/5 * 1
    ("A coin is weighted so that the probability of flipping heads is $\\frac{2}{5}$. We win "
     "$\\$4$ if we flip heads and lose $\\$1$ if we flip tails. What is the expected value of "
     "our winnings?", "1"),
    # 7/10 * 2 - 3/10 * 5
    ("A biased coin lands tails with probability $\\frac{3}{10}$. If it lands heads, you win "
     "$\\$2$; if it lands tails, you lose $\\$5$. Find the expected value of your winnings "
     "after one flip.", "-1/10"),
    # 1/2 * 6 - 1/2 * 2
    ("Lee tosses a fair coin once. If the coin lands heads, he wins $\\$6$, but if it lands "
     "tails he loses $\\$2$. Compute the expected value of his winnings.", "2"),
    # 1/4 * 5 - 3/4 * 1, both chances told
    ("Suppose the probability of getting heads is $\\frac{1}{4}$ and the probability of "
     "getting tails is $\\frac{3}{4}$ for a loaded coin. You win $\\$5$ if you get heads and "
     "lose $\\$1$ if you get tails. What is the expected value of your winnings?", "1/2"),
])
def test_expected_value_of_a_bet(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the chances add up to 4/5
    "A coin is weighted so that the probability of flipping heads is $\\frac{2}{5}$ and the "
    "probability of flipping tails is $\\frac{2}{5}$. We win $\\$4$ if we flip heads and lose "
    "$\\$1$ if we flip tails. What is the expected value of our winnings?",
    # nothing is said about tails
    "A coin is weighted so that the probability of flipping heads is $\\frac{2}{5}$. We win "
    "$\\$4$ if we flip heads. What is the expected value of our winnings?",
    # two flips: another game
    "A coin is weighted so that the probability of flipping heads is $\\frac{2}{5}$. We win "
    "$\\$4$ if we flip heads and lose $\\$1$ if we flip tails. What is the expected value of "
    "our winnings after two flips?",
    # a fair coin with a chance told as well
    "A fair coin lands heads with probability $\\frac{1}{3}$. If it lands heads, you win $\\$2$; "
    "if it lands tails, you lose $\\$5$. Find the expected value of your winnings.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
