"""Worksheet labels and requests for help round a problem (`request_framing`): taken off,
the problem is read as typed alone. Our own wordings, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.request_framing import unframed


@pytest.mark.parametrize(("typed", "said"), [
    ("Question 7: Solve for y. 3y - 2 = 10", "Solve for y. 3y - 2 = 10"),
    ("Q2) expand (x + 1)^2", "expand (x + 1)^2"),
    ("Problem 12. Find the gcd of 8 and 12", "Find the gcd of 8 and 12"),
    ("Ex. 4b: simplify 6/8", "simplify 6/8"),
    ("#3 what is 2 + 2", "what is 2 + 2"),
    ("3. Find the median of 1, 2, 9", "Find the median of 1, 2, 9"),
    ("pls help: what is 10% of 70", "what is 10% of 70"),
    ("help!! Q1. factor x^2 - 1", "factor x^2 - 1"),
    ("quick question - what is 3^4", "what is 3^4"),
    ("can someone explain how to solve 2x = 9", "solve 2x = 9"),
    ("How do I find the mean of 4, 6 and 11?", "find the mean of 4, 6 and 11?"),
    ("how would you work out 15% of 60", "work out 15% of 60"),
    ("I need the area of a square with side 7", "find the area of a square with side 7"),
    # nothing round the problem: left as typed
    ("1.5 + 2.5", "1.5 + 2.5"),
    ("3 apples cost $1.20. How much do 7 cost?", "3 apples cost $1.20. How much do 7 cost?"),
    ("How do I know if 91 is prime?", "How do I know if 91 is prime?"),
    ("help me solve 2x = 8", "help me solve 2x = 8"),  # read by the polite forms already
    ("Question: what is 5 + 5", "what is 5 + 5"),
    ("I need 3 cups of flour for 12 cookies. How much for 20?",
     "I need 3 cups of flour for 12 cookies. How much for 20?"),
    ("pls help", "pls help"),
])
def test_unframed(typed: str, said: str) -> None:
    assert unframed(typed) == said


@pytest.mark.parametrize(("problem", "answer"), [
    ("Question 5: Solve for x. 4x - 1 = 11", "3"),
    ("Q3) Simplify: 2(x + 4) - (x - 3)", "x + 11"),
    ("2. Find the value of 9^2 - 5 * 7", "46"),
    ("Problem 4. Factor completely: 3x^2 - 12", "3(x - 2)(x + 2)"),
    ("pls help: what is 35% of 60", "21"),
    ("can someone explain how to solve 5x + 4 = 29", "5"),
    ("how do i find the area of a circle with radius 6", r"36\pi"),
    ("i need the hypotenuse if the legs are 8 and 15", "17"),
])
def test_framed_problems_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", ["pls help", "Question 4:", "solve it", "how do i find x"])
def test_a_frame_with_no_problem_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
