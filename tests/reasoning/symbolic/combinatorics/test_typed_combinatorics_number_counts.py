"""Several numbers drawn from a set or range, with or without replacement, and how many of
them have a property. Our own problems; counts by hand in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 multiples of 4 in 1..20: 1 - (15/20)^2
    ("Two integers are picked randomly, with replacement, from 1 through 20, inclusive. Find "
     "the chance that at least one of them is a multiple of 4.", "7/16"),
    # primes up to 12: 2, 3, 5, 7, 11; C(5,2) / C(12,2)
    ("Two distinct numbers are selected from the set $\\{1, 2, \\ldots, 12\\}$. Compute the "
     "probability that both of them are prime.", "5/33"),
    # 3 * (1/2)^3
    ("Three numbers are drawn at random with replacement from 1 through 10, inclusive. What "
     "is the probability that exactly one of them is odd?", "3/8"),
    # squares in 1..30: 1, 4, 9, 16, 25; neither: C(25,2) / C(30,2) = 300/435
    ("Two different integers are drawn at random from 1 through 30, inclusive. What is the "
     "probability that neither is a perfect square?", "20/29"),
])
def test_how_many_of_the_drawn(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # with or without replacement is not said, and the answers differ
    "Two integers are picked randomly from 1 through 20, inclusive. Find the chance that at "
    "least one of them is a multiple of 4.",
    # 'both' of three numbers
    "Three numbers are drawn at random with replacement from 1 through 10, inclusive. What is "
    "the probability that both of them are odd?",
    # said both ways
    "Two distinct numbers are selected with replacement from the set $\\{1, 2, \\ldots, 12\\}$. "
    "Compute the probability that both of them are prime.",
    # more of them than are drawn
    "Two integers are picked randomly, with replacement, from 1 through 20, inclusive. Find "
    "the chance that exactly 3 of them are even.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
