"""Integers described by what they are not (number_theory/condition_phrases.py): "not
divisible by 2 or 3" (a multiple of neither), "not multiples of 2, 3 or 5", "divisible by
none of ...", "not divisors of 30", composite, "not prime", "neither prime nor composite",
"up to", "not greater than". Our own numbers; answers by hand (inclusion-exclusion)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 1..89: 89 - (44 + 29 - 14) = 30
    ("How many positive integers less than 90 are not divisible by 2 or 3?", "30"),
    # 1..150: 150 - (75 + 50 + 30 - 25 - 15 - 10 + 5) = 40
    ("How many positive integers up to 150 are not multiples of 2, 3, or 5?", "40"),
    ("How many whole numbers less than 40 are divisible by none of 2, 5 and 7?", "14"),
    ("How many natural numbers not exceeding 70 are not divisible by either 5 or 7?", "48"),
    # "but not of either": multiples of 6 below 300 (49) less those of 12 (24) or 18 (16),
    # plus those of 36 (8); multiples of 2 up to 100 (50) less 6s (16), 10s (10), plus 30s (3)
    ("How many positive integers less than 300 are divisible by 6 but not by either 4 or 9?",
     "17"),
    ("How many integers from 1 to 100 are multiples of 2 but not of either 3 or 5?", "27"),
    # divisors of 72 (12) that do not divide 24 (8 of them do): 9, 18, 36, 72
    ("How many positive divisors of 72 are not divisors of 24?", "4"),
    ("How many of the positive factors of 72 are not factors of 24?", "4"),
    # 1..30 minus the divisors of 36 up to 30 (1, 2, 3, 4, 6, 9, 12, 18): 30 - 8
    ("How many integers from 1 to 30 are not a divisor of 36?", "22"),
    # 4 6 8 9 10 12 14 15 16 18 20 21 22 24 25
    ("How many composite numbers are there from 1 to 25?", "15"),
    ("How many of the integers from 1 to 25 are composite?", "15"),
    # two-digit numbers 10..99: 90 - 21 primes
    ("How many two-digit integers are not prime?", "69"),
    ("How many positive integers less than 50 are neither prime nor composite?", "1"),
    # odd composites below 40: 9 15 21 25 27 33 35 39
    ("How many positive integers less than 40 are odd and composite?", "8"),
    # composites up to 12: 4 + 6 + 8 + 9 + 10 + 12
    ("Find the sum of all composite numbers not greater than 12.", "49"),
    ("How many positive integers up to 200 are multiples of 8?", "25"),
    # 51 = 3 * 17 and 52 is even; 53 is prime (once declined as a condition not read)
    ("What is the least integer greater than 50 that is not divisible by 2, 3 or 5?", "53"),
    # 1 2 3 4 6 7 12 (once declined as a wording not read)
    ("How many positive factors of 84 are not greater than 12?", "7"),
]

DECLINED = [
    # by both (by 6), or by neither?
    "How many positive integers less than 90 are not divisible by 2 and 3?",
    # 25 is composite: with or without the ends
    "How many composite numbers are between 1 and 25?",
    # negative integers: prime or not is not a school question
    "How many integers from -8 to 8 are not prime?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_negated_conditions_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_negated_conditions_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
