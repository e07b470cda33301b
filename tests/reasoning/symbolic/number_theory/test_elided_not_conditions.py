"""A bare "but not N" repeats the relation said before it (`integer_conditions`): "divide 72
but not 48" is "does not divide 48", "multiples of 4 but not 12" is "not multiples of 12";
"are not N" (maybe "other than N") and "not N" after no divisibility decline. Our own numbers."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # divisors of 72 (12) less the divisors of gcd(72, 48) = 24 (8)
    ("How many positive integers divide 72 but not 48?", "4"),
    ("How many positive integers are divisors of 72 but not of 48?", "4"),
    # divisors of 45 (6) that do not divide 10 (1, 5 do): 3, 9, 15, 45
    ("how many positive integers divide 45 and not 10", "4"),
    # divisors of 84 that do not divide 28: 3, 6, 12, 21, 42, 84
    ("What is the smallest positive integer that divides 84 but not 28?", "3"),
    ("What is the sum of all positive integers that divide 84 but not 28?", "168"),
    # multiples of 4 below 80 (19) less multiples of 12 (6)
    ("How many positive integers less than 80 are multiples of 4 but not 12?", "13"),
    ("How many positive integers less than 80 are multiples of 4 but not of 12?", "13"),
    # a bound between keeps the relation: 19 multiples of 4 below 80, 6 of them of 12
    ("How many positive multiples of 4 are less than 80 but not 12?", "13"),
])
def test_not_repeats_the_relation_said(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    # "other than 6" (11) or "not dividing / divisible by 6"?
    "How many positive divisors of 72 are not 6?",
    "How many positive integers less than 80 are multiples of 4 but are not 12?",
    # no divisibility said before "not 5": not equal to 5, or not divisible by it?
    "How many positive integers less than 30 are odd but not 5?",
    # the relation nearest "not 8" is "even", not "divisor of": not dividing 8, or other than 8?
    "How many positive divisors of 72 are even but not 8?",
])
def test_not_a_number_with_two_readings_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
