"""A unit rate asked of the story's own doing (`prealgebra.proportions`): "walks 2 miles in 40
minutes ... how many miles does she run in 3 hours" asks of running, whose speed the story does
not tell, and declines; the same verb in another form ("jogged" / "jog", "makes" / "make") or a
verb that says nothing of how ("travel", "go") is read. Our own problems, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3 miles an hour
    ("Tom walks 3 miles in 60 minutes. At this rate, how many miles does he walk in 4 hours?",
     "12"),
    # 20 km every 30 minutes
    ("A cyclist rides 20 km in 30 minutes. At this rate, how far does she travel in 2 hours?",
     "80"),
    # 4 cups a lemon
    ("If 5 lemons make 20 cups of lemonade, how many cups can you make with 8 lemons?", "32"),
    ("A boy jogged 2 miles in 20 minutes. At this rate, how far will he jog in 50 minutes?",
     "5"),
]

NEAR_MISSES = [
    "Tom walks 3 miles in 60 minutes. At this rate, how many miles does he run in 4 hours?",
    "A cyclist rides 20 km in 30 minutes. At this rate, how far does she walk in 2 hours?",
    "A duck swims 400 meters in 8 minutes. At this rate, how many meters does it fly in 3 "
    "minutes?",
    "A printer prints 30 pages in 2 minutes. At this rate, how many pages does it copy in 5 "
    "minutes?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rates_of_the_story_doing_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_rates_of_another_doing_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
