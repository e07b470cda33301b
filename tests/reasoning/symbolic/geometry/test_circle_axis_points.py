"""Where a circle crosses a coordinate axis (geometry/circle_axis_points.py). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x = 0: 9 + (y - 2)^2 = 25, y = 6 or -2
    ("Circle $P$ has its center at $(-3, 2)$ and a radius of 5 units. What is the sum of the "
     "$y$-coordinates of the two points on circle $P$ that are also on the $y$-axis?", "4"),
    # y = 0: (x - 1)^2 + 36 = 100, x = 9 or -7
    ("A circle with center $(1, 6)$ and radius 10 meets the $x$-axis at two points. What is the "
     "distance between them?", "16"),
    # (x - 2)^2 + 1 = 10: x^2 - 4x - 5 = 0
    ("A circle has center $(2, -1)$ and radius $\\sqrt{10}$. What is the product of the "
     "$x$-coordinates of the points where it crosses the $x$-axis?", "-5"),
    # the circle by its equation: y = 0 gives x^2 - 6x - 16 = 0
    ("What is the product of the $x$-coordinates of the points where the circle "
     "$x^2 + y^2 - 6x + 4y = 16$ crosses the $x$-axis?", "-16"),
])
def test_circle_on_an_axis(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the circle stays clear of the axis
    "A circle centered at $(3, 1)$ with radius 2 meets the $y$-axis. What is the sum of the "
    "$y$-coordinates of the points?",
    # the coordinate across the axis is asked
    "A circle has center $(1, 2)$ and radius 5. What is the sum of the $x$-coordinates of the "
    "points where it crosses the $y$-axis?",
    # which point is the centre is not said
    "A circle passes through $(1, 2)$ and has radius 5. What is the sum of the $y$-coordinates "
    "of the points where it crosses the $y$-axis?",
])
def test_circle_on_an_axis_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
