"""An extreme value asked of a product typed without dollars ("the maximum value of xy"):
the bare word made of the problem's own variable letters is their product
(symbolic/polynomials/extreme_values). Problems written for this file, answers by hand
(AM-GM or one derivative), and near misses that must decline.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x + y = 12: xy is largest at x = y = 6
    ("Let x and y be positive real numbers such that x + y = 12. Find the maximum value of xy.",
     "36"),
    ("if x and y are positive reals with x + y = 12, find the maximum value of xy", "36"),
    ("x and y are positive and x + y = 12. what is the largest possible value of xy", "36"),
    # x + 3y = 12: x = 6, y = 2
    ("Let x and y be positive real numbers with x + 3y = 12. Find the greatest value of xy.",
     "12"),
    # a + b + c = 6: abc is largest at a = b = c = 2
    ("Let a, b, c be positive reals with a + b + c = 6. Find the maximum value of abc.", "8"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_bare_letter_product(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # xy only approaches 0 as x or y tends to 0: no minimum
    "Let x and y be positive real numbers such that x + y = 12. Find the minimum value of xy.",
    # z is not one of the problem's letters
    "Let x and y be positive real numbers such that x + y = 12. Find the maximum value of xz.",
    # a repeated letter is not read as a product
    "Let x and y be positive real numbers such that x + y = 12. Find the maximum value of xx.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_bare_word_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
