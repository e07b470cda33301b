"""Integers described by conditions (number_theory/condition_phrases.py) said two more ways:
"have all three of the numbers 12, 18 and 30 as factors" (the count said must be the count
listed) and "for which the greatest common factor of that integer and 24 is 4". Our own
numbers, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # multiples of lcm(12, 18, 30) = 180: 2160, 2340, 2520, 2700, 2880
    ("How many integers between 2000 and 3000 have all three of the numbers 12, 18 and 30 as "
     "factors?", "5"),
    # multiples of 12 from 12 to 96
    ("How many integers between 1 and 100 have all two of the numbers 4 and 6 as factors?",
     "8"),
    # 79, 78, 77 fail; gcd(76, 24) = 4
    ("What is the greatest integer less than 80 for which the greatest common factor of that "
     "integer and 24 is 4?", "76"),
    # 51 ... 65 fail; gcd(66, 36) = 6
    ("What is the least integer greater than 50 for which the greatest common divisor of that "
     "integer and 36 is 6?", "66"),
    # a square root that is an integer: 98 = 2 * 7^2, so 98n is a square first at n = 2
    (r"What is the least positive integer $n$ for which $\sqrt{98n}$ is an integer?", "2"),
    # 5n a square up to 200: n = 5, 20, 45, 80, 125, 180
    (r"How many positive integers $n$ up to 200 make $\sqrt{5n}$ an integer?", "6"),
    ("What is the least positive integer that is both a multiple of 6 and a multiple of 10?",
     "30"),
    ("How many integers from 1 to 200 are divisible by 4 and by 6?", "16"),
    # 2-digit numbers with digit sum 7: 16 25 34 43 52 61 70 (and 07 is not two-digit)
    ("How many two-digit numbers have digits whose sum is 7?", "7"),
    # "each" before the condition: 4 and 9 (squares of primes)
    ("What is the sum of the two smallest positive integers that each have exactly three "
     "positive divisors?", "13"),
]

DECLINED = [
    # a sum of two roots is not read as one root
    r"What is the least positive integer $n$ for which $\sqrt{n} + \sqrt{2}$ is an integer?",
    # "four" numbers said, three listed
    "How many integers between 2000 and 3000 have all four of the numbers 12, 18 and 30 as "
    "factors?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_integer_condition_wordings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_integer_condition_wordings_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 more than a multiple of 30, above 10: 31
    ("What is the smallest integer greater than 10 that leaves a remainder of 1 when divided "
     "by 2, by 3, and by 5?", "31"),
    ("Find the least positive integer divisible by 4, by 6 and by 10.", "60"),
    # 3 more than a multiple of 28, above 3: 31
    ("what is the smallest integer bigger than 3 that has a remainder of 3 when divided by 4 "
     "and by 7", "31"),
])
def test_by_said_again_before_each_divisor(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer
