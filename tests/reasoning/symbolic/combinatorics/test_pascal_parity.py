"""Pascal's triangle by parity and by size (combinatorics/pascal_parity.py). Our own
problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_odd_and_even_in_a_row():
    # row 12: 1, 12, 66, 220, 495, 792, 924, ...: 1, 495, 495, 1 odd
    assert_solved("How many odd numbers are there in row 12 of Pascal's triangle?", "4")
    # row 7 = 111 in binary: all 8 odd, none even
    assert_solved("How many of the entries in row 7 of Pascal's triangle are even?", "0")


def test_odd_terms_of_an_expansion():
    # 6 = 110: 4 odd of C(6, k) (1, 15, 15, 1)
    assert_solved("If $x$ and $y$ are both odd, how many terms in the expansion of $(x+y)^6$ "
                  "are odd?", "4")
    # 9 = 1001: 4 odd, 6 even
    assert_solved("If r and s are odd integers, how many of the terms in the expansion of "
                  "(r+s)^9 are even?", "6")


def test_kth_smallest():
    assert_solved("What is the fourth smallest two-digit number in Pascal's triangle?", "13")
    assert_solved("What is the smallest four-digit number in Pascal's triangle?", "1000")


@pytest.mark.parametrize("problem", [
    # one letter even
    "If $x$ is odd and $y$ is even, how many terms in the expansion of $(x+y)^6$ are odd?",
    # other letters said odd
    "If $a$ and $b$ are both odd, how many terms in the expansion of $(x+y)^6$ are odd?",
    # a kind of number, not any number
    "What is the smallest four-digit prime number in Pascal's triangle?",
    # a five-digit number: more than the listing checks
    "What is the smallest five-digit number in Pascal's triangle?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
