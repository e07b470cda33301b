"""The sum, product or mean of the k smallest or largest integers with stated properties.
Our own problems; each answer from a plain listing here."""

from __future__ import annotations

from fractions import Fraction
from math import prod

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def _take(test, k, numbers):
    return [n for n in numbers if test(n)][:k]


@pytest.mark.parametrize(("problem", "answer"), [
    ("Calculate the sum of the 6 smallest different positive multiples of 8.",
     str(sum(8 * i for i in range(1, 7)))),
    ("Compute the product of the four smallest prime numbers.",
     str(prod(_take(_is_prime, 4, range(1, 100))))),
    ("Find the sum of the three smallest three-digit primes.",
     str(sum(_take(_is_prime, 3, range(100, 1000))))),
    ("What is the sum of the two largest two-digit multiples of 7 that are even?",
     str(sum(_take(lambda n: n % 14 == 0, 2, range(99, 9, -1))))),
    ("Determine the average of the four largest primes less than 60.",
     str(Fraction(sum(_take(_is_prime, 4, range(59, 0, -1))), 4))),
    ("What is the sum of the five smallest positive integers that leave a remainder of 3 when "
     "divided by 7?", str(sum(_take(lambda n: n % 7 == 3, 5, range(1, 100))))),
])
def test_extreme_members(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no lower end: the integers are not bounded below
    "What is the sum of the three smallest integers?",
    # no upper end for the largest multiples
    "What is the sum of the two largest multiples of 7?",
    # only two one-digit primes, 5 and 7, exceed 4
    "What is the sum of the three largest one-digit primes greater than 4?",
])
def test_unbounded_or_too_few_decline(problem):
    assert solve_now(problem).answer is None
