"""Polygons whose vertices are listed with their names in one piece of maths
("$P(2, 1), Q(8, 1), R(4, 6)$"): the names are dropped, the coordinates read (our own
problems)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("The vertices of a triangle are $P(2, 1), Q(8, 1), R(4, 6)$. Find its area.", "15"),
    ("Find the perimeter of the quadrilateral with vertices $A(0,0), B(4,0), C(4,3), D(0,3)$.",
     "14"),
    ("What is the area of the triangle whose vertices are $A=(0,0), B=(5,0), C=(1,4)$?", "10"),
    ("A rectangle has vertices $K(-2,-1), L(3,-1), M(3,5), N(-2,5)$. What is its area?", "30"),
    ("Compute the area of the parallelogram with vertices $W(0,0)$, $X(6,0)$, "
     "$Y(8,3)$ and $Z(2,3)$.", "18"),
])
def test_named_vertices_in_one_piece(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a function's values, not points
    "What is the area of the triangle with vertices $f(1), f(2), f(3)$?",
    # a point with a letter coordinate
    "What is the area of the triangle with vertices $A(0,0), B(a,0), C(0,4)$?",
    # three points on one line
    "What is the area of the triangle with vertices $A(0,0), B(1,1), C(2,2)$?",
])
def test_named_vertices_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # opposite corners: the diagonal squared is 16 + 16, the area half of it
    ("Square $ABCD$ has vertices $A(2,1)$ and $C(6,5)$. What is the area of the square?", "16"),
    # neighbouring corners: a side of length 5
    ("Square $WXYZ$ has vertices $W(1,2)$ and $X(4,6)$. What is the perimeter of the square?",
     "20"),
])
def test_a_square_from_two_named_corners(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_square_from_two_unnamed_corners_declines() -> None:
    # a side or a diagonal: not said
    assert solve_now("A square has vertices $(1,1)$ and $(5,5)$. What is its area?").answer is None
