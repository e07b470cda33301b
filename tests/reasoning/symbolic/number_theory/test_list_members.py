"""How many members of a written arithmetic list have a property
(number_theory/list_members.py). Our own lists; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3 13 23 43 53 73 83 (33 63 93 are multiples of 3)
    (r"How many numbers in the list $3, 13, 23, \ldots, 93$ are prime?", "7"),
    # the terms 1, 6, 11, ..., 96 that are squares: 1, 16, 36, 81
    ("How many of the numbers in the list 1, 6, 11, ..., 96 are perfect squares?", "4"),
    # the terms that are multiples of 3: 12, 27, 42, 57, 72, 87
    (r"How many terms of the sequence $2, 7, 12, \ldots, 97$ are divisible by 3?", "6"),
    # a decreasing list: 50, 47, ..., 2 holds the odd terms 47, 41, ..., 5
    (r"How many of the terms in the list $50, 47, 44, \ldots, 2$ are odd?", "8"),
    (r"How many numbers in the list $2, 6, 10, \ldots, 98$ are multiples of 4?", "0"),
]

DECLINED = [
    # not an arithmetic list
    r"How many numbers in the list $1, 2, 4, \ldots, 64$ are even?",
    # the last term is not reached in steps of 3
    r"How many numbers in the list $1, 4, 7, \ldots, 50$ are prime?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_list_members_solved(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert "} + 1 = " in sol.steps[0].latex  # the list's length, a checkable claim


@pytest.mark.parametrize("problem", DECLINED)
def test_list_members_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
