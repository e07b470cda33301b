"""An operation asked of a quantity described in words (operated_quantities.py): the
quantity is found on its own, then squared, inverted, ... Our own wordings and numbers,
answers by hand. Before this, readers that found "the modulus of" or "the distance between"
answered the quantity and dropped the operation in front of it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # |1 - 4i| = sqrt 17, squared 17
    ("What is the square of the modulus of $1 - 4i$?", "17"),
    ("Find the square of the absolute value of $5 + 2i$.", "29"),
    # distance sqrt(1 + 4 + 4) = 3, squared 9
    ("Find the square of the distance between $(0, 1, 2)$ and $(1, 3, 4)$.", "9"),
    # |2 - 2 + 6 - 1| / 3 = 5/3 from (1, 2, 3) to 2x - y + 2z = 1; squared 25/9
    ("Find the square of the distance from the point $(1, 2, 3)$ to the plane "
     "$2x - y + 2z = 1$.", "\\frac{25}{9}"),
    # |6 + 8i| = 10: reciprocal 1/10
    ("Find the reciprocal of the modulus of $6 + 8i$.", "\\frac{1}{10}"),
    # distance between (0, 0) and (3, 4) is 5; its cube 125
    ("Compute the cube of the distance between $(0, 0)$ and $(3, 4)$.", "125"),
    # 3w + 14 = 2: w = -4, its absolute value 4
    ("What is the absolute value of the solution of $3w + 14 = 2$?", "4"),
    # a number written out, in maths or typed plainly
    ("What is the absolute value of $-15$?", "15"),
    ("Find the opposite of 4 - 11.", "7"),
    ("What is the cube of -2?", "-8"),
]

NEAR_MISSES = [
    # the determinant of the square of a matrix is not the determinant (det 1*5 - 2*3 = -1)
    "Find the determinant of the square of $\\begin{pmatrix} 1 & 2 \\\\ 3 & 5 \\end{pmatrix}$.",
    "Find the inverse of the square of $\\begin{pmatrix} 1 & 3 \\\\ 0 & 1 \\end{pmatrix}$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_an_operation_of_a_described_quantity(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_a_chained_matrix_question_is_not_answered_as_its_inner_part(problem: str) -> None:
    assert solve_now(problem).answer is None
