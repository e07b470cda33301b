"""The divisors that leave a given remainder (number_theory/remainder_divisors.py). Our own
numbers, answers by hand: 59 - 3 = 56 has divisors 4, 7, 8, 14, 28, 56 above 3."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("How many positive integers leave a remainder of 3 when 59 is divided by them?", "6"),
    ("For how many positive integers $d$ does $59$ leave a remainder of $3$ when divided by "
     "$d$?", "6"),
    ("How many different counting numbers will each leave a remainder of 3 when divided into "
     "59?", "6"),
    # 100 - 4 = 96: divisors above 4 are 6, 8, 12, 16, 24, 32, 48, 96
    ("How many natural numbers leave a remainder of 4 when divided into 100?", "8"),
]

DECLINED = [
    # every number above 59 leaves 59: infinitely many
    "How many different counting numbers will each leave a remainder of 59 when divided into "
    "59?",
    # two numbers divided
    "How many different counting numbers will each leave a remainder of 3 when divided into 59 "
    "or 60?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_remainder_divisors_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_remainder_divisors_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
