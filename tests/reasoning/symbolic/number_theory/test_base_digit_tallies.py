"""How often a digit appears in a base-b numeral, and digit sums asked after the writing
(`number_theory.base_digit_tallies`). Our own problems; numerals written out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 255 = 11111111_2
    ("How many 1s are there in the base-2 representation of 255?", "8"),
    # 100 = 1100100_2
    ("How many 1's are in the binary representation of 100?", "3"),
    ("How many zeros are in the binary representation of 100?", "4"),
    # 350 = 101011110_2
    ("When 350 is written in base 2, how many of its digits are 1?", "6"),
    # 100 = 10201_3
    ("How many times does the digit 2 appear in the base 3 representation of 100?", "1"),
    # 64 = 1000000_2
    ("How many zeros does 64 have when written in base 2?", "6"),
    # 123_5 = 38 = 100110_2
    ("When $123_5$ is converted to base 2, how many 0s are there?", "3"),
    # 2023 = 3747_8
    ("When 2023 is written in base 8, what is the sum of its digits?", "21"),
    # 500 = 1313_7
    ("What is the sum of the digits of 500 when it is written in base 7?", "8"),
    # 900 = 2424_7; "when" left out
    ("What is the sum of the digits of $900$ written in base 7?", "12"),
    ("Find the product of the digits of 900 expressed in base 7.", "64"),
    # 1000 = 4344_6
    ("When $1000$ is expressed in base 6, what is the product of its digits?", "192"),
    # 222 = 11011110_2; 45 = 101101_2
    ("Find the sum of the base-2 digits of 222.", "6"),
    ("What is the sum of the binary digits of 45?", "4"),
])
def test_digit_tallies(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many 2s are in the binary representation of 10?",  # base 2 has no digit 2
    "How many zeros are in the base b representation of 100?",  # no base to read
    # two numbers: whose digits?
    "How many zeros are in the binary representations of 100 and 64?",
    "How many times does the digit 12 appear in the base 3 representation of 100?",
])
def test_digit_tallies_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
