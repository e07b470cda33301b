"""A number and a part of itself (prealgebra/number_and_its_part.py). Our own problems,
answers worked out by hand; near misses (no total, another thing asked, a whole part taken
away) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x + x/2 = 21
    ("A number plus its half is 21. What is the number?", "14"),
    # x + x/3 = 32
    ("a number plus its third equals 32. find the number", "24"),
    # x + x/4 = 45, 'the sum of'
    ("The sum of a number and its quarter is 45. What is the number?", "36"),
    # 'half of it', 'add up to'
    ("a number and half of it add up to 42. what is the number", "28"),
    # the adding said as an action, question after a comma
    ("If you add a fifth of a number to the number you get 36, what is the number?", "30"),
    # taken away: x - x/4 = 12
    ("A number minus its quarter is 12. What is the number?", "16"),
    # 'subtract ... from the number'
    ("When you subtract a third of a number from the number, you get 14. Find the number.",
     "21"),
]

NEAR_MISSES = [
    # no total
    "A number plus its half. What is the number?",
    # another number asked
    "A number plus its half is 21. What is the other number?",
    # another amount asked of the number
    "A number plus its half is 21, what is double the number?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_number_and_its_part_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_number_and_its_part_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
