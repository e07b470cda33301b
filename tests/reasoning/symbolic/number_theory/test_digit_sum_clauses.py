"""Integers described by 'the sum (product) of its digits is n', also asked the other way
round ('is the sum of its digits n'): condition_phrases reads them as the digit-sum and
digit-product conditions the integer search already tests two ways."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 23, 41 (14 and 32 are not prime)
        ("For how many primes between 10 and 99 is the sum of its digits 5?", "2"),
        # 19, 37, 73
        ("How many two-digit prime numbers are there where the sum of their digits equals 10?",
         "3"),
        # a + b + c = 4 with a >= 1: 10 of them
        ("How many three-digit positive integers are there for which the sum of its digits is 4?",
         "10"),
        # 26, 34, 62
        ("How many two-digit even numbers are there where the product of their digits equals 12?",
         "3"),
        # 29 and 63 (92 and 36 are even)
        ("How many two-digit odd integers are there in which the product of their digits is 18?",
         "2"),
    ],
)
def test_digit_sum_and_product_clauses(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # the number is compared, not the sum itself
        "How many two-digit numbers are there for which the sum of its digits is 3 more than 5?",
        "How many two-digit integers are there for which the sum of their digits is 2 times 4?",
    ],
)
def test_a_compared_sum_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
