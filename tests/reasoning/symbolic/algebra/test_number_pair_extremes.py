"""The greatest or least product, sum or sum of squares of two numbers tied by one fact in
words (our own problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x = y = 13
    ("Two numbers have a sum of 26. What is the largest possible value of their product?",
     "169"),
    # integers 30 and 31
    ("What is the greatest product obtainable from two integers whose sum is 61?", "930"),
    # x = y = 7
    ("The product of two positive numbers is 49. What is the smallest possible value of "
     "their sum?", "14"),
    # x = 4, y = -4
    ("Two numbers differ by 8. What is the least possible value of their product?", "-16"),
    # x = y = 5: 25 + 25
    ("Two numbers have a sum of 10. What is the smallest possible value of the sum of their "
     "squares?", "50"),
    # 5 + 6 beats 3 + 10, 2 + 15, 1 + 30
    ("The product of two positive integers is 30. What is the least possible sum?", "11"),
    # 4 * 5
    ("Two positive integers have a sum of 9. What is the largest possible product?", "20"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_number_pair_extremes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no least product on a line
    "Two numbers have a sum of 12. What is the smallest possible value of their product?",
    # the quantity asked is the one told
    "The sum of two numbers is 10. What is the largest possible value of their sum?",
    # two facts fix the numbers: not an extreme
    "Two numbers have a sum of 10 and a product of 21. What is the largest possible product?",
])
def test_number_pair_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
