"""Abundant, deficient and perfect numbers (their proper divisors adding up to more than,
less than or exactly the number) as conditions of the search and count readers, with the
usual definition said before the question (number_theory/integer_properties.py,
condition_phrases.py). Our own problems; answers worked out by hand. A definition that is not
the usual one declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.number_theory import integer_properties

SOLVED = [
    # 12: 1 + 2 + 3 + 4 + 6 = 16 > 12, and 1 to 11 are not
    ("Find the least abundant number.", "12"),
    # 945 is the first odd abundant number (1 + 3 + 5 + ... + 315 = 975)
    ("What is the smallest odd abundant number?", "945"),
    # 18 (21), 20 (22), 12 is a multiple of 4, 24 too: 18 is first not a multiple of 4
    ("What is the least abundant number that is not a multiple of 4?", "18"),
    # 12, 18, 20, 24, 30 are the abundant numbers up to 30; below 31
    ("How many abundant numbers are less than 31?", "5"),
    # the perfect numbers below 1000 are 6, 28 and 496
    ("How many perfect numbers are less than 1000?", "3"),
    ("What is the largest perfect number less than 100?", "28"),
    # 1..15 without 6 and 12: 13 deficient numbers
    ("How many deficient numbers are less than 16?", "13"),
    # a definition first, in two wordings, with an example
    ("A positive integer is called abundant if the sum of its proper divisors is more than "
     "the number itself. What is the smallest abundant number that is odd?", "945"),
    ("An abundant number is a natural number for which the sum of its proper factors is "
     "greater than the number. For example, 18 is abundant since $1+2+3+6+9 = 21 > 18$. How "
     "many abundant numbers are less than 21?", "3"),
    ("A number is perfect if it is equal to the sum of its proper divisors. What is the "
     "smallest perfect number greater than 10?", "28"),
]

NEAR_MISSES = [
    # a definition that is not the usual one
    "A positive integer is abundant if it is greater than the sum of its proper factors. Find "
    "the least abundant number.",
    "A positive integer is called deficient if the sum of its proper divisors is more than "
    "the number itself. What is the smallest deficient number?",
    # no upper bound for the largest
    "What is the largest abundant number?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_divisor_sum_kinds_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_divisor_sum_kinds_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_divisor_sum_kinds_two_ways_agree() -> None:
    for kind in ("abundant", "deficient", "perfectnum"):
        first = integer_properties.test(kind, 0, 0)
        second = integer_properties.again(kind, 0, 0)
        assert all(first(n) == second(n) for n in range(-3, 2000)), kind
    assert [n for n in range(1, 30) if integer_properties.test("abundant", 0, 0)(n)] == [
        12, 18, 20, 24]
