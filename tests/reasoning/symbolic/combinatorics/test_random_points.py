"""A point chosen at random from a square or rectangle told by the ranges of its coordinates
(combinatorics/random_points.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the half of the unit square below the diagonal
    ("A point is chosen at random inside the square $0 \\le x \\le 1$, $0 \\le y \\le 1$. What "
     "is the probability that $y > x$?", "\\frac{1}{2}"),
    # x + y < 3 cuts the triangle of area 9/2 from the 6-by-3 rectangle of area 18
    ("A point $(x, y)$ is chosen at random from the rectangle $0 \\le x \\le 6$, "
     "$0 \\le y \\le 3$. What is the probability that $x + y < 3$?", "\\frac{1}{4}"),
])
def test_point_in_a_box(problem, answer):
    assert_solved(problem, answer)


def test_a_square_whose_ranges_differ_is_declined():
    assert solve_now("A point is chosen at random inside the square $0 \\le x \\le 2$, "
                     "$0 \\le y \\le 3$. What is the probability that $y < x$?").answer is None
