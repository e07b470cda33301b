"""Both intercepts of a line, a point tested as a solution of an equation in x and y, and
"y intercept" typed without its hyphen, in wordings of our own. Answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # y = 0: 2x = 12; x = 0: 3y = 12
    ("What are the x- and y-intercepts of 2x + 3y = 12?", r"(6, 0), (0, 4)"),
    ("find the intercepts of 5x - 2y = 10", r"(2, 0), (0, -5)"),
    ("find the x and y intercepts of y = 3x - 6", r"(2, 0), (0, -6)"),
    (r"Find the $x$- and $y$-intercepts of the line $4x + 5y = 20$.", r"(5, 0), (0, 4)"),
    ("what is the y intercept of y = -2x + 7", "7"),
    ("find the x intercept of y = 4x - 2", r"\frac{1}{2}"),
    # x^2 - 9 = 0
    ("find the x intercepts of y = x^2 - 9", r"(-3, 0), (3, 0)"),
    # 2(2) + 3 = 7
    ("Is (2, 3) a solution of 2x + y = 7?", r"\text{Yes}"),
    ("is (1,1) a solution to x^2 + y = 3", r"\text{No}"),
    (r"Is $(4, -1)$ a solution of the equation $3x + 2y = 10$?", r"\text{Yes}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "find the intercepts of y = 5",  # a horizontal line has no x-intercept
    "find the x and z intercepts of 2x + 3y = 12",
    "Is (2, 3) a solution of 2x + z = 7?",  # which letter takes which number?
    "Is (2, 3, 4) a solution of 2x + y = 7?",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None

