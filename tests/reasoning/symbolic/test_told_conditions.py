"""Conditions on an integer told as sentences before the question (our own problems)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.told_conditions import asked_as_one


@pytest.mark.parametrize(("problem", "answer"), [
    # multiples of 4: 4, 8, 12, 16, 20, 24 -> 24 = 3 (mod 7)
    (r"The number $n$ is a multiple of 4 and $n \equiv 3 \pmod 7$. What is the smallest "
     r"positive $n$?", "24"),
    # three digits, n - 1 divisible by 11, n + 2 divisible by 5: 133 (132 = 11*12, 135)
    (r"A number $n$ has three digits. $n - 1$ is a multiple of 11 and $n + 2$ is a multiple "
     r"of 5. What is the smallest possible $n$?", "133"),
    # two digits, 5 (mod 6), a multiple of 7: 77 = 6*12 + 5
    (r"The integer $k$ is a two-digit number. $k$ leaves a remainder of 5 when divided by 6. "
     r"$k$ is a multiple of 7. What is the largest possible value of $k$?", "77"),
])
def test_conditions_told_first(problem, answer):
    assert_solved(problem, answer)


def test_the_question_is_asked_as_one():
    assert asked_as_one(r"The number $n$ is a multiple of 4. What is the smallest positive $n$?"
                        ) == ("What is the smallest positive integer $n$ such that $n$ is a "
                              "multiple of 4?")
    # a sentence about something else: not this shape
    assert asked_as_one(r"Tom has $n$ marbles. What is the smallest $n$?") is None


def test_no_bound_declines():
    assert solve_now(r"The number $n$ is a multiple of 6. What is the largest $n$?").answer is None
