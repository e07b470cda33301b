"""The constant for which a quadratic has exactly one solution (`algebra.one_solution`), in
phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # k^2 = 36
    (r"Find the positive value of $k$ such that the equation $x^2 + kx + 9 = 0$ has exactly "
     r"one solution in $x$.", "6"),
    # (b + 2)^2 = 64: b = 6 or -10
    (r"There are two values of $b$ for which the equation $x^2 + bx + 2x + 16 = 0$ has only "
     r"one solution for $x$. What is the sum of those values of $b$?", "-4"),
    # x^2 - 2x - 3 = mx - 7 -> x^2 - (2 + m)x + 4: (2 + m)^2 = 16 -> m = 2 or -6
    (r"For what values of $m$ does the equation $(x+1)(x-3) = mx - 7$ have exactly one real "
     r"solution? Express your answer as a list of numbers, separated by commas.", "-6, 2"),
    # 36 - 12a = 0 -> a = 3; x = -6 / 6 = -1
    (r"Suppose that $a$ is a nonzero constant for which the equation $ax^2 + 6x + 3 = 0$ has "
     r"only one solution. Find this solution.", "-1"),
    # 4t^2 - 4t = 0 -> t = 0 or 1; positive: 1
    (r"If the quadratic $x^2 + 2tx + t$ has exactly one real root, find the positive value "
     r"of $t$.", "1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_one_solution_constants(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a = 0 also gives one solution (a linear equation): the question expects one value
    r"Find the value of $a$ for which $ax^2 + 4x + 1 = 0$ has exactly one solution.",
    # a word the reader does not know
    r"Find the largest value of $k$ such that $x^2 + kx + 4 = 0$ has exactly one solution.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_one_solution_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
