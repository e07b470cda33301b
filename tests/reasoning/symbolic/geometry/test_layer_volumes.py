"""A flat place covered or filled to a depth (geometry/layer_volumes.py): length times width
times depth. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("A path is 40 feet long and 4 feet wide. If the snow on it is $\\frac{1}{4}$ foot deep, how "
     "many cubic feet of snow must be shoveled?", "40"),
    ("A wading pool is 12 feet long and 8 feet wide. The water in it is 2 feet deep. How many "
     "cubic feet of water are in the pool?", "192"),
    ("A porch is 10 feet by 6 feet. Concrete is poured $\\frac{1}{3}$ foot thick. How many cubic "
     "feet of concrete are needed?", "20"),
    ("A lawn is 9 meters long and 5 meters wide. It is covered with soil 2 meters deep. How many "
     "cubic meters of soil are needed?", "90"),
])
def test_a_layer_on_a_rectangle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # inches of depth on a place in feet
    "A driveway is 40 feet long and 10 feet wide. If the snow on it is 6 inches deep, how many "
    "cubic feet of snow are there?",
    # another material asked
    "A path is 40 feet long and 4 feet wide. If the snow on it is 2 feet deep, how many cubic "
    "feet of ice are there?",
    # a further condition
    "A lawn is 9 meters long and 5 meters wide. It is covered with soil 2 meters deep. How many "
    "cubic meters of soil are needed if half is removed?",
])
def test_a_layer_on_a_rectangle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "to a depth of", "covers it", "is added", "laid on it to a thickness of", "on the lawn"
    ("A rectangular driveway is 24 feet long and 9 feet wide. Snow covers it to a depth of 2 "
     "feet. How many cubic feet of snow are on the driveway?", "432"),
    ("A pool is 15 meters long and 6 meters wide. It is filled with water to a depth of 2 "
     "meters. How many cubic meters of water are in the pool?", "180"),
    ("A flower bed is 6 feet by 5 feet. Mulch is added to a depth of 1/2 foot. How many cubic "
     "feet of mulch are added?", "15"),
    ("A court is 30 meters long and 20 meters wide. Asphalt is laid on it to a thickness of 1/5 "
     "meter. How many cubic meters of asphalt are used?", "120"),
    ("A field is 11 yards by 7 yards. The snow on it is 2 yards deep. How many cubic yards of "
     "snow are on the field?", "154"),
])
def test_a_layer_told_to_a_depth(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "A rink is 40 feet long and 20 feet wide. Ice covers it to a depth of 6 inches. How many "
    "cubic feet of ice are on the rink?",  # inches on feet
    "A yard is 30 feet long and 20 feet wide. Snow covers it to a depth of 2 feet. How many "
    "cubic feet of sand are on the yard?",  # another material
    "A deck is 12 feet by 10 feet. Paint covers it to a depth of 1 foot. How many cubic feet of "
    "paint are on the deck and the porch?",  # a second place
])
def test_a_layer_told_to_a_depth_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # who does it told first, and asked again by name: 30 * 10 * 1/3
    ("Maria has to shovel snow off her driveway. The driveway is 30 feet long and 10 feet "
     "wide. If the snow is $\\frac{1}{3}$ foot deep, how many cubic feet of snow does Maria "
     "have to shovel off the driveway?", "100"),
    # the place and its water in one sentence: 20 * 10 * 5
    ("A pool is 20 feet long and 10 feet wide and is filled with water 5 feet deep. How many "
     "cubic feet of water does the pool hold?", "1000"),
    # someone spreads it: 8 * 3 * 1/2
    ("A garden bed is 8 feet long and 3 feet wide. Sam spreads soil 1/2 foot deep over it. How "
     "many cubic feet of soil does Sam need?", "12"),
])
def test_a_layer_in_a_story(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # only half of the snow: the opening sentence is not only who does it
    "Maria has to shovel half of the snow off her driveway. The driveway is 30 feet long and "
    "10 feet wide. If the snow is 1 foot deep, how many cubic feet of snow does Maria have to "
    "shovel off the driveway?",
    # a depth in inches on a place in feet
    "Maria has to shovel snow off her driveway. The driveway is 30 feet long and 10 feet wide. "
    "If the snow is 4 inches deep, how many cubic feet of snow does Maria have to shovel off "
    "the driveway?",
    # someone else's name in the question
    "A garden bed is 8 feet long and 3 feet wide. Sam spreads soil 1/2 foot deep over it. How "
    "many cubic feet of soil does Ana need?",
])
def test_a_layer_in_a_story_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
