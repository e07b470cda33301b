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


_SQUARE = ("A point is chosen at random inside the square with vertices (0,0), (6,0), (6,6) and "
           "(0,6). What is the probability that ")


@pytest.mark.parametrize(("problem", "answer"), [
    # y > x in [0,4] x [0,3]: the triangle under y = 3 above y = x, 9/2 of 12
    ("A point is chosen at random inside the rectangle with vertices (0,0), (4,0), (4,3) and "
     "(0,3). What is the probability that its x-coordinate is less than its y-coordinate?",
     "\\frac{3}{8}"),
    # x + y < 3: a triangle of area 9/2 of 36
    (_SQUARE + "the sum of its coordinates is less than 3?", "\\frac{1}{8}"),
    # x >= 4: a strip 2 wide of 6
    (_SQUARE + "its x-coordinate is at least 4?", "\\frac{1}{3}"),
    # y > 5 in LaTeX coordinates: 1 of 6
    (_SQUARE.replace("(0,0), (6,0), (6,6) and (0,6)", "$(0,0)$, $(6,0)$, $(6,6)$ and $(0,6)$")
     + "its $y$-coordinate is greater than 5?", "\\frac{1}{6}"),
])
def test_event_in_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    _SQUARE + "its z-coordinate is at least 4?",  # a coordinate the point does not have
    _SQUARE + "its x-coordinate is less than its x-coordinate?",
    _SQUARE + "its x-coordinate is close to its y-coordinate?",
])
def test_event_in_words_near_misses_decline(problem):
    assert solve_now(problem).answer is None
