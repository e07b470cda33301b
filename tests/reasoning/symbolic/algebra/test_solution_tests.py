"""Yes-or-no questions answered by substitution (`algebra.solution_tests`): a value and an
equation, a point and a graph, two lines parallel or perpendicular; our own problems, plain
text and LaTeX."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Is x = 2 a solution of x^2 + x - 6 = 0?", r"\text{Yes}"),
    ("Is x = -2 a solution of x^2 + x - 6 = 0?", r"\text{No}"),  # 4 - 2 - 6 = -4
    ("Is 5 a root of u^2 - 25 = 0?", r"\text{Yes}"),
    (r"Is $y = \sqrt{3}$ a solution to $y^2 = 3$?", r"\text{Yes}"),
    ("Is the point (3, 7) on the line y = 2x + 1?", r"\text{Yes}"),
    ("Is the point (0, 4) on the graph of y = x^2 - 4?", r"\text{No}"),
    (r"Is the point $(3, 4)$ on the circle $x^2 + y^2 = 25$?", r"\text{Yes}"),
    # two lines: the same slope, or slopes that multiply to -1
    ("Are the lines y = -3x + 2 and 6x + 2y = 5 parallel?", r"\text{Yes}"),
    ("Are the lines y = 4x - 1 and y = 4 - x/4 perpendicular?", r"\text{Yes}"),
    ("Are the lines y = x and y = 2x parallel?", r"\text{No}"),
    ("Are the lines x = 2 and y = -1 perpendicular?", r"\text{Yes}"),
])
def test_yes_or_no_by_substitution(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "Is x = 1 a solution of (x + 1)/(x - 1) = 2?",  # not defined there
    "Is x = 2 a solution of x + y = 5?",  # another letter left
    "Is the point (1, 2, 3) on the line y = x + 1?",  # a point in space
    "Are the lines y = x + 1 and 3y = 3x + 3 parallel?",  # one line written twice
    "Are the lines y = x^2 and y = x parallel?",  # a parabola is no line
])
def test_what_substitution_cannot_settle_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
