"""Counts of integers by their digits (combinatorics/digit_counts.py) asked with "exist",
"all of whose digits are 3's and/or 7's", "all digits different", "no digit equal to 0" and
digits in strictly increasing or decreasing order. Our own wordings, answers by hand; a
third allowed digit, which the reader does not read, must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # two choices in each of four places
    ("How many four-digit positive integers exist, all of whose digits are 3's and/or 7's?",
     "16"),
    ("How many two-digit positive integers exist, all of whose digits are 4's or 9's?", "4"),
    # 0 and 6: the first digit must be 6
    ("How many three-digit positive integers exist, all of whose digits are 0's and/or 6's?",
     "4"),
    # 4 * 5 * 5 with odd digits
    ("How many three-digit positive integers exist, all of whose digits are odd?", "125"),
    # 9 * 9 * 8 * 7
    ("How many four-digit numbers have all their digits different?", "4536"),
    # 8 * 9: no 3 anywhere
    ("How many two-digit numbers have no digit equal to 3?", "72"),
    # 9^3: every digit from 1 to 9
    ("How many three-digit integers have no digit that is 0?", "729"),
    # a strictly increasing digit string is a set of digits (0 cannot lead): C(9, 2)
    ("How many two-digit numbers have digits in strictly increasing order?", "36"),
    # strictly decreasing: any 4 of the 10 digits, written largest first: C(10, 4)
    ("How many four-digit positive integers have their digits in strictly decreasing order?",
     "210"),
    ("How many three-digit numbers have digits that strictly increase from left to right?",
     "84"),
    # 5-element sets of digits whose least member is odd: C(8,4)+C(6,4)+C(4,4) = 70+15+1
    ("How many odd five-digit numbers have digits in strictly decreasing order?", "86"),
    # 36 of the 90 two-digit numbers
    ("A two-digit number is chosen at random. What is the probability that its digits are in "
     "strictly increasing order?", "\\frac{2}{5}"),
]

DECLINED = [
    # three allowed digits: not read
    "How many three-digit positive integers exist, all of whose digits are 2's and/or 5's "
    "and/or 8's?",
    # 'increasing' without 'strictly': equal neighbours may or may not be allowed
    "How many three-digit numbers have digits in increasing order?",
    # one-digit numbers in the range: is a single digit 'in increasing order'?
    "How many positive integers less than 100 have digits in strictly increasing order?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_digit_count_wordings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_digit_count_wordings_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
