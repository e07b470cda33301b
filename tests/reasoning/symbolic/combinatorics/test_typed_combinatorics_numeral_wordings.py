"""Numbers made from given digits, in more wordings (`combinatorics.numerals`): "if no
digit is repeated", "no digit repeats", "the digits are not repeated", and the parity after
the length ("three-digit even numbers"). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # last digit 2 or 4, then 4 * 3
    ("How many three-digit even numbers can be made from the digits 1, 2, 3, 4, 5 if no "
     "digit is repeated?", "24"),
    # 4 * 3
    ("Using the digits 1, 3, 5, 7, how many two-digit numbers can be formed if the digits "
     "are not repeated?", "12"),
    # last digit 3 or 5, then 4 * 3
    ("How many odd three-digit numbers can be formed from the digits 2, 3, 4, 5, 6 if no "
     "digit repeats?", "24"),
    # last digit 1 or 3, first any of 3
    ("How many two-digit odd numbers can be formed with the digits 1, 2, 3 if digits can be "
     "repeated?", "6"),
    # last digit 2, 4 or 6, then 5 * 4 * 3
    ("How many even four-digit numbers can be made using the digits 1, 2, 3, 4, 5, 6 if no "
     "digit is used more than once?", "180"),
    # digits that may repeat are no arrangement of the four (numerals, not digit_arrangements):
    # last digit 1 or 3, then 4^3
    ("How many four-digit odd numbers can be formed from the digits 1, 2, 3 and 4 if digits "
     "may be repeated?", "128"),
])
def test_numeral_wordings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # even and odd at once
    "How many even odd three-digit numbers can be made from the digits 1, 2, 3, 4, 5 if no "
    "digit is repeated?",
    # whether a digit may repeat is not said
    "How many three-digit even numbers can be made from the digits 1, 2, 3, 4, 5?",
])
def test_numeral_wordings_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
