"""A gcd or lcm condition with its value said before the other number
(`number_theory.condition_phrases`): "have a greatest common divisor of 6 with 18" reads as
"whose greatest common divisor with 18 is 6". Our own numbers, each worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5k below 80 with k prime to 3 (gcd(5k, 15) = 5): k = 1, 2, 4, 5, 7, 8, 10, 11, 13, 14
    ("How many positive integers less than 80 have a greatest common divisor of 5 with 15?",
     "10"),
    ("how many positive integers below 80 have a gcd of 5 with 15", "10"),
    # 4k below 40 with k odd (gcd(4k, 8) = 4): 4, 12, 20, 28, 36
    ("what is the sum of the positive integers less than 40 that have a gcf of 4 with 8", "100"),
    ("What is the least integer greater than 30 that has a gcd of 11 with 22?", "33"),
    ("how many positive integers have an lcm of 40 with 8", "4"),  # 5, 10, 20, 40
])
def test_value_said_first(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "How many positive integers have a greatest common divisor of 5 with 15?",  # unbounded
    "How many positive integers less than 80 have a greatest common divisor of 5?",  # with?
])
def test_value_said_first_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
