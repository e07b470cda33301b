"""Direct variation told about things (prealgebra/direct_variation_stories.py): one amount
varies directly with another, one pair of values with units, a new value of one asked of the
other. Our own stories, answers worked out by hand; near misses (the unit told asked again,
two values in one unit, a second number in the question) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 72 * 4 / 3
    ("The cost of fabric varies directly with its length. If 3 meters cost 72 dollars, how "
     "many dollars do 4 meters cost?", "96"),
    ("The mark on a quiz varies in direct proportion to the time spent revising. A pupil who "
     "revises for 3 hours gets 72 points. What mark would a pupil get who revises for 4 "
     "hours?", "96"),
    # 2 * 20 / 8
    ("The weight of a rope is directly proportional to its length. A rope 8 meters long "
     "weighs 2 kilograms. How many kilograms does a rope 20 meters long weigh?", "5"),
    # 8 * 5 / 2
    ("The weight of a rope is directly proportional to its length. 8 meters of rope weigh 2 "
     "kilograms. How many meters of rope weigh 5 kilograms?", "20"),
    ("A painter's pay varies directly as the hours she works. For 6 hours she is paid 90 "
     "dollars. What is she paid, in dollars, for 10 hours?", "150"),
]

NEAR_MISSES = [
    # the unit told is asked again
    "The cost of fabric varies directly with its length. If 3 meters cost 72 dollars, how many "
    "meters do 4 meters cost?",
    # two values in one unit
    "The cost of fabric varies directly with its length. If 3 meters and 5 meters are cut, how "
    "many dollars do 4 meters cost?",
    # a second number in the question
    "The cost of fabric varies directly with its length. If 3 meters cost 72 dollars, how many "
    "dollars do 4 meters and 2 meters cost?",
    # inversely read elsewhere; squared not read here
    "The cost of fabric varies directly with the square of its length. If 3 meters cost 72 "
    "dollars, how many dollars do 4 meters cost?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_direct_variation_stories_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_direct_variation_stories_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
