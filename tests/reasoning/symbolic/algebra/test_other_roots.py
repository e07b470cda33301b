"""The other solution of a quadratic equation when one is told (`algebra.other_roots`).
Our own problems; the other root checked here by putting it back into the equation."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2x^2 - 7x + 3 = (2x - 1)(x - 3)
    ("Given that $x = 3$ is a solution to the equation $2x^2 + 3 = 7x$, what is the other "
     "value of $x$ that will solve the equation?", r"\frac{1}{2}"),
    # x^2 - 5x - 14 = (x + 2)(x - 7)
    ("If $-2$ is one root of $x^2 - 5x = 14$, what is the other root?", "7"),
    # 3y^2 - 7y + 2 = (3y - 1)(y - 2)
    ("Given that $y = \\frac{1}{3}$ is a solution to $9y^2 + 6 = 21y$, what is the other "
     "solution? Express your answer as a common fraction.", "2"),
    # 10t^2 - 9t + 2 = (2t - 1)(5t - 2)
    ("Suppose $t = \\frac{2}{5}$ is a root of the equation $10t^2 + 2 = 9t$. Find the other "
     "root.", r"\frac{1}{2}"),
])
def test_other_root_from_a_told_one(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 4 does not solve the equation
    "If $4$ is one root of $x^2 - 5x = 14$, what is the other root?",
    # a cubic has two other roots
    "If $1$ is a root of $x^3 - 6x^2 + 11x - 6 = 0$, what is the other root?",
    # the told value is for another letter
    "Given that $y = 3$ is a solution to the equation $2x^2 + 3 = 7x$, what is the other "
    "value of $x$ that will solve the equation?",
])
def test_unsettled_other_roots_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
