"""Consecutive integers told as "find three consecutive integers whose sum is 45" or "with a
product of ..." (prealgebra/consecutive.py). Our own wordings, answers worked out by hand; a
sum no run of integers has, and a product two runs have (one negative) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("Find three consecutive integers whose sum is 57. What is the middle one?", "19"),
    ("Find three consecutive integers whose sum is 57. What is the largest integer?", "20"),
    # 7 + 9 + 11 + 13 = 40
    ("Find four consecutive odd integers with a sum of 40. What is the smallest?", "7"),
    # 8 * 9 = 72
    ("There are two consecutive positive integers whose product is 72. What is the larger "
     "one?", "9"),
]

NEAR_MISSES = [
    "Find three consecutive integers whose sum is 58. What is the middle one?",
    # 8 * 10 and (-10)(-8)
    "There are two consecutive even integers whose product is 80. What is the larger one?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_consecutive_whose_sum_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_consecutive_whose_sum_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
