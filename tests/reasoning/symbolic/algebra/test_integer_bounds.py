"""Integers that satisfy an inequality, asked as "integral values" or as the greatest whole
number (our own problems, worked by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x < 5 * 9/4 = 11.25
    (r"Find the largest integral value of $x$ for which $\frac{x}{5} < \frac{9}{4}$.", "11"),
    # 2y > 13: y > 6.5
    (r"What is the smallest integral value of $y$ such that $2y - 3 > 10$?", "7"),
    # 9 - 4x > 2: x < 7/4
    (r"What is the greatest whole number that satisfies $9 - 4x > 2$?", "1"),
    # 4x > 18: x > 4.5
    (r"What is the smallest integer $x$ that solves $4x - 7 > 11$?", "5"),
])
def test_integral_values_and_whole_numbers(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 0 is the least whole number in some books and not in others
    r"What is the least whole number that satisfies $9 - 4x > 2$?",
    # x < 1: the greatest whole number is 0 or there is none, by the book
    r"What is the greatest whole number $x$ for which $3x - 1 < 2$?",
    # no integer below -4 is positive: declined, not a crash
    r"What is the greatest whole number that satisfies $x + 7 < 3$?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
