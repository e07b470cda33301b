"""The volume of a tetrahedron from its four corners' coordinates (our own problems: a sixth
of the triple product, worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # det [[1,2,0],[3,0,1],[1,1,4]] = -23
    (r"Find the volume of the tetrahedron with vertices $(0,0,0)$, $(1,2,0)$, $(3,0,1)$ and "
     r"$(1,1,4)$.", r"\frac{23}{6}"),
    # edges (-1,2,0), (-1,0,3), (0,1,1): det = -1(0-3) - 2(-1-0) = 5
    (r"What is the volume of the tetrahedron whose vertices are $A = (1,0,0)$, $B = (0,2,0)$, "
     r"$C = (0,0,3)$ and $D = (1,1,1)$?", r"\frac{5}{6}"),
    # edges (2,2,1), (-1,4,3), (-2,-1,7): det = 2(28+3) - 2(-7+6) + 1(1+8) = 73
    (r"A triangular pyramid has corners at $(2,1,-1)$, $(4,3,0)$, $(1,5,2)$ and $(0,0,6)$. "
     r"Find its volume.", r"\frac{73}{6}"),
    # a right corner: 4 * 5 * 6 / 6
    (r"Compute the volume of tetrahedron $ABCD$ where $A = (0,0,0)$, $B = (4,0,0)$, "
     r"$C = (0,5,0)$, $D = (0,0,6)$.", "20"),
    # edges (3,0,0), (0,3,0), (1,1,3): det = 27
    (r"In space, the points $(1,1,1)$, $(4,1,1)$, $(1,4,1)$ and $(2,2,4)$ are the vertices of "
     r"a tetrahedron. How big is its volume?", r"\frac{9}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_tetrahedron_volume_from_corners(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # four corners in one plane
    r"Find the volume of the tetrahedron with vertices $(0,0,0)$, $(1,0,0)$, $(0,1,0)$ and "
    r"$(1,1,0)$.",
    # a pyramid whose base is not said to be a triangle
    r"Find the volume of the pyramid with vertices $(0,0,0)$, $(1,2,0)$, $(3,0,1)$ and "
    r"$(1,1,4)$.",
    # another measure
    r"Find the surface area of the tetrahedron with vertices $(0,0,0)$, $(1,2,0)$, $(3,0,1)$ "
    r"and $(1,1,4)$.",
    # only three corners
    r"Find the volume of the tetrahedron with vertices $(0,0,0)$, $(1,2,0)$ and $(3,0,1)$.",
])
def test_tetrahedron_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
