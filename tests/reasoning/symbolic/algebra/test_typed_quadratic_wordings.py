"""The least or greatest value of a quadratic and the vertex of a parabola, asked in many of
our own wordings (answers worked out by hand by completing the square), and near misses
that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

EXTREMES = [
    # a textbook, the function named by its formula: 3(x - 1)^2 + 4, least 4
    (r"Find the least value of the quadratic $y = 3x^2 - 6x + 7$.", "4"),
    # b terse, a named function: -(t - 3)^2 + 10, greatest 10
    (r"Determine the maximum of $h(t) = -t^2 + 6t + 1$.", "10"),
    # c the function first, the question after: (x + 5)^2 - 3, least -3
    (r"The function $g(x) = x^2 + 10x + 22$ has a minimum value. What is it?", "-3"),
    # e "attained by": 2(x - 2)^2 + 1, least 1
    (r"What is the smallest value attained by $2x^2 - 8x + 9$?", "1"),
]

VERTICES = [
    # c the parabola first, then "find its vertex": (x - 3)^2 - 4
    (r"Given the parabola $y = x^2 - 6x + 5$, find its vertex.", r"\left(3, -4\right)"),
    # c "has its vertex at which point": -(x + 1)^2 + 6
    (r"The parabola $y = -x^2 - 2x + 5$ has its vertex at which point?",
     r"\left(-1, 6\right)"),
    # d "when ... is graphed": 2(x - 1)^2 + 3
    (r"When $y = 2x^2 - 4x + 5$ is graphed, what point is its vertex?", r"\left(1, 3\right)"),
    # e "turning point": (x + 2)^2 - 1
    (r"Find the turning point of $y = x^2 + 4x + 3$.", r"\left(-2, -1\right)"),
]

DECLINED = [
    # an integer variable: the reader does not apply it
    r"Find the least value of $y = x^2 - 3x + 1$ where $x$ is an integer.",
    # two things asked about the parabola
    r"What is the vertex of the parabola $y = x^2 - 6x + 5$ and its axis of symmetry?",
    # a second letter in the formula
    r"Find the minimum value of $y = x^2 + z$.",
]


@pytest.mark.parametrize(("problem", "answer"), EXTREMES + VERTICES)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
