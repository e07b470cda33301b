"""Two phrase rules (phrases.py): "the largest integral value of x which solves: <inequality>"
asks the largest integer x such that it holds, and "how many different primes are in the prime
factorization of N" asks for N's distinct prime factors. Our own numbers, answers by hand; an
inequality with no largest integer solution declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3/2 < x < 14/3
    ("Find the largest integral value of $x$ which solves: "
     "$\\frac{1}{4}<\\frac{x}{6}<\\frac{7}{9}$", "4"),
    # y > 6
    ("Find the smallest integer value of $y$ that satisfies $3y+7>25$.", "7"),
    ("What is the smallest integral value of $y$ that satisfies $3y+7>25$?", "7"),
    # x^2 < 50: |x| <= 7
    ("Find the largest integral value of $x$ which solves: $x^2 < 50$", "7"),
    # 5*17, 3*29, 7*13, 5*19: 3, 5, 7, 13, 17, 19, 29
    ("How many distinct primes are in the prime factorization of $85\\cdot87\\cdot91\\cdot95$?",
     "7"),
    # the primes up to 20
    ("How many different primes appear in the prime factorization of $20!$?", "8"),
]

DECLINED = [
    # no largest integer above 3
    "Find the largest integral value of $x$ which solves: $x > 3$",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_integer_value_phrases_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_integer_value_phrases_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
