"""Which member of a list of integers stands out (our own problems; the values worked by
hand in the comments)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # divisors: 28 -> 6, 32 -> 6, 45 -> 6, 48 -> 10
    ("Which of the numbers 28, 32, 45, 48 has the most positive divisors?", "48"),
    # smallest prime factors: 49 -> 7, 51 -> 3, 77 -> 7, 85 -> 5
    (r"Set $C = \{49, 51, 77, 85\}$. Which number in set $C$ has the smallest prime factor?",
     "51"),
    # largest prime factors: 39 -> 13, 44 -> 11, 57 -> 19, 68 -> 17
    ("Which of the following numbers has the largest prime factor: 39, 44, 57, 68?", "57"),
    # divisors of 1..10: only 6, 8 and 10 have 4; 1 has 1 (the fewest, alone)
    ("Of the numbers 1, 2, 3, ..., 10, which number has the fewest divisors?", "1"),
    # digit sums: 19 -> 10, 28 -> 10, 39 -> 12, 40 -> 4
    ("Which number in the list 19, 28, 39, 40 has the largest sum of digits?", "39"),
    # 51 = 3 * 17, 57 = 3 * 19, 87 = 3 * 29
    ("Among the integers 51, 53, 57, 87, which one is prime?", "53"),
    # 49 = 7^2; 50, 51, 52 are not squares
    ("Which of the numbers 50, 49, 51, 52 is a perfect square?", "49"),
])
def test_the_member_that_stands_out(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 12, 18 and 20 each have 6 divisors
    "Which integer from 10 to 20 has the most divisors?",
    # 2, 3, 5 are all prime
    "Which of the numbers 2, 3, 5, 9 is prime?",
])
def test_ties_decline(problem):
    assert solve_now(problem).answer is None
