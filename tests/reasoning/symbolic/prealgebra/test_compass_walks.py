"""Walks told leg by leg in compass directions: the distance from the start or the length walked
(our own problems; each answer worked by hand in the comment)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # north 30 - 10 = 20, east 50 - 35 = 15: 25
    ("From point A, Sam walked 30 meters north, 50 meters east, 10 meters south, and 35 meters "
     "west to point B. What is the length, in meters, of AB?", "25"),
    # 18 blocks of 1/3 mile
    ("Arthur walks six blocks east and then 12 blocks north. If each block is one-third of a "
     "mile, how many miles did he walk?", "6"),
    ("Nina walks 8 blocks north and then 4 blocks west. Each block is 0.25 miles. How many miles "
     "did she walk?", "3"),
    # north 4, east 3
    ("Tom walked 5 miles north, then 3 miles east, then 1 mile south. How far is Tom from his "
     "starting point?", "5"),
    ("Lena hiked 6 km east and then 8 km north. How many kilometers is she from her starting "
     "point?", "10"),
    # north -4, east 5
    ("A robot moves 2 meters north, then 5 meters east, then 6 meters south. How far is the "
     "robot from where it started?", r"\sqrt{41}"),
    # west 8, north 7
    ("Ravi drove 12 miles west, 7 miles north and then 4 miles east. How far was Ravi from his "
     "starting point?", r"\sqrt{113}"),
    ("Kai jogged 300 yards south and 400 yards east. How many yards did he jog in all?", "700"),
    ("He walked 9 meters north and then 12 meters west. How far is he from his starting point, "
     "in meters?", "15"),
    # a mile is 5280 feet: sqrt(5280^2 + 3960^2) = 1320 * 5
    ("Ben walked 1 mile north and 3960 feet east. How many feet is Ben from his starting point?",
     "6600"),
    ("Ben walked 1 mile north and 1320 feet east. How many feet away from his starting point is "
     "Ben?", r"1320\sqrt{17}"),
    # legs not at right angles (no right triangle, but still a walk): 12 - 5 south
    ("Sam walks 5 miles north and then 12 miles south. How far is he from the starting point?",
     "7"),
    # a third leg: north 5, west 9
    ("Sam walks 5 miles north, 3 miles east and then 12 miles west. How far is he from the "
     "starting point?", r"\sqrt{106}"),
])
def test_walks(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # northeast is not one of the four directions
    "Eva walked 5 miles north, then 3 miles northeast. How far is Eva from her starting point?",
    # "back" without a direction
    "Eva walked 5 miles north and then walked back 2 miles. How far is Eva from her starting "
    "point?",
    # blocks without their length
    "Eva walks 8 blocks north and then 4 blocks west. How many miles did she walk?",
    # R is not a point of the walk
    "From point P, Ben walked 10 feet north and 24 feet east to point Q. What is the length of "
    "PR?",
    # the tree is not where he started
    "Ben walked 10 feet north and 24 feet east. How far is Ben from the tree?",
    # a length plus another: "plus" is not read
    "Ben walked 9 meters north, then 24 feet east, then 9 meters plus 32 feet south. How many "
    "feet is Ben from his starting point?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
