"""Multiples of at least one, or of none, of several divisors up to N, counted by
inclusion and exclusion and by testing each integer. Our own problems; the answers worked
out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 50 + 33 + 20 - 16 - 10 - 6 + 3
    ("How many positive integers less than or equal to $100$ are divisible by $2$, $3$, or "
     "$5$?", "74"),
    ("How many positive integers less than 101 are multiples of 2, 3 or 5?", "74"),
    # 166 + 125 + 100 - 41 - 33 - 25 + 8
    ("How many of the first 500 positive integers are divisible by 3, 4 or 5?", "300"),
    # 1000 - (200 + 142 - 28)
    ("How many positive integers up to 1000 are divisible by neither 5 nor 7?", "686"),
    # 300 (1/2)(2/3)(4/5)
    ("How many positive integers not exceeding 300 are divisible by neither 2 nor 3 nor 5?",
     "80"),
    ("How many integers from 1 to 300 are not divisible by 2, 3 or 5?", "80"),
    ("How many positive integers up to 60 are not divisible by any of 2, 3 and 5?", "16"),
    # 1000 - 228: 4 * 48 coprime to 210 below 841, and 36 from 841 to 1000
    ("How many integers from 1 to 1000 are divisible by 2, 3, 5, or 7?", "772"),
    # exactly one: 50 + 33 - 2 * 16
    ("How many positive integers up to 100 are divisible by exactly one of 2 and 3?", "51"),
    # 47 - 2 * 12 + 3 * 1 on 1..60
    ("How many positive integers less than 61 are multiples of exactly one of 3, 4 or 5?",
     "26"),
])
def test_counts(problem, answer):
    assert_solved(problem, answer)


def test_the_step_includes_and_excludes():
    solved = solve_now("How many positive integers up to 100 are divisible by 2, 3, or 5?")
    assert solved.answer == "74"
    assert solved.steps[0].latex == "50 + 33 + 20 - 16 - 10 - 6 + 3 = 74"


@pytest.mark.parametrize("problem", [
    # a divisor listed twice
    "How many positive integers up to 100 are divisible by 2, 2, or 5?",
    "How many positive integers up to 100 are divisible by exactly one of 2 and 2?",
    # "but not both" is not read
    "How many positive integers up to 100 are divisible by 2, 3 or 5 but not all three?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
