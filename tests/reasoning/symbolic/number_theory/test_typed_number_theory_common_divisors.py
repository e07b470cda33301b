"""The greatest integer that must divide every member of a family (`number_theory.
common_divisors`): products and sums of consecutive integers, polynomial forms over all,
even or odd integers, a set of such numbers, and the palindromes of a length. Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6!
    ("Find the largest positive integer that is always a factor of the product of any six "
     "consecutive natural numbers.", "720"),
    # (n - 1) n (n + 1)
    ("What is the largest integer that divides $n^3 - n$ for every integer $n$?", "6"),
    # n(n + 1) at n = 1, 3, 5: 2, 12, 30
    ("Find the greatest common divisor of all numbers of the form $n^2 + n$ where $n$ is a "
     "positive odd integer.", "2"),
    # 7n + 21
    ("Let $W$ be the set of all integers which can be expressed as the sum of seven "
     "consecutive positive integers. Find the greatest common factor of the elements of $W$.",
     "7"),
    # 1001 and 1111
    ("What is the greatest common factor of all four-digit palindromes?", "11"),
    # 6n + 15
    ("Determine the greatest natural number which must divide the sum of any six consecutive "
     "integers.", "3"),
    # (2m + 1)(2m + 3): 15, 35, 63
    ("Compute the largest integer that is guaranteed to divide the product of any two "
     "consecutive odd integers.", "1"),
    # Fermat for 2, 3, 5
    ("What is the largest integer that always divides $n^5 - n$ for all positive integers "
     "$n$?", "30"),
])
def test_common_divisors(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two variables
    "What is the largest integer that divides $m^2 - n^2$ for all integers $m$ and $n$?",
    # not a polynomial
    "What is the largest integer that divides $2^n + 1$ for every positive integer $n$?",
    # the set named twice with different letters
    "Let $W$ be the set of all integers which can be expressed as the sum of seven "
    "consecutive positive integers. Find the greatest common factor of the elements of $V$.",
    # the smallest, not the greatest
    "Find the smallest positive integer that is always a factor of the product of any six "
    "consecutive natural numbers.",
])
def test_common_divisors_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
