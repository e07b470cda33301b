"""The centroid of a triangle from its vertices (geometry/vertex_centroids.py). Our own
problems; answers worked by hand (the average of the vertices)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # ((0 + 9 + 0)/3, (0 + 0 + 4)/3)
    ("The vertices of a triangle are $(0,0)$, $(9,0)$ and $(0,4)$. What are the coordinates of "
     "its centroid?", "\\left(3, \\frac{4}{3}\\right)"),
    ("What is the centroid of the triangle with vertices $(2,1)$, $(6,5)$ and $(4,9)$?",
     "(4, 5)"),
    # (1 + 5 + 6)/3 + (8 - 2 + 3)/3 = 4 + 3
    ("Find the sum of the coordinates of the centroid of the triangle with vertices $(1,8)$, "
     "$(5,-2)$ and $(6,3)$.", "7"),
    ("The medians of the triangle with vertices $A(0,2)$, $B(6,4)$ and $C(3,9)$ meet at point "
     "$G$. What are the coordinates of $G$?", "(3, 5)"),
    # in space: (3/3, 6/3, 9/3)
    ("Find the centroid of the triangle with vertices $(1,0,2)$, $(0,4,3)$ and $(2,2,4)$.",
     "(1, 2, 3)"),
    # the vertices in one piece
    ("What is the centroid of the triangle with vertices $(0,0), (6,0)$ and $(3,6)$?", "(3, 2)"),
])
def test_centroids(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three points on one line
    "What is the centroid of the triangle with vertices $(1,1)$, $(2,2)$ and $(3,3)$?",
    # another centre of the triangle
    "What is the circumcenter of the triangle with vertices $(0,0)$, $(4,0)$ and $(0,6)$?",
    # a sum of what is not said
    "What is the sum of the centroid of the triangle with vertices $(0,0)$, $(4,0)$ and "
    "$(0,6)$?",
])
def test_centroids_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
