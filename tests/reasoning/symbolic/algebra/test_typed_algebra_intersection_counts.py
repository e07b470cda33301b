"""How many points two curves in x and y have in common (our own problems, worked by hand);
curves that share a whole piece, or a count limited to a region, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 2x - 3 = 0: x = 3, -1
    ("How many points of intersection do the graphs of $y = x^2 - 4$ and $y = 2x - 1$ have?",
     "2"),
    # x^2 = y + 5: y^2 + y - 20 = 0, y = 4 (x = 3, -3) or y = -5 (x = 0)
    ("How many points do the circle $x^2 + y^2 = 25$ and the parabola $y = x^2 - 5$ have in "
     "common?", "3"),
    # parallel lines
    ("At how many points do the lines $y = 2x + 1$ and $y = 2x - 3$ meet?", "0"),
    # y >= 2 on the parabola: only (0, 2)
    ("Find the number of intersection points of the graphs of $x^2 + y^2 = 4$ and "
     "$y = x^2 + 2$.", "1"),
    # 5y^2 = 3: four points
    ("How many times do the ellipse $x^2 + 4y^2 = 4$ and the hyperbola $x^2 - y^2 = 1$ "
     "intersect?", "4"),
    # the line is 3 from the centre of a circle of radius 2
    ("In how many points do the line $3x + 4y = 15$ and the circle $x^2 + y^2 = 4$ cross?",
     "0"),
    # the verb between the curves: distance 10/sqrt(89) > 1
    ("How many times does the line $5x + 8y = 20$ intersect the circle $x^2 + y^2 = 4$?", "0"),
    # x^3 = x: x = -1, 0, 1
    ("At how many points does the graph of $y = x^3$ meet the graph of $y = x$?", "3"),
    # tangent: one point
    ("How many times do the graphs of $y = x^2$ and $y = 2x - 1$ intersect?", "1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_intersection_counts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the same line twice: infinitely many points
    "How many times do the graphs of $y = 2x + 1$ and $2y = 4x + 2$ intersect?",
    # only the first quadrant is asked
    "How many times do the graphs of $x = y^2$ and $y = x^2$ intersect in the first "
    "quadrant?",
    # lattice points, not all points
    "How many lattice points do the graphs of $y = x^2$ and $y = x + 6$ have in common?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsettled_counts_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
