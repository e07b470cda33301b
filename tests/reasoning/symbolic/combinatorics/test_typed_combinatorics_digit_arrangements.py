"""Numbers made by arranging given digits, each used once: how many have a property, or the
probability that a random arrangement has it. Our own problems; counts by hand in the
comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # two of the four digits are even: half of the endings
    ("The digits 1, 4, 6 and 9 are put in random order to make a four-digit number. Find the "
     "probability that it is even.", "1/2"),
    # endings 28, 32, 72 leave 3, 6 and 3 orders of the rest: 12 of 5!/2 = 60
    ("Suppose the five digits 2, 3, 3, 7 and 8 are arranged at random into a five-digit integer. "
     "What is the chance that the integer is divisible by 4?", "1/5"),
    # 5502: ends in 0: 3 orders of 5, 5, 2; ends in 5: 3! orders of 5, 0, 2 less the 2 led by 0
    ("In how many different ways can you arrange the digits of 5502 so as to make a four-digit "
     "multiple of 5?", "7"),
    ("How many ways can the digits of 2205 be arranged to form a four-digit number?", "9"),
    # 4!/2! = 12
    ("How many distinct four-digit numbers can be made by arranging the digits 3, 3, 5 and 8?",
     "12"),
    # last digit 1 or 3, the rest in 3! orders
    ("How many four-digit odd numbers can be formed from the digits 1, 2, 3 and 4 if each "
     "digit is used exactly once?", "12"),
    # the digit sum 1+2+4+5 = 12 is a multiple of 3: every arrangement is
    ("The digits 1, 2, 4 and 5 are put in random order to make a four-digit integer. What is "
     "the chance that the integer is divisible by 3?", "1"),
])
def test_arrangements_of_digits(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a leading zero: is 0358 a number here? not said
    "How many distinct numbers can we make by rearranging the digits 3, 0, 5 and 8?",
    # a three-digit number from four digits: not every digit is used
    "How many distinct three-digit numbers can be made by arranging the digits 3, 3, 5 and 8?",
    # the count said is not the digits listed
    "The six digits 1, 4, 6 and 9 are put in random order to make a four-digit number. Find "
    "the probability that it is even.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
