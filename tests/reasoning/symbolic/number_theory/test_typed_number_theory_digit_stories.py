"""A two- or three-digit number told by relations between its digits
(number_theory/digit_stories.py): a digit by its place, the sum or product of the digits,
the number and the number reversed, related by 'more than', 'times', 'exceeds ... by',
'add up to', 'increases by ... when the digits are reversed'. Our own problems, answers
worked out by hand; near misses (relations that leave several numbers, a word not read, a
hundreds digit of a two-digit number) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # t = u + 5, t + u = 13: t = 9, u = 4
    ("The digits of a two-digit number add up to 13, and the tens digit is 5 more than the "
     "units digit. What is the number?", "94"),
    # u = 3t, reversed minus number = 9(u - t) = 54: t = 3, u = 9
    ("The ones digit of a two-digit number is 3 times its tens digit. When the digits are "
     "reversed, the number increases by 54. What is the number?", "39"),
    # t = u - 2, t + u = 14: t = 6, u = 8
    ("In a certain two-digit number the tens digit is 2 less than the units digit, and the sum "
     "of its digits is 14. What is the number?", "68"),
    # 10t + u = 4(t + u): 6t = 3u, u = 2t; t = u - 4? no: u exceeds t by 4 -> t = 4, u = 8
    ("A two-digit number is 4 times the sum of its digits. Its units digit exceeds its tens "
     "digit by 4. Find the number.", "48"),
    # h = u + 1, t = 2u, h + t + u = 13: 4u + 1 = 13, u = 3
    ("The hundreds digit of a three-digit number is 1 more than its units digit. Its tens digit "
     "is 2 times its units digit. The sum of its digits is 13. What is the number?", "463"),
    # t + u = 10, number - reversed = 9(t - u) = 36: t = 7, u = 3; product 21
    ("The digits of a two-digit number add up to 10. When the digits are reversed, the number "
     "decreases by 36. What is the product of its digits?", "21"),
]

NEAR_MISSES = [
    # 18, 27, ..., 90: nine numbers
    "A two-digit number has digits that add up to 9. What is the number?",
    "The tens digit of a two-digit number is 3 more than its units digit. What is the product "
    "of its digits?",
    # 'odd' is not read
    "The digits of an odd two-digit number add up to 13. What is the number?",
    "The hundreds digit of a two-digit number is 4 and its units digit is 2. What is the number?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_digit_stories_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_digit_stories_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # t + u = 13, t = u + 1: 76
    ("The sum of the digits of a two-digit number is 13, and the tens digit is 1 more than "
     "the units digit. What is the number?", "76"),
    # 10t + u = 7(t + u) gives t = 2u; with u = t - 1: t = 2, u = 1
    ("A two-digit number is 7 times the sum of its digits. If the units digit is 1 less than "
     "the tens digit, what is the number?", "21"),
    # 10u + t = 10t + u + 45: u = t + 5, t + u = 9: 27
    ("When the digits of a two-digit number are reversed, the new number is 45 more than the "
     "original. The sum of the digits is 9. What is the original number?", "27"),
])
def test_other_wordings(problem, answer):
    assert_solved(problem, answer)
