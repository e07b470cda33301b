"""A polygon by its vertices (`geometry.polygon_vertices`) said to lie in a plane or grid:
the phrase says nothing about the polygon and is read past. Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # shoelace: |(6)(7) - 0| / 2 = 21
    ("A triangle in a Cartesian coordinate plane has vertices $(2, -1)$, $(8, 3)$ and "
     "$(2, 6)$. What is its area?", "21"),
    ("A quadrilateral drawn on the coordinate plane has vertices $(0, 0)$, $(4, 0)$, $(4, 3)$ "
     "and $(0, 3)$. What is its perimeter?", "14"),
    ("A triangle in the xy-plane has vertices $(0, 0)$, $(6, 0)$ and $(0, 8)$. What is its "
     "perimeter?", "24"),
]

DECLINED = [
    # a plane that is a condition (a half-plane), not a place
    "A triangle in the upper half-plane has vertices $(0, 0)$, $(6, 0)$ and $(0, 8)$. What is "
    "its perimeter?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vertices_in_a_plane_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_vertices_in_a_plane_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
