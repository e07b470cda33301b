"""Right-triangle stories (geometry/right_angle_stories.py) in more wordings: a ladder "placed
against a vertical wall", a ladder that "reaches 12 meters up a wall", "how high on the wall",
and a trip asked "how many blocks ... in a straight line". Our own problems, worked out by
hand with a^2 + b^2 = c^2."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(625 - 49) = 24
    ("A 25-foot ladder is placed against a vertical wall. The foot of the ladder is 7 feet from "
     "the wall. How high on the wall does the top of the ladder reach?", "24"),
    # sqrt(144 + 81) = 15
    ("A ladder reaches 12 meters up a wall and its foot is 9 meters from the wall. How long is "
     "the ladder?", "15"),
    # sqrt(36 + 64) = 10
    ("Jane walks 6 blocks south and then 8 blocks west. How many blocks is she from where she "
     "started, in a straight line?", "10"),
    ("Omar rides 15 miles east and then 20 miles north. How many miles is he from his starting "
     "point?", "25"),
])
def test_right_angle_stories(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the top slides: a second position of the ladder
    "A ladder reaches 12 meters up a wall and its foot is 9 meters from the wall. The top "
    "slides down 2 meters. How long is the ladder?",
    # the wall is not said to be reached by the ladder's top: no right triangle read
    "A ladder reaches 12 meters and its foot is 9 meters from the wall. How long is the "
    "ladder?",
    # two legs along one line
    "Jane walks 6 blocks south and then 8 blocks north. How many blocks is she from where she "
    "started, in a straight line?",
])
def test_stories_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 26^2 - 24^2 = 100
    ("A 26-foot ladder leans against a vertical wall with its top 24 feet above the ground. "
     "How far is the foot of the ladder from the wall?", "10"),
    # 15^2 - 9^2 = 144
    ("A ladder 15 meters long reaches 9 meters up a wall. How far from the wall is the foot of "
     "the ladder?", "12"),
    # 8^2 + 15^2 = 289
    ("A plank leans against a fence with its foot 8 feet from the fence and its top 15 feet up "
     "the fence. What is the length of the plank?", "17"),
])
def test_the_top_and_foot_said_with_the_lean(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
