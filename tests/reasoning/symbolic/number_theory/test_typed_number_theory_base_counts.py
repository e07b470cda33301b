"""Counts of bases in which a number ends in a digit or has a number of digits
(`number_theory.base_counts`). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 400 - 4 = 396; its divisors from 3 to 12 above 4: 6, 9, 11, 12
    ("In how many bases from 3 to 12 does 400 end in the digit 4?", "4"),
    # 301 - 1 = 300: divisors 2..10 are 2, 3, 4, 5, 6, 10
    ("For how many bases between $2$ and $10$, inclusive, does $301$ have a units digit "
     "of $1$?", "6"),
    # 85 - 5 = 80: divisors 6..16 above 5: 8, 10, 16
    ("How many bases from 6 through 16 does the numeral of 85 end with 5?", "3"),
    # the range as inequalities: 3..12 as above; 3..10 for 300: 3, 4, 5, 6, 10
    ("How many bases $b$, with $3 \\le b \\le 12$, does $400$ end in the digit $4$?", "4"),
    ("For how many bases $2 < b \\leq 10$ does 301 have a last digit of 1?", "5"),
    # 250: b^2 <= 250 < b^3 gives b = 7..15
    ("When $250$ is written in base $b$ it has $3$ digits. How many values of $b$ are "
     "possible?", "9"),
    # b^3 <= 300 < b^4: b = 5, 6 (4^4 = 256 is not above 300; 7^3 = 343 is)
    ("Let $b$ be an integer at least $2$. If $300$ is expressed in base $b$, its numeral "
     "has $4$ digits. Find the number of possible values of $b$.", "2"),
    # b^2 <= 90 < b^3: b = 5..9
    ("What is the largest base $b$ such that $90$ has $3$ digits in base $b$?", "9"),
    ("Find the smallest base $b$ for which $90$ has exactly $3$ digits when written in "
     "base $b$.", "5"),
    # 1000 has 2 digits for b = 32..1000
    ("How many bases $b$ are there for which $1000$ has exactly $2$ digits when written in "
     "base $b$?", "969"),
])
def test_base_counts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'between' without 'inclusive': the ends are ambiguous
    "For how many bases between 2 and 9 does 576 end in 1?",
    # one digit: every base above the number would do
    "When $250$ is written in base $b$ it has $1$ digits. How many values of $b$ are "
    "possible?",
    # the base in the question is another letter than the one in the fact
    "When $250$ is written in base $b$ it has $3$ digits. How many values of $c$ are "
    "possible?",
    # a digit property this reader does not know
    "In how many bases from 3 to 12 does 400 begin with the digit 4?",
])
def test_base_counts_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
