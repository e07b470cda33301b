"""How far a circle told by its equation reaches (`algebra.circle_extents`): the greatest
or least value of a linear expression over its points, the square it is inscribed in, and
the single point of a circle of radius 0. Our own problems; answers worked out by hand from
the completed squares."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (x - 4)^2 + (y - 3)^2 = 25
    ("Let $(x,y)$ be an ordered pair of real numbers that satisfies $x^2+y^2=8x+6y$. "
     "What is the maximum value of $x$?", "9"),
    ("Let $(x,y)$ be an ordered pair of real numbers that satisfies the equation "
     "$x^2+y^2=8x+6y$. What is the smallest possible value of $y$?", "-2"),
    # (x - 3)^2 + (y - 4)^2 = 25: x + 2y ranges over 11 -+ 5 sqrt 5
    ("Let $(x,y)$ be an ordered pair of real numbers that satisfies the equation "
     "$x^2+y^2=6x+8y$. What is the least possible value of $x+2y$?", r"11 - 5\sqrt{5}"),
    ("Real numbers $x$ and $y$ satisfy $x^2 + y^2 - 2x + 4y = 20$. What is the greatest "
     "possible value of $3x + 4y$?", "20"),
])
def test_extremes_over_a_circle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # (x - 3)^2 + (y + 1)^2 = 16: side 8
    ("The circle $x^2 + y^2 = 6x - 2y + 6$ is inscribed in a square with a side parallel "
     "to the x-axis. What is the area of the square?", "64"),
    # (x - 2)^2 + (y + 1)^2 = 10
    ("The circle $3x^2 = -3y^2 + 12x - 6y + 15$ is inscribed inside a square which has a "
     "pair of sides parallel to the y-axis. What is the perimeter of the square?",
     r"8\sqrt{10}"),
])
def test_square_around_a_circle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Real numbers $x$ and $y$ satisfy $x^2 + y^2 = 4x - 6y - 13$. What is $x + y$?", "-1"),
    ("Real numbers $x$ and $y$ satisfy the equation $x^2 + y^2 = 8x + 2y - 17$. What is "
     "$xy$?", "4"),
])
def test_circle_of_radius_zero_is_one_point(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a real circle has many points: x + y is not fixed
    "Real numbers $x$ and $y$ satisfy $x^2 + y^2 = 4x - 6y - 12$. What is $x + y$?",
    # no real points at all
    "Real numbers $x$ and $y$ satisfy $x^2 + y^2 = 4x - 6y - 14$. What is $x + y$?",
    # integers: the reader does not take that condition
    "Let $(x,y)$ be an ordered pair of integers that satisfies $x^2+y^2=10x+24y$. What is "
    "the maximum value of $x$?",
    # an ellipse, not a circle
    "Let $(x,y)$ be an ordered pair of real numbers that satisfies $2x^2+y^2=8$. What is "
    "the maximum value of $x$?",
    # a nonlinear expression
    "Let $(x,y)$ be an ordered pair of real numbers that satisfies $x^2+y^2=4$. What is "
    "the maximum value of $xy^2$?",
    # a square the circle is not inscribed in
    "The circle $x^2 + y^2 = 9$ is drawn inside a square. What is the area of the square?",
])
def test_unsettled_circle_extents_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
