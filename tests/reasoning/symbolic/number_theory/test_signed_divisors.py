"""Divisors counted with both signs when the problem says so (number_theory/signed_divisors.py):
a count, sum or product of the divisors of one number, or of those it shares with another.
Our own numbers, answers by hand; without the note, or with a condition not read, the
signed reading must not be used."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # gcd(45, 60) = 15: 1, 3, 5, 15 and their negatives
    ("How many divisors of 45 are also divisors of 60? (Recall that divisors may be positive "
     "or negative.)", "8"),
    # gcd(70, 15) = 5: 1 * (-1) * 5 * (-5)
    ("Find the product of all integer divisors of $70$ that also divide $15$.  (Recall that "
     "the divisors of an integer may be positive or negative.)", "25"),
    # each divisor cancels with its negative
    ("What is the sum of all the divisors of 30, positive and negative?", "0"),
    # 20 has 6 positive divisors
    ("How many integer divisors does $20$ have (positive and negative)?", "12"),
    # gcd(12, 18) = 6: 1, 2, 3, 6, four negatives: (1*2*3*6)^2
    ("Compute the product of the divisors of 12 which also divide 18. Note that divisors can be "
     "positive or negative.", "1296"),
]

NEAR_MISSES = [
    # no note: the positive divisors are meant (answered elsewhere, as 4)
    ("How many divisors of 45 are also divisors of 60?", "4"),
]

DECLINED = [
    # "integer divisors" without saying both signs: not read as signed
    "Find the product of all integer divisors of $70$ that also divide $15$.",
    # a condition this reader does not read
    "How many even divisors of 45 are also divisors of 60? (Recall that divisors may be "
    "positive or negative.)",
    # three numbers
    "How many divisors of 45 are also divisors of 60 and 90? (Recall that divisors may be "
    "positive or negative.)",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED + NEAR_MISSES)
def test_signed_divisors_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_signed_divisors_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
