"""A logarithm asked in words - the power a base is raised to - in many of our own wordings
(answers worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a textbook, in words: 5^3 = 125
    ("What is the base-5 logarithm of 125?", "3"),
    # b terse, the logarithm named before the maths: 3^4 = 81
    (r"Evaluate the logarithm $\log_{3} 81$.", "4"),
    # c the question first, the number last: 7^2 = 49
    ("To what power must 7 be raised to give 49?", "2"),
    # d said as an exponent: 10^-2 = 1/100
    ("What exponent on 10 gives 1/100?", "-2"),
    # e a fractional answer: 8^(2/3) = 4
    ("To what power must 8 be raised to get 4?", r"\frac{2}{3}"),
    # e base named after: 27^(1/3) = 3
    ("What is the logarithm of 3 with base 27?", r"\frac{1}{3}"),
]

DECLINED = [
    # not a rational exponent
    "To what power must 2 be raised to give 7?",
    # a word the reader does not apply
    "To what positive power must 2 be raised to give 8 twice?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
