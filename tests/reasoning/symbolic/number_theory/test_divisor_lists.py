"""The divisors of a number listed (`number_theory.divisor_questions`, kind "list"): our own
numbers and wordings as a student types them, lists worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("list all the factors of 28", "1, 2, 4, 7, 14, 28"),
    ("list the divisors of 30", "1, 2, 3, 5, 6, 10, 15, 30"),
    ("what are the factors of 18?", "1, 2, 3, 6, 9, 18"),
    ("list all positive divisors of 45", "1, 3, 5, 9, 15, 45"),
    ("factors of 36", "1, 2, 3, 4, 6, 9, 12, 18, 36"),
    ("divisors of 17", "1, 17"),
    ("What are the even divisors of 24?", "2, 4, 6, 8, 12, 24"),
    ("List the proper divisors of 28.", "1, 2, 4, 7, 14"),
    ("what are the prime factors of 60", "2, 3, 5"),  # each prime once
])
def test_divisors_listed(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", [
    "what is the factor of 12",  # one factor of many
    "list the factors of 2^60",  # 61 divisors: too many to list as an answer
    "list the factors of 0",
])
def test_lists_not_asked_plainly_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
