"""A figure "whose" two measures are equal (`figure_unknowns.equal_measures`): "a circle whose
area is equal to its circumference". Our own problems (answers worked by hand), and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # pi r^2 = 2 pi r
    ("What is the radius of a circle whose area is equal to its circumference?", "2"),
    ("What is the radius of a circle whose area and circumference are equal?", "2"),
    # s^2 = 4s
    ("What is the side length of a square whose area is numerically equal to its perimeter?",
     "4"),
    # sqrt(3)/4 s^2 = 3s
    ("Find the side of an equilateral triangle whose area equals its perimeter.", "4\\sqrt{3}"),
]

DECLINED = [
    # a circle has no perimeter read here
    "What is the radius of a circle whose area is equal to its perimeter?",
    # "twice" is not read in this clause
    "What is the radius of a circle whose area is equal to twice its circumference?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_whose_equal_measures_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_whose_equal_measures_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
