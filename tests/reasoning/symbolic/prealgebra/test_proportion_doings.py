"""A unit rate asked of the story's own doing and actor (`prealgebra.proportions`, `rates`):
"walks 2 miles in 40 minutes ... how many miles does she run in 3 hours" asks of running, whose
speed the story does not tell, and "how far does the train travel" of a van or "does her brother
type" of Mia ask of another one's rate: all decline. The same verb in another form ("jogged" /
"jog", "makes" / "make"), a verb that says nothing of how ("travel", "go") and the story's actor
again ("the van", "she") are read. Our own problems, answers by hand."""

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


# the question asks of another one's rate: another thing or person than the story's actor
OTHER_ACTORS = [
    "A van travels 120 miles in 2 hours. At this rate, how far does the train travel in 3 hours?",
    "Mia types 200 words in 4 minutes. How many words does her brother type in 10 minutes?",
    "A pump fills 30 gallons in 5 minutes. How many gallons does the hose fill in 8 minutes?",
]


@pytest.mark.parametrize("problem", OTHER_ACTORS)
def test_rates_of_another_actor_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 60 miles an hour, the same van
    ("A van travels 120 miles in 2 hours. At this rate, how far does the van travel in 3 "
     "hours?", "180"),
    # 50 words a minute, she
    ("Mia types 200 words in 4 minutes. How many words does she type in 10 minutes?", "500"),
])
def test_rates_of_the_story_actor_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
