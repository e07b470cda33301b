"""A vertex of a triangle from the midpoints of its sides, in the plane and in space (our own
problems: the vertex is the sum of the two midpoints beside it minus the opposite one)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # Q = M_PQ + M_QR - M_PR = (0,2,4) + (2,1,0) - (1,3,-1)
    (r"The sides of triangle $PQR$ have these midpoints: the midpoint of $\overline{PQ}$ is "
     r"$(0,2,4)$, the midpoint of $\overline{QR}$ is $(2,1,0)$, the midpoint of "
     r"$\overline{PR}$ is $(1,3,-1)$.  What are the coordinates of vertex $Q$?", "(1, 0, 5)"),
    # Z = M_YZ + M_XZ - M_XY = (4,3) + (2,5) - (1,1)
    (r"In triangle $XYZ$, the midpoint of side $XY$ is $(1,1)$, the midpoint of side $YZ$ is "
     r"$(4,3)$, and the midpoint of side $XZ$ is $(2,5)$.  Find the coordinates of vertex $Z$.",
     "(5, 7)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vertex_from_midpoints(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_two_midpoints_are_not_enough() -> None:
    assert solve_now(r"In triangle $XYZ$, the midpoint of side $XY$ is $(1,1)$ and the "
                     r"midpoint of side $YZ$ is $(4,3)$.  Find the coordinates of vertex "
                     r"$Z$.").answer is None
