"""Extremes with the variables listed in plain text ("for positive real numbers a and b",
where the letter a reads like the article) and "the maximum of xy" without "value"; our
own problems, worked by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # AM-GM: a/b + b/a >= 2, at a = b
    ("What is the smallest possible value of a/b + b/a for positive real numbers a and b?",
     "2"),
    ("Find the minimum value of 4a/b + b/a, where a and b are positive real numbers.", "4"),
    # x + y = 8: xy <= 16 at x = y = 4
    ("Let x and y be positive reals with x + y = 8. Find the maximum of xy.", "16"),
    # (1/a + 9/b)(a + b) >= (1 + 3)^2 = 16 with a + b = 1
    ("Let a and b be positive real numbers with a + b = 1. Find the minimum of 1/a + 9/b.",
     "16"),
])
def test_extremes_with_letters_typed_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # over all reals a/b + b/a has no least value
    "Find the minimum value of a/b + b/a, where a and b are real numbers.",
    # x + y = 8 over all reals: xy has no least value
    "Let x and y be real numbers with x + y = 8. Find the minimum of xy.",
    # the letter a is not in the expression: the article, and a letter missing
    "Find the minimum value of x/y + y/x for a positive real number a and y.",
])
def test_extremes_with_letters_typed_plainly_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
