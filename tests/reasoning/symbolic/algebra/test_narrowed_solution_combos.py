"""A sum or product of an equation's solutions with words that pick some of them ("that
are negative", "if x is positive") is never the sum or product of all of them
(`algebra.solution_combos` leaves it to the readers of those words, or declines). Our own
equations."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x^2 - x - 12 = (x - 4)(x + 3)
    ("What is the product of the solutions of x^2 - x = 12?", "-12"),
    ("What is the sum of the roots of x^2 - x - 12 = 0?", "1"),
    ("Solve x^2 - x = 12. Enter the smaller root.", "-3"),
])
def test_all_solutions_combined(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize(("problem", "wrong"), [
    ("What is the product of the solutions of x^2 - x = 12 that are negative?", "-12"),
    ("What is the product of the real solutions of x^2 - x = 12 which are positive?", "-12"),
    ("What is the sum of the solutions of x^2 - x = 12 if x is negative?", "1"),
    ("What is the sum of the solutions of x^2 - x = 12 with x an integer greater than 0?",
     "1"),
])
def test_picked_solutions_never_all_of_them(problem: str, wrong: str) -> None:
    answer = solve_now(problem).answer
    assert answer != wrong
    assert answer in (None, "-3", "4")
