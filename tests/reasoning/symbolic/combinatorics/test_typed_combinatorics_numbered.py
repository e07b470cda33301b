"""One item drawn from items numbered by consecutive integers (`combinatorics.numbered`).
Our own problems; each answer worked out by hand (the comment) and counted again here."""

from __future__ import annotations

from fractions import Fraction
from math import isqrt

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _share(lo: int, hi: int, test) -> str:
    v = Fraction(sum(1 for x in range(lo, hi + 1) if test(x)), hi - lo + 1)
    return rf"\frac{{{v.numerator}}}{{{v.denominator}}}"


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, isqrt(n) + 1))


def _cube(n: int) -> bool:
    return round(n ** (1 / 3)) ** 3 == n


@pytest.mark.parametrize(("problem", "expected"), [
    # 12 primes up to 40
    ("Forty tiles are numbered 1 through 40. A tile is drawn at random. What is the "
     "probability that the number on the tile is prime?", _share(1, 40, _prime)),
    # listed with dots, a name, 'or both': 15 + 10 - 5 = 20 of 60
    ("Sixty cards are labelled 1, 2, 3, ..., 59, 60. Mo picks one card at random. What is the "
     "probability that it is a multiple of 4 or 6 or both?",
     _share(1, 60, lambda x: x % 4 == 0 or x % 6 == 0)),
    # written on slips: 14 squares + 5 cubes - 2 sixth powers = 17 of 200
    ("The numbers from 1 to 200, inclusive, are written on slips and put in a hat, and a "
     "number is randomly selected from the hat. What is the probability that it is neither a "
     "perfect square nor a perfect cube?",
     _share(1, 200, lambda x: isqrt(x) ** 2 != x and not _cube(x))),
    # not starting at 1: 20..59, odd numbers 20 of 40
    ("Forty chips are marked 20 to 59. One chip is selected at random. What is the "
     "probability that the number on the chip is odd?", _share(20, 59, lambda x: x % 2 == 1)),
    # a divisor of a number: divisors of 36 up to 25: 1 2 3 4 6 9 12 18 -> 8 of 25
    ("Twenty-five tokens are numbered 1 through 25 and a token is picked at random. What is "
     "the probability that the number on the token is a divisor of 36?",
     _share(1, 25, lambda x: 36 % x == 0)),
])
def test_numbered_items(problem: str, expected: str) -> None:
    assert_solved(problem, expected)


@pytest.mark.parametrize("problem", [
    # the count of items is not the count of numbers
    "Thirty balls are numbered 1 through 40. A ball is drawn at random. What is the "
    "probability that the number on the ball is even?",
    # a listed range that is not consecutive
    "Sixty cards are labelled 1, 3, 5, ..., 119. Mo picks one card at random. What is the "
    "probability that it is a multiple of 3?",
    # two items drawn: not one number
    "Forty tiles are numbered 1 through 40. Two tiles are drawn at random. What is the "
    "probability that the number on the tile is prime?",
    # a property outside the vocabulary
    "Forty tiles are numbered 1 through 40. A tile is drawn at random. What is the "
    "probability that the number on the tile is a palindrome?",
])
def test_numbered_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
