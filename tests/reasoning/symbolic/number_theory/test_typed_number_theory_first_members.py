"""The first n members of a named sequence (`number_theory.named`): the remainder of their
sum or product on division, and the sum of their squares or cubes. Our own problems; each
answer worked again here, plus near misses that must decline."""

from __future__ import annotations

from math import prod

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the remainder when the sum of the first 75 positive integers is divided by 11.",
     sum(range(1, 76)) % 11),
    ("Compute the remainder when the product of the first 6 primes is divided by 13.",
     prod(_PRIMES[:6]) % 13),
    ("What is the remainder when the sum of the first 12 perfect squares is divided by 13?",
     sum(k * k for k in range(1, 13)) % 13),
    ("Compute the sum of the squares of the first 15 positive integers.",
     sum(k * k for k in range(1, 16))),
    ("What is the sum of the cubes of the first 5 positive even integers?",
     sum((2 * k) ** 3 for k in range(1, 6))),
])
def test_first_members(problem, answer):
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # whole numbers may start at 0
    "Compute the remainder when the sum of the first 25 whole numbers is divided by 6.",
])
def test_unsettled_first_members_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1, 2, ..., 14: the 7th and 8th members
    ("What is the median of the first fourteen positive integers?", r"\frac{15}{2}"),
    # 1, 3, ..., 21: the 6th member
    ("Find the median of the first 11 positive odd integers.", "11"),
    # 2, 3, 5, 7, 11, 13, 17, 19: (7 + 11) / 2
    ("What is the median of the first 8 prime numbers?", "9"),
    # 1, 4, 9, 16, 25, 36: (9 + 16) / 2
    ("Compute the median of the first six perfect squares.", r"\frac{25}{2}"),
])
def test_median_of_the_first_members(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 2 + 3 + 5 + 7 + 11 + 13
    ("What is the sum of the first six positive prime numbers?", "41"),
    # lcm(1..9) = 8 \cdot 9 \cdot 5 \cdot 7
    ("What is the least common multiple of the numbers 1 through 9?", "2520"),
    ("What is the least common multiple of all integers from 1 to 6?", "60"),
    ("What is the product of the integers from 1 to 5?", "120"),
])
def test_a_range_from_one_and_positive_primes(problem, answer):
    assert_solved(problem, answer)


def test_a_range_from_another_start_is_not_the_first_integers():
    # 3 through 9 are not the first seven positive integers
    assert solve_now("What is the product of the integers from 3 to 9?").answer != "5040"
