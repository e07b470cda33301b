"""Where the diagonals of a parallelogram cross, from two opposite vertices
(`geometry.diagonal_centres`): the midpoint of the diagonal joining them. Our own problems in
several wordings (answers worked out by hand in the comments), and near misses that must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # ((3 + 9) / 2, (-7 + 1) / 2)
    ("A parallelogram has $(3,-7)$ and $(9,1)$ as two opposite vertices. Find the point at "
     "which its diagonals cross.", "(6,-3)"),
    # ((-2 + 4) / 2, (5 + 11) / 2)
    ("Two opposite corners of a square are at $(-2, 5)$ and $(4, 11)$. What is the center of "
     "the square?", "(1,8)"),
    # (-1/2, 3): the sum 5/2
    ("The points $(-6, 1)$ and $(5, 5)$ are opposite vertices of a rectangle. What is the sum "
     "of the coordinates of the point where its diagonals intersect?", "\\frac{5}{2}"),
    # a rhombus, its diagonals' intersection
    ("A rhombus has opposite vertices $(0, 0)$ and $(10, 4)$. Find the intersection of its "
     "diagonals.", "(5,2)"),
]

DECLINED = [
    # adjacent vertices do not fix the centre
    "A square has adjacent corners $(0,4)$ and $(2,7)$; where is the centre of the square?",
    # the other two vertices are another question
    "Points $(1,1)$ and $(5,3)$ are opposite vertices of a square. What are the other two "
    "vertices of the square?",
    # one coordinate asked: not read
    "Points $(2,2)$ and $(6,8)$ are opposite vertices of a parallelogram. What is the "
    "$y$-coordinate of the point where its diagonals meet?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_diagonal_centre_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_diagonal_centre_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
