"""Two corners of a polygon chosen at random (combinatorics/vertex_pairs.py). Our own
problems; answers worked by hand: of C(n, 2) pairs, n are sides, n(n - 3)/2 diagonals, and
n/2 opposite in a regular polygon with an even number of sides."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 7 of 21
    ("From a heptagon, 2 different corners were picked at random. Find the chance that the "
     "corners picked are neighbours.", "1/3"),
    # 9 * 6 / 2 = 27 of 36
    ("2 vertices of a regular 9-gon are picked at random. Find the probability that the line "
     "segment connecting them is a diagonal.", "3/4"),
    # 5 of 45
    ("Two corners are randomly selected from the corners of a regular decagon. What is the "
     "chance that they are opposite each other?", "1/9"),
    # 5 of 10
    ("Two different vertices of a pentagon are selected at random. What is the probability "
     "that they are not next to each other?", "1/2"),
    # 6 of 15
    ("Two vertices of a convex hexagon are chosen randomly. What is the probability that the "
     "two vertices chosen are the endpoints of a side?", "2/5"),
])
def test_two_corners_of_a_polygon(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a pentagon has no opposite corners
    "Two vertices of a regular pentagon are chosen at random. What is the probability that "
    "they are opposite each other?",
    # opposite needs a regular polygon
    "We randomly pick 2 corners of a convex 8-gon. What is the chance they are opposite?",
    # three corners, not two
    "Three corners are randomly selected from the corners of a decagon; find the probability "
    "that they are next to each other.",
    # a triangle has no diagonals
    "Two vertices of a triangle are chosen at random. What is the probability that the "
    "segment joining them is a diagonal?",
])
def test_unclear_corner_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
