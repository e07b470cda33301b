"""Counts of integers by alike digits (combinatorics/digit_counts.py, digit_places.py): exactly
two alike digits side by side or apart, 'at least two equal digits', 'all four digits
different', a hyphen typed as unicode. Our own wordings; every count is made by listing the
integers and again by building digit strings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the pair apart: ABA with A 1-9, B any other digit: 9 * 9 = 81
    ("How many three-digit integers have exactly two identical digits which are not next to "
     "each other?", "81"),
    # the pair side by side: AAB or ABB: 81 + 81 = 162
    ("how many 3 digit numbers have exactly 2 equal digits that are adjacent", "162"),
    # four digits, one pair, the pair adjacent (listed by hand: 1944)
    ("How many four-digit numbers have exactly two digits that are the same, and those two "
     "digits are next to each other?", "1944"),
    # 900 - 9 * 9 * 8 = 252
    ("How many 3-digit integers have at least two identical digits?", "252"),
    # 9 * 9 * 8 * 7 * 6 = 27216
    ("How many five-digit numbers have all five digits different?", "27216"),
    # the unicode non-breaking hyphen: 9 * 9 * 8 = 648
    ("How many 3\u2011digit numbers have no repeated digits?", "648"),
    # the share of a range: 4536 / 9000 = 63/125
    ("what fraction of 4-digit numbers have all digits different", "63/125"),
    # 25 / 90 = 5/18
    ("What fraction of the two-digit numbers have both digits odd?", "5/18"),
])
def test_alike_digits(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three alike digits 'next to each other' is not one thing
    "How many five-digit numbers have exactly three identical digits that are next to each "
    "other?",
    # four places but 'all three digits'
    "How many four-digit numbers have all three digits different?",
    # a share among odd numbers only: a sample space of one parity
    "What fraction of odd three-digit numbers have a repeated digit?",
])
def test_alike_digits_decline(problem):
    assert solve_now(problem).answer is None
