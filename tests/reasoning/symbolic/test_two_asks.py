"""Two quantities asked at once get both or a decline, never one of them as the answer."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.two_asks import asks_two


@pytest.mark.parametrize("problem", [
    "What are the sum and the product of the solutions of x^2 - 9x + 20 = 0?",
    "Find the mean and the median of 4, 8, 9, 15.",
    "determine the gcd and lcm of 20 and 30",
    "A square has side 6 cm. Find its perimeter and its area.",
    "Find the area of a circle of radius 3 and its circumference.",
])
def test_one_value_never_answers_two_asks(problem: str) -> None:
    assert asks_two(problem)
    sol = solve_now(problem)
    assert sol.answer is None or "," in sol.answer, sol.answer


@pytest.mark.parametrize("problem", [
    "What is the product of the sum and the difference of 9 and 4?",  # one quantity
    "A rectangle has area 30 and perimeter 22. What is its width?",
    "The sum and the product of two numbers are 10 and 21. What is the larger number?",
])
def test_one_ask_with_and_in_it(problem: str) -> None:
    assert not asks_two(problem)


def test_values_listed_for_two_asks_stand() -> None:
    # 3x + y = 7: slope -3, intercept 7
    sol = solve_now("Find the slope and y-intercept of 3x + y = 7.")
    assert sol.answer is not None and "-3" in sol.answer and "7" in sol.answer
