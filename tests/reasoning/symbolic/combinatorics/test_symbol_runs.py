"""Strings of two symbols with no run of k of one symbol, or with such a run somewhere. Our
own problems; the answers worked out by hand (Fibonacci and tribonacci-like counts)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # F(10) = 55
    ("How many binary strings of length 8 have no two consecutive 1's?", "55"),
    # 2^8 - 55
    ("How many 8-bit strings contain at least two consecutive 0s?", "201"),
    # 1, 2, 4, 7, 13, 24, 44, 81, 149, 274, 504
    ("How many sequences of $0$s and $1$s of length $10$ do not contain three consecutive "
     "$0$s?", "504"),
    ("how many bit strings of length 12 have no 3 consecutive zeros", "1705"),
    # 2^7 - 81
    ("How many strings of $A$'s and $B$'s of length 7 contain three consecutive $A$'s?", "47"),
    # F(8) = 21: digits 4 and 7 play the roles of 0 and 1
    ("How many 6-digit numbers whose digits are all 4 or 7 have no two consecutive 7s?", "21"),
    ("How many sequences of 0s and 1s of length 9 have no two 0s in a row?", "89"),
    # 2^9 - 89
    ("How many 9-digit positive integers have all digits either 3 or 5 and have two "
     "consecutive 5's?", "423"),
])
def test_symbol_runs(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two conditions
    "How many binary strings of length 5 have two consecutive 1's and no two consecutive 0's?",
    # "exactly two consecutive": a run of exactly two, or one pair?
    "How many binary strings of length 8 have exactly two consecutive 1's?",
    # no length
    "How many strings of 0s and 1s have no two consecutive 1s?",
    # a first digit 0 would not be a digit of the integer
    "How many 7-digit numbers have all digits 0 or 1 and no two consecutive 1s?",
    # the run longer than the string
    "How many binary strings of length 3 have no four consecutive 1's?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
