"""Phrases of the core templates (our own problems): "compute the integer x" after an
equation asks for its one solution, which must be an integer (a positive one when asked)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"If $4t - 9 = 31$, compute the integer $t$.", "10"),
    (r"Given that $5m + 2 = -13$, determine the integer $m$.", "-3"),
    # of the two solutions only 6 is positive
    (r"If $k^2 = 36$, find the positive integer $k$.", "6"),
])
def test_the_integer_solution(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the one solution, 11/4, is not an integer
    r"If $4t - 9 = 2$, compute the integer $t$.",
    # the one solution is negative
    r"If $2y - 7 = -15$, find the positive integer $y$.",
])
def test_no_such_integer_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
