"""The largest possible gcd of two positive integers with a given sum or product (our own
problems)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    # 561 = 3 * 11 * 17: 561 / 3
    ("The sum of two positive integers is 561. What is the largest possible value of their "
     "greatest common divisor?", "187"),
    # 84 = 2^2 * 3 * 7: 84 / 2 (42 and 42)
    (r"If $m$ and $n$ are positive integers with $m + n = 84$, what is the largest possible "
     r"value of $\gcd(m, n)$?", "42"),
    # 89 is prime
    ("The sum of two positive integers is 89. What is the largest possible value of their "
     "gcd?", "1"),
    # 720 = 2^4 3^2 5: the largest square divisor is 144 = 12^2
    ("The product of two positive integers is 720. What is the largest possible value of "
     "their greatest common divisor?", "12"),
])
def test_largest_gcd(problem, answer):
    assert_solved(problem, answer)
