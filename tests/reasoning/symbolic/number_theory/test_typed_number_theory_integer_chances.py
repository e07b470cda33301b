"""The chance that an integer picked at random from a described range has a property, and
what percent or fraction of the integers in a range have it (`number_theory.integer_chances`).
Our own problems; each answer counted again here by brute force, plus near misses that must
decline."""

from __future__ import annotations

from fractions import Fraction
from math import gcd, isqrt

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _share(pool: range, test) -> Fraction:
    return Fraction(sum(1 for n in pool if test(n)), len(pool))


def _tex(f: Fraction) -> str:
    return str(f.numerator) if f.denominator == 1 else f"\\frac{{{f.numerator}}}{{{f.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the probability that a randomly chosen positive integer less than or equal to 80 "
     "is a multiple of 6 or 10?", _share(range(1, 81), lambda n: n % 6 == 0 or n % 10 == 0)),
    ("What is the probability that a randomly selected integer from 1 to 42 is relatively "
     "prime to 42?", _share(range(1, 43), lambda n: gcd(n, 42) == 1)),
    ("A three-digit number is picked at random. What is the probability that it is a perfect "
     "cube?", _share(range(100, 1000), lambda n: round(n ** (1 / 3)) ** 3 == n)),
    ("A positive integer no greater than 120 is chosen at random. What is the probability that "
     "it leaves a remainder of 3 when divided by 7?", _share(range(1, 121), lambda n: n % 7 == 3)),
    ("What is the probability that a positive integer less than or equal to 40 has exactly "
     "two positive divisors?", _share(range(1, 41), lambda n: n > 1 and all(
         n % d for d in range(2, n)))),
    ("What fraction of the two-digit numbers have digits that add up to 9?",
     _share(range(10, 100), lambda n: n // 10 + n % 10 == 9)),
    ("What percent of the positive integers not exceeding 300 are perfect squares?",
     _share(range(1, 301), lambda n: isqrt(n) ** 2 == n) * 100),
])
def test_integer_chances(problem, answer):
    assert_solved(problem, _tex(answer))


@pytest.mark.parametrize("problem", [
    # no range to pick from
    "What is the probability that a randomly chosen positive integer is a multiple of 3?",
    # 'between 1 and 20': with or without its ends the chance differs
    "What is the probability that a randomly chosen integer between 1 and 20 is prime?",
    # a property the reader does not take
    "What is the probability that a randomly chosen two-digit number has a square root less "
    "than 6?",
])
def test_unsettled_chances_decline(problem):
    assert solve_now(problem).answer is None
