"""Every common point of two curves asked ('At what points do the graphs ... intersect?',
'Find the points of intersection of the parabola ... and the line ...', with 'List the
points in order of increasing x-coordinate, separated by semicolons'), in
`geometry.intersections` (our own problems, worked by hand); no common point declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 1 = x + 1: x^2 - x - 2 = 0, x = -1 or 2
    (r"At what points do the graphs of $y = x^2 - 1$ and $y = x + 1$ intersect?",
     "(-1, 0); (2, 3)"),
    # x^2 + 2x = 4x + 3: x^2 - 2x - 3 = 0, x = -1 or 3
    (r"Find the points of intersection of the parabola $y = x^2 + 2x$ and the line "
     r"$y = 4x + 3$.", "(-1, -1); (3, 15)"),
    (r"Find the points of intersection of $y = x^2 + 2x$ and $y = 4x + 3$. List the points in "
     r"order of increasing $x$-coordinate, separated by semicolons.", "(-1, -1); (3, 15)"),
    # x^2 + (x + 1)^2 = 25: x = -4 or 3
    (r"Find the points where the line $y = x + 1$ meets the circle $x^2 + y^2 = 25$.",
     "(-4, -3); (3, 4)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_intersection_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_curves_that_never_meet_decline() -> None:
    # x^2 + 2 = x has no real solution
    assert solve_now(r"Find the points of intersection of $y = x^2 + 2$ and "
                     r"$y = x$.").answer is None
