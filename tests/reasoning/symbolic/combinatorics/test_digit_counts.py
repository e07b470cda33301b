"""Numbers whose k digits are k different digits ("two-digit numbers that have two
different digits"). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many two-digit numbers have two different digits?", "81"),  # 90 - 9
    ("How many three-digit numbers have three different digits?", "648"),  # 9 * 9 * 8
    ("How many four-digit numbers have 4 distinct digits?", "4536"),  # 9 * 9 * 8 * 7
])
def test_all_digits_different(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # fewer different digits than places: which one repeats?
    "How many three-digit numbers have two different digits?",
    "How many three-digit numbers have exactly 2 different digits?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


def test_no_zero_digit():
    # three digits, none zero: 9^3
    assert_solved("How many integers from 100 to 999, inclusive, contain no zero digit?", "729")
    # two digits, no zero: 9 * 9
    assert_solved("How many two-digit numbers have no zero digits?", "81")


def test_integers_left_when_some_are_excluded():
    # 90 two-digit numbers, 9 with a repeated digit (11, ..., 99): 81 left
    assert_solved("How many two-digit numbers are left if we remove all two-digit numbers that "
                  "have a repeated digit?", "81")
    # 900 three-digit numbers, 4 * 5 * 5 = 100 with all digits even: 800 remain
    assert_solved("How many three-digit numbers remain after we exclude all three-digit numbers "
                  "with all digits even?", "800")


@pytest.mark.parametrize("problem", [
    # other integers excluded than those counted
    "How many two-digit numbers are left if we remove all three-digit numbers that have a "
    "repeated digit?",
    # nothing said of the excluded ones
    "How many two-digit numbers are left if we remove all two-digit numbers?",
])
def test_integers_left_near_misses_decline(problem):
    assert solve_now(problem).answer is None
