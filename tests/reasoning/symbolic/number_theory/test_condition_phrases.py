"""Conditions said in more words: "have digits whose sum is 9". Our own problems, the
answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    # a + b + c = 9 with a >= 1: C(10, 2)
    ("How many 3-digit positive integers have digits whose sum is 9?", "45"),
    ("How many two-digit numbers have digits whose sum is 5?", "5"),  # 14, 23, 32, 41, 50
])
def test_digit_sums(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # gcd(60, 96) = 12: 1, 2, 3, 4, 6, 12
    ("How many positive integers divide both 60 and 96?", "6"),
    # gcd(45, 75) = 15: 1 + 3 + 5 + 15
    ("What is the sum of the positive integers that are factors of both 45 and 75?", "24"),
    # gcd(24, 40, 56) = 8: 1, 2, 4, 8
    ("How many positive integers divide each of 24, 40 and 56?", "4"),
    # gcd(48, 80) = 16: 1, 2, 4, 8, 16
    ("How many positive integers are common divisors of 48 and 80?", "5"),
])
def test_divisors_of_several_numbers(problem, answer):
    assert_solved(problem, answer)


def test_divisors_of_one_or_another_are_not_read_as_of_both():
    from tutor.reasoning.symbolic.engine import solve_now

    assert solve_now("How many positive integers divide 60 or 96?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1001 = 11 * 91: the digits 1, 0, 0, 1
    ("What is the smallest four-digit multiple of 11 which has two even and two odd digits?",
     "1001"),
    # the odd digit first: 5 * 5 * 5; an even first digit (not 0): 4 * (5 * 5) * 2 places
    ("How many three-digit numbers have one odd digit and two even digits?", "325"),
])
def test_counts_of_even_and_odd_digits(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # lcm(4, 6, 9) = 36: only 36 up to 50
    ("How many integers from 1 to 50 are divisible by 4, 6, and 9?", "1"),
    # 24 alone: a multiple of 8 that is 4 more than a multiple of 5 (8, 16, 24, 32 -> 24)
    ("What is the sum of all positive integers less than 35 that are multiples of 8 and leave "
     "a remainder of 4 when divided by 5?", "24"),
])
def test_a_single_integer_in_the_range(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 1..100: 100 - 50 - 33 + 16
    ("How many integers from 1 to 100 are neither divisible by 2 nor by 3?", "33"),
    # 1..59: 59 - 14 - 11 + 2
    ("How many positive integers less than 60 are neither divisible by 4 nor by 5?", "36"),
])
def test_neither_nor_with_by_repeated(problem, answer):
    assert_solved(problem, answer)
