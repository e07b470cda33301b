"""A circle's centre as the midpoint of a diameter (`geometry.point_questions`): the other
endpoint from the centre and one endpoint; and a distance asked "in a rectangular coordinate
system". Our own problems (answers by hand, in the comments), and near misses that must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2(2, 5) - (-1, 1) = (5, 9)
    ("The point $(-1,1)$ is an endpoint of a diameter of a circle, and the circle has its "
     "center at $(2,5)$. Where is the other endpoint of that diameter? Give an ordered pair.",
     "(5,9)"),
    # 2(-4, 1) - (0, 6) = (-8, -4)
    ("Circle $K$ is drawn in the coordinate plane with center at $(-4,1)$. One endpoint of a "
     "diameter is $(0,6)$. Find the other endpoint of the diameter.", "(-8,-4)"),
    # 2(1, 1) - (4, -3) = (-2, 5)
    ("A circle is centered at $(1,1)$. The endpoint of a diameter is $(4,-3)$. What is the "
     "other endpoint of the diameter?", "(-2,5)"),
    # sqrt(20^2 + 21^2) = 29
    ("In a rectangular coordinate system, how many units is the distance from the origin to "
     "the point $(20, -21)$?", "29"),
]

DECLINED = [
    # two centres: which is the midpoint is not clear
    "A circle has its center at $(2,5)$ and another circle has its center at $(0,0)$. One "
    "endpoint of a diameter is at $(1,1)$. What is the other endpoint of this diameter?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_diameter_endpoints_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_diameter_endpoints_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
