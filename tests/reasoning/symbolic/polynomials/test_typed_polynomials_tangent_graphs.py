"""The constant for which two graphs are tangent or meet exactly once (our own problems,
worked by hand); several values where one is asked decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 2x - k = 0: 4 + 4k = 0
    ("For what value of $k$ is the line $y = 2x + k$ tangent to the parabola $y = x^2$?", "-1"),
    # c x^2 - x + 2 = 0: 1 - 8c = 0 (c = 0 is no parabola)
    ("The parabola $y = cx^2 + 2$ is tangent to the line $y = x$. Find the constant $c$.",
     r"\frac{1}{8}"),
    # x^2 + (b - 1)x + 4 = 0: (b - 1)^2 = 16
    ("Find all values of $b$ for which the graphs of $y = x^2 + bx + 5$ and $y = x + 1$ "
     "intersect at exactly one point.", "-3, 5"),
    # m x^2 + 4x + 4 = 0: 16 - 16m = 0, or m = 0 and 4x + 4 = 0 (one point, not tangent)
    ("Find all possible values of $m$ such that the graphs of $y = mx^2 + 6x + 1$ and "
     "$y = 2x - 3$ meet at exactly one point.", "0, 1"),
    # 'so that'; x^2 + 3x - (5x + k) = x^2 - 2x - k: 4 + 4k = 0
    ("Find $k$ so that the line $y = 5x + k$ is tangent to the parabola $y = x^2 + 3x$.", "-1"),
    # the parabola named between the verb and 'in exactly one point':
    # 3x^2 + 2x - (-4x + c) = 3x^2 + 6x - c: 36 + 12c = 0
    ("Find the value of $c$ for which the line $y = -4x + c$ intersects the parabola "
     "$y = 3x^2 + 2x$ in exactly one point.", "-3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_tangent_graphs(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # two values (b = -3 and b = 5) but one asked
    "The graphs of $y = x^2 + bx + 5$ and $y = x + 1$ meet at exactly one point. What is the "
    "value of $b$?",
    # two lines are never tangent
    "For what value of $k$ is the line $y = 2x + k$ tangent to the line $y = 3x$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsettled_tangency_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
