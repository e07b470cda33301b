"""The longest or shortest side of a polygon given by its vertices
(`geometry.polygon_vertices`). Our own problems (answers by hand, in the comments), and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # PQ = 5, QR = sqrt(9 + 16) = 5, PR = 8
    ("Triangle $PQR$ has vertices $P(2,1)$, $Q(5,5)$ and $R(2,9)$. What is the length of the "
     "longest side of the triangle?", "8"),
    # 8, 15 and 17
    ("A triangle has vertices at $(1,1)$, $(9,1)$ and $(9,16)$. How long is its longest "
     "side?", "17"),
    # 6, sqrt(4 + 9) = sqrt(13), sqrt(16 + 9) = 5
    ("A triangle has vertices $(-3,2)$, $(3,2)$ and $(1,5)$. What is the length, in units, of "
     "the shortest side?", "\\sqrt{13}"),
    # sqrt(2), sqrt(10), sqrt(8): the longest is sqrt(10)
    ("The vertices of a triangle are at the points $(0, 0)$, $(1, 1)$ and $(-2, 2)$. Find the "
     "length of the longest side.", "\\sqrt{10}"),
    # sides 4, 3, 4, 3 of a rectangle
    ("A rectangle has vertices $(0,0)$, $(4,0)$, $(4,3)$ and $(0,3)$. Compute the length of "
     "its shortest side.", "3"),
]

DECLINED = [
    # which side, by name, is not a length
    "Triangle $ABC$ has vertices $A(0,0)$, $B(3,0)$ and $C(0,5)$. Which is the longest side?",
    # two measures asked
    "A triangle has vertices $(0,0)$, $(3,0)$ and $(0,4)$. What are its area and its longest "
    "side?",
    # points on one line make no triangle
    "A triangle has vertices $(0,0)$, $(1,1)$ and $(2,2)$. How long is its longest side?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vertex_sides_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_vertex_sides_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
