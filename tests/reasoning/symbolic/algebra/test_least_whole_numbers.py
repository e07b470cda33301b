"""The least whole number meeting an inequality (`algebra.integer_bounds`): answered when 0 is
not a solution (then 0 being a whole number or not changes nothing); declined when it is.
Our own inequalities, each worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"What is the least whole number that satisfies $\frac{x}{4} - 1 > 2$?", "13"),  # x > 12
    ("what is the smallest whole number satisfying 3x - 8 > 10", "7"),  # x > 6
    ("Find the least whole number that will satisfy this inequality: 5x + 2 >= 3x + 9.",
     "4"),  # x >= 3.5
    ("Find the greatest whole number that will satisfy this inequality: 2x - 1 < 12 - x.",
     "4"),  # x < 13/3
])
def test_least_whole_number(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "what is the least whole number that satisfies 2x + 1 > -7",  # 0 solves it: 0 or 1?
    "what is the least whole number that satisfies x < 5",  # 0 solves it
    "how many whole numbers satisfy 3x < 10",  # 0 counted or not: 4 or 3
    "what is the least number that satisfies 3x - 8 > 10",  # no least real number
])
def test_least_whole_number_declines_when_zero_decides(problem: str) -> None:
    assert solve_now(problem).answer is None
