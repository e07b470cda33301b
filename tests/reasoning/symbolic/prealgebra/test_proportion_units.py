"""A rate told once and used again with another unit of the same kind (prealgebra/
proportions.py): the time asked in hours of a story in minutes, the question's distance in feet
or yards of a story in inches or feet, and a mover that came "N feet closer to" something "over
a period of" some minutes, asked for "the remaining" distance. Our own stories; near misses (a
unit of another kind, no distance told) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 180 pages at 30 per 40 minutes: 240 minutes = 4 hours
    ("Leo reads 30 pages in 40 minutes. At this rate, how many hours will it take him to read "
     "180 pages?", "4"),
    # 2 feet = 24 inches at 12 inches per 8 minutes
    ("A snail crawls 12 inches in 8 minutes. At this rate, how many minutes will it take to "
     "crawl 2 feet?", "16"),
    # 2 hours = 120 minutes at 6 pages a minute
    ("A printer prints 18 pages in 3 minutes. At that rate, how many pages does it print in 2 "
     "hours?", "720"),
    # 20 yards = 60 feet at 5 feet a minute
    ("A turtle walked 30 feet closer to the pond in 6 minutes. At this rate, how many minutes "
     "will it take it to walk the remaining 20 yards to the pond?", "12"),
    ("A snail crawled 12 inches closer to a leaf over a period of 8 minutes. At this rate, how "
     "many minutes will it take to crawl the remaining 2 feet to the leaf?", "16"),
    # a scene with no number before the mover: 30 yards = 90 feet at 2 feet a minute
    ("While waiting in line for a ride, Kim moved 40 feet closer to the gate over a period of "
     "20 minutes. At this rate, how many minutes will it take her to move the remaining 30 "
     "yards to the gate?", "45"),
    # half an hour at 50 miles an hour
    ("A car travels 150 miles in 3 hours. At this rate, how far will it travel in 30 minutes?",
     "25"),
]

NEAR_MISSES = [
    # a number in the scene: not read
    "While waiting in line for 2 rides, Kim moved 40 feet closer to the gate over a period of "
    "20 minutes. At this rate, how many minutes will it take her to move the remaining 30 "
    "yards to the gate?",
    # pounds are no time
    "Leo reads 30 pages in 40 minutes. At this rate, how many pounds will it take him to read "
    "180 pages?",
    # the rest of the way is not told
    "A turtle walked 30 feet closer to the pond in 6 minutes. At this rate, how many minutes "
    "will it take it to walk the rest of the way to the pond?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rate_with_another_unit_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_rate_with_another_unit_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None



@pytest.mark.parametrize("problem", [
    # another person's rate is not told, in the story's unit or another one
    "Lena types 120 words in 3 minutes. How many words does Raj type in 1 hour?",
    "Lena types 120 words in 3 minutes. How many words does Raj type in 12 minutes?",
    "A cook peels 15 potatoes in 6 minutes. How many potatoes can Tess peel in 1 hour?",
])
def test_a_question_about_someone_the_story_does_not_tell_of_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_same_person_named_again_is_answered() -> None:
    assert_solved("Lena types 120 words in 3 minutes. How many words does Lena type in 1 hour?",
                  "2400")
