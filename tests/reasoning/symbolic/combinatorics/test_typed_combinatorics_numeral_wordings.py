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


@pytest.mark.parametrize(("problem", "answer"), [
    # a digit listed twice may be used twice: 123 in 6 orders, 11x in 3 orders for x = 2, 3
    ("How many different three-digit numbers can be formed using the digits 1, 1, 2, 3?", "12"),
    # leave out 9 (5577: 6), a 5 (12) or a 7 (12)
    ("How many different four-digit numbers can be formed using the digits 5, 5, 7, 7, 9?", "30"),
    # said outright, from a set: 30, 33, 38, 80, 83
    ("How many different two-digit numbers can be formed using only the digits in the set "
     "$\\{0, 3, 3, 8\\}$ if no digit may be used more times than it appears in the set?", "5"),
    # every digit once in the list: the same as 'no digit repeated', 4 * 3 * 2
    ("How many three-digit numbers can be formed from the digits 2, 4, 6, 8 if no digit may be "
     "used more times than it appears?", "24"),
    # a parity: ends in 2, then 11, 13 or 31
    ("How many different even three-digit numbers can be formed using the digits 1, 1, 2, 3?",
     "3"),
    # 8 * 7 * 6 with different digits, and 2 * 7 * 3 with a pair of 1s or 4s
    ("How many different three-digit numbers can be formed using the digits 1, 1, 2, 3, 4, 4, "
     "5, 6, 7, 8?", "378"),
])
def test_digits_used_as_often_as_given(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a digit listed twice and a repetition rule: said two ways
    "How many different three-digit numbers can be formed using the digits 1, 1, 2, 3 if digits "
    "can be repeated?",
    "How many different three-digit numbers can be formed using the digits 1, 1, 2, 3 if no "
    "digit may be repeated?",
    # more places than digits
    "How many different five-digit numbers can be formed using the digits 1, 1, 2, 3?",
])
def test_digits_used_as_often_as_given_near_misses(problem):
    assert solve_now(problem).answer is None
