"""A constant of a quadratic for which a number is (or is not) in its range
(`algebra.range_conditions`). Our own problems; answers worked by hand from the vertex."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x^2 + 3x + c has least value c - 9/4 <= -2
    ("Find the largest value of $c$ such that $-2$ is in the range of $f(x) = x^2 + 3x + c$.",
     "\\frac{1}{4}"),
    # -x^2 + 4x + k has greatest value k + 4 >= 5
    ("What is the smallest value of $k$ such that $5$ is in the range of $g(x) = -x^2 + 4x + k$?",
     "1"),
    # x^2 + bx + 4 = 0 has no real root: b^2 < 16
    ("For what values of $b$ is $-2$ not in the range of the function $f(x) = x^2 + bx + 2$? "
     "Express your answer in interval notation.", "(-4, 4)"),
    ("For what values of $b$ is $3$ in the range of $f(x) = x^2 + bx + 7$? Express your answer "
     "in interval notation.", "(-\\infty, -4] \\cup [4, \\infty)"),
])
def test_range_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # every c below 1/4 works: no smallest
    "Find the smallest value of $c$ such that $-2$ is in the range of $f(x) = x^2 + 3x + c$.",
    # the leading coefficient depends on the constant
    "Find the largest value of $a$ such that $1$ is in the range of $f(x) = ax^2 + 2x$.",
])
def test_range_conditions_near_misses_decline(problem):
    assert solve_now(problem).answer is None
