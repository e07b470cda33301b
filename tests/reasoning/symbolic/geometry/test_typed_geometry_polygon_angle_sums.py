"""The interior angles of one polygon told as expressions in one letter or as a chain of
multiples (`geometry.polygon_angle_sums`): their sum is 180(n - 2). Our own problems
(answers worked out by hand in the comments) and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 6x + 210 = 720
    ("The interior angles of a hexagon measure $x + 10$, $x + 20$, $x + 30$, $x + 40$, "
     "$x + 50$ and $x + 60$ degrees. What is the value of $x$?", "85"),
    # 18x = 360: x = 20, smallest 3x
    ("A quadrilateral has angles measuring $3x^\\circ$, $4x^\\circ$, $5x^\\circ$ and "
     "$6x^\\circ$. What is the measure of the smallest angle?", "60"),
    # 3x + 60 = 180
    ("The angles of a triangle measure $x$, $x + 20$ and $x + 40$ degrees. What is the value "
     "of $x$?", "40"),
    # 10x = 540: x = 54, largest 4x
    ("The five angles of a pentagon have measures $x$, $x$, $2x$, $2x$ and $4x$ degrees. What "
     "is the largest angle?", "216"),
    # t (1 + 3/2) = 360: t = 144
    ("In quadrilateral $ABCD$, $\\angle A = 2\\angle B = 2\\angle C = 2\\angle D$. What is the "
     "measure of $\\angle A$ in degrees?", "144"),
    # the same chain: B = 72
    ("In quadrilateral $ABCD$, $\\angle A = 2\\angle B = 2\\angle C = 2\\angle D$. How many "
     "degrees are in $\\angle B$?", "72"),
    # the letter asked plainly: 2x + 3x + 4x = 180, x = 20; 3x + 3x + 4x + 5x = 360, x = 24
    ("The three angles of a triangle have measures $2x$, $3x$ and $4x$ degrees. Find $x$.",
     "20"),
    ("The angles of a quadrilateral are $3y$, $3y$, $4y$ and $5y$ degrees. What is $y$?", "24"),
]

DECLINED = [
    # an angle of 300 degrees in a polygon said to be convex
    "The angles of a convex pentagon are $x$, $x$, $x$, $x$ and $5x$ degrees. What is the "
    "largest angle?",
    # three angles of a pentagon: the other two are not told
    "The angles of a pentagon are $x$, $2x$ and $3x$ degrees. What is the largest angle?",
    # one angle left out of the chain
    "In quadrilateral $PQRS$, $\\angle P = 3\\angle Q = 2\\angle R$. What is the measure of "
    "$\\angle P$ in degrees?",
    # a straight angle at a vertex: no true pentagon
    "The angles of a pentagon are $x$, $2x$, $2x$, $3x$ and $4x$ degrees. What is the largest "
    "angle?",
    # an exterior-angle question is not this sum
    "The exterior angles of a quadrilateral are $x$, $2x$, $3x$ and $4x$ degrees. What is the "
    "value of $x$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polygon_angles_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_polygon_angles_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
