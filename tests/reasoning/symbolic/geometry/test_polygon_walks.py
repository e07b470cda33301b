"""Walking along a regular polygon from a corner (`geometry.polygon_walks`): the distance
from the start in a straight line. Our own problems, answers worked out by hand; near misses
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # corners 0, (4,0), (4,4), then 2 along the third side: (2, 4)
    ("A yard is a square 4 feet on a side. Starting at a corner, Mia walks along the fence for "
     "10 feet. How many feet is she from her starting point?", "2\\sqrt{5}"),
    # a whole lap and one more side of the hexagon: one side away
    ("A park is in the shape of a regular hexagon with sides of 1 km. Starting at a corner, "
     "Raj walks along the perimeter for 7 km. How far is he from his starting point?", "1"),
    # two sides of a pentagon: a diagonal, 2 cos 36 = (1 + sqrt 5)/2
    ("A regular pentagon has sides of length 1. A bug starts at a vertex and crawls 2 units "
     "along the sides. How far is the bug from its starting point?", "\\frac{1+\\sqrt{5}}{2}"),
    # the twin of the 'turns back' near miss: (4, 0), (4 + 4 cos 72, 4 sin 72), then 1 along
    # the direction 144 degrees: (4.427.., 4.392..), 6.236.. = 4 + sqrt 5
    ("A garden is shaped like a regular pentagon 4 meters on a side. Starting at a corner, "
     "Omar walks along the edge for 9 meters. How far is he from his starting point?",
     "4+\\sqrt{5}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polygon_walk_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the side and the walk in different units
    "A field is a regular octagon 3 km on a side. Starting at a corner, Noor walks along "
    "the fence for 700 meters. How far is she from her starting point?",
    # he turns back: a word not read
    "A garden is shaped like a regular pentagon 4 meters on a side. Starting at a corner, Omar "
    "walks along the edge for 9 meters and then turns back. How far is he from his starting "
    "point?",
    # the polygon is not said to be regular
    "A lot is in the shape of a pentagon 4 meters on a side. Starting at a corner, Li walks "
    "along the boundary for 6 meters. How far is she from her starting point?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_polygon_walk_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
