"""Numbers named by their places, their sum told and the others described from one of
them (`ordered_numbers`): our own wordings, and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x + 3x + 4x = 96
    ("The sum of three numbers is 96. The second is three times the first and the third is "
     "four times the first. What is the largest number?", "48"),
    # x + (x + 6) + 2(x + 6) = 58
    ("The sum of three numbers is 58. The second number is 6 more than the first, and the "
     "third number is twice the second. What is the smallest of the three numbers?", "10"),
    # (b - 8) + b + b/2 = 52
    ("Three numbers add up to 52. The first number is 8 less than the second, and the third "
     "is half the second. Find the first number.", "16"),
    ("the sum of two numbers is 41. the second is 9 more than the first. find the second",
     "25"),
])
def test_ordered_numbers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the third is never described
    "The sum of three numbers is 60. The second is twice the first. What is the largest "
    "number?",
    # "half of the first plus 3": (x + 3)/2 or x/2 + 3
    "The sum of three numbers is 60. The second is twice the first and the third is half of "
    "the first plus 3. What is the largest number?",
    # a fourth number asked of three
    "The sum of three numbers is 60. The second is twice the first and the third is three "
    "times the first. What is the fourth number?",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
