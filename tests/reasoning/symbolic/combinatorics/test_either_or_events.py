"""'either ... or' joins two properties of a number as 'or' does (combinatorics/events.py).
Our own wordings; counts by listing."""

from __future__ import annotations

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_either_or_is_the_inclusive_or() -> None:
    # sums 2, 3, 5, 7, 11 (15 rolls) or 4, 8, 12 (9 rolls)
    assert_solved("Two dice are rolled. What is the probability that the sum is either prime or "
                  "a multiple of 4?", "2/3")
    # 1..20: evens 10, multiples of 5 that are odd: 5, 15
    assert_solved("A number is selected at random from 1 through 20, inclusive. What is the "
                  "probability that it is either even or a multiple of 5?", "3/5")


def test_either_without_or_declines() -> None:
    assert solve_now("Two dice are rolled. What is the probability that the sum is either "
                     "prime and even?").answer is None
