"""Which listed point is farthest from (closest to) the origin or a given point
(`geometry.nearest_points`). Our own problems (answers by hand, in the comments), and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # squares 16, 10, 34, 49, 8: (0, -7)
    ("Which of the points $(4,0)$, $(1,3)$, $(-3,5)$, $(0,-7)$, $(2,-2)$ is farthest from the "
     "origin?", "(0,-7)"),
    # squares 13, 26, 4, 17: (0, 2)
    ("Which point is closest to the origin: $(3,2)$, $(-1,5)$, $(0,2)$ or $(4,1)$?", "(0,2)"),
    # squares 25, 2, 41: (5, 4)
    ("Which of the following points is furthest from the origin: $(3,4), (1,1), (5,4)?$",
     "(5,4)"),
    # from (2, 2): 2, 13, 25
    ("Of the points $(3,3)$, $(-1,4)$ and $(2,-3)$, which is nearest to the point $(2,2)$?",
     "(3,3)"),
    # squares 6, 11, 9: (1, 1, 2)
    ("Which of the points $(1,1,2)$, $(1,1,3)$ and $(2,2,1)$ is closest to the origin?",
     "(1,1,2)"),
]

DECLINED = [
    # (3, 4) and (0, 5) are both 5 away
    "Which of the points $(3,4)$, $(0,5)$ and $(1,1)$ is farthest from the origin?",
    # a negation
    "Which of the following points is not farthest from the origin: $(1,2)$, $(5,5)$?",
    # measured from where?
    "Which of the points $(1,2)$ and $(3,3)$ is farthest?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_nearest_points_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_nearest_points_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
