"""Counts of integers by their digits (combinatorics/digit_counts.py) asked with "exist" and
"all of whose digits are 3's and/or 7's". Our own wordings, answers by hand; a third allowed
digit, which the reader does not read, must decline."""

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
]

DECLINED = [
    # three allowed digits: not read
    "How many three-digit positive integers exist, all of whose digits are 2's and/or 5's "
    "and/or 8's?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_digit_count_wordings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_digit_count_wordings_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
