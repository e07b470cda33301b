"""A circle through three given points (geometry/circle_three_points.py, reached from
circle_points.py): our own problems, centres found by hand from two perpendicular bisectors."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # right angle at the origin: the hypotenuse from (6,0) to (0,8) is a diameter, r = 5
    ("A circle passes through the points $(0,0)$, $(6,0)$ and $(0,8)$. What is its radius?",
     "5"),
    ("What is the area of the circle that passes through $(0,0)$, $(6,0)$, and $(0,8)$? "
     "Express your answer in terms of $\\pi$.", "25\\pi"),
    # x = 3 (bisector of (1,1),(5,1)), y = 4 (bisector of (1,1),(1,7))
    ("Find the center of the circle passing through $(1,1)$, $(5,1)$, and $(1,7)$.", "(3,4)"),
    ("A circle contains the points $(-1,0)$, $(1,0)$ and $(0,1)$. What is its circumference? "
     "Express your answer in terms of $\\pi$.", "2\\pi"),
    # centre (5, 31/8): r^2 = 9 + 49/64 = 625/64, d = 25/4
    ("A circle passes through $(2,3)$, $(8,3)$ and $(5,7)$. What is the diameter of the "
     "circle?", "\\frac{25}{4}"),
    ("A circle passes through the points $(0,0), (6,0)$ and $(0,8)$. What is its radius?", "5"),
])
def test_circle_through_three_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three points on one line lie on no circle
    "A circle passes through the points $(0,0)$, $(2,2)$ and $(4,4)$. What is its radius?",
    # one of the three points is the centre
    "A circle with center $(1,2)$ passes through the points $(4,6)$ and $(1,7)$. What is its "
    "radius?",
    # two measures asked
    "A circle passes through $(0,0)$, $(6,0)$ and $(0,8)$. What are its radius and area?",
])
def test_circle_through_three_points_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
