"""A polygon formed by joining given points in order (geometry/polygon_vertices.py): the order
given is the polygon's, a closing repeat of the first point dropped. Our own problems;
answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 + sqrt 2 + sqrt 2 + 3 + 2
    ("The points (0,0), (3,0), (4,1), (3,2), (0,2) are joined in order to form a pentagon. "
     "What is its perimeter?", "8 + 2\\sqrt{2}"),
    # not convex: 4 + 4 + sqrt 13 + sqrt 13 + sqrt 5 + sqrt 5, the first point repeated
    ("A hexagon is formed by joining, in order, the points $(0,0)$, $(4,0)$, $(4,4)$, $(2,1)$, "
     "$(0,4)$, $(-1,2)$ and $(0,0)$. What is its perimeter?",
     "8 + 2\\sqrt{13} + 2\\sqrt{5}"),
    # a rectangle 5 by 2
    ("A quadrilateral is formed by joining, in order, the points (1,1), (6,1), (6,3) and "
     "(1,3). What is its perimeter?", "14"),
])
def test_a_polygon_joined_in_order(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # six distinct points for a pentagon
    "A pentagon is formed by joining, in order, the points (0,0), (2,0), (3,1), (2,2), (0,2), "
    "(-1,1) and (0,0). What is its perimeter?",
    # the area of a polygon that is not convex: the second method does not apply
    "A hexagon is formed by joining, in order, the points (0,0), (4,0), (4,4), (2,1), (0,4), "
    "(-1,2). What is its area?",
])
def test_a_polygon_joined_in_order_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("area of the polygon with corners at (2,1), (7,1), (7,3) and (2,3)?", "10"),
    ("What is the perimeter of the triangle with corners at (1,1), (4,1) and (1,5)?", "12"),
])
def test_corners_are_the_vertices(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.declined
