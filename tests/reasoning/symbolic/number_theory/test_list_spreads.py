"""The variance and standard deviation of listed numbers (`number_theory.list_spreads`): said
"population" or "sample" they are answered; unsaid, the question reads two ways and the
decline names both values. Our own lists."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # mean 6; squared distances 16 + 4 + 0 + 4 + 16 = 40
    ("find the population variance of 2, 4, 6, 8, 10", "8"),
    ("what is the sample variance of 2, 4, 6, 8, 10", "10"),
    ("the population standard deviation of 2, 4, 6, 8, 10", r"2\sqrt{2}"),
    ("What's the sample standard deviation of 2, 4, 6, 8, 10?", r"\sqrt{10}"),
    ("find the population standard deviation of 1, 1, 3, 3", "1"),
    ("compute the sample variance of the numbers 1/2, 3/2", r"\frac{1}{2}"),
])
def test_said_which(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What's the standard deviation of 2, 4, 6, 8, 10?",
    "find the variance of 2, 4, 6, 8, 10",
])
def test_two_readings_named(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None
    assert sol.declined is not None and "reads two ways" in sol.declined
    assert "population" in sol.declined and "sample" in sol.declined
    assert "Settings" not in sol.declined  # a question for the student, not a limit


def test_one_number_has_no_sample_spread() -> None:
    assert solve_now("find the sample variance of 5").answer is None
