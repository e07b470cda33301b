"""The largest or smallest distance between points on two circles or two spheres (our own
problems: the centres' distance plus or minus both radii, worked by hand); near misses
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # centres 11 apart: 11 + 3 + 5
    (r"Point $P$ is on the sphere with center $(1,2,3)$ and radius $3$, and point $Q$ is on "
     r"the sphere with center $(7,-4,10)$ and radius $5$. What is the greatest possible "
     r"distance between $P$ and $Q$?", "19"),
    # centres (0,0) and (6,8): 10 - 2 - 3
    (r"Find the smallest distance between a point on the circle $x^2 + y^2 = 4$ and a point on "
     r"the circle $(x-6)^2 + (y-8)^2 = 9$.", "5"),
    # (x-1)^2 + (y+2)^2 = 9 and (x-5)^2 + (y-1)^2 = 4: 5 + 3 + 2
    (r"Find the greatest distance between a point on the circle $x^2 - 2x + y^2 + 4y = 4$ and a "
     r"point on the circle $x^2 + y^2 - 10x - 2y + 22 = 0$.", "10"),
    # centres 9 apart: 9 - 2 - 1
    (r"A point lies on the sphere centered at $(0,0,0)$ with radius $2$, and another point lies "
     r"on the sphere centered at $(4,4,7)$ with radius $1$. What is the least possible distance "
     r"between them?", "6"),
    # centres sqrt(2) apart, radii 1 and 2
    (r"Compute the maximum distance between a point on the circle of radius 1 with center "
     r"$(0,0)$ and a point on the circle of radius 2 with center $(1,1)$.", r"3 + \sqrt{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_extreme_distance_between_two_round_figures(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an ellipse, not a circle
    r"Find the smallest distance between a point on the circle $x^2 + 2y^2 = 4$ and a point on "
    r"the circle $(x-6)^2 + (y-8)^2 = 9$.",
    # same centre
    r"What is the largest distance between a point on the sphere of radius 1 centered at "
    r"$(1,1,1)$ and a point on the sphere of radius 2 centered at $(1,1,1)$?",
])
def test_extreme_distance_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
