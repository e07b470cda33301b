"""Two overlapping groups (prealgebra/two_sets.py) whose question asks of something the story
does not count, or with a count told of a third thing: "neither a bike nor a skateboard" of
bikes and scooters, other people ("how many girls" of a class of kids), "9 have neither a bike
nor a skateboard". These are not the neither or both count and must decline; the same stories
asked of their own words, in other forms of those words ("surveyed" of a survey, "did not
join" of "joined") or naming the kind of thing ("neither sport"), are still read. Our own
stories, answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_CLUB = ("A chess club has 32 members. 15 of them play blitz, 20 of them play bullet, and 9 of "
         "them play both. ")
_PETS = "In a class of 36 kids, 14 have a bike, 19 have a scooter and 6 have both. "

SOLVED = [
    (_CLUB + "How many members play neither blitz nor bullet?", "6"),  # 32 - (15 + 20 - 9)
    (_CLUB + "How many play neither?", "6"),
    (_CLUB + "How many members play only blitz?", "6"),  # 15 - 9
    # other words of the question may differ from the story's
    (_CLUB + "How many members will not take part in either?", "6"),
    (_PETS + "How many kids have neither a bike nor a scooter?", "9"),  # 36 - 27
    (_PETS + "How many have both a bike and a scooter?", "6"),
    # the neither count told of the two groups: 36 - 9 = 14 + 19 - both
    ("In a class of 36 kids, 14 have a bike and 19 have a scooter. 9 have neither a bike nor a "
     "scooter. How many have both a bike and a scooter?", "6"),
    # 'surveyed' / 'survey': one word's forms
    ("In a survey of 70 people, 41 said they like soup and 30 said they like salad, and 12 "
     "said they like both. How many people surveyed like neither soup nor salad?", "11"),
    # 'join' / 'joined'
    ("Of the 50 pupils in a year group, 22 joined the orchestra and 19 joined the choir, and 8 "
     "joined both. How many pupils did not join either?", "17"),
    ("A sports club has 40 members. 18 play tennis and 25 play golf, including 9 who play "
     "both. How many members play neither sport?", "6"),
]

NEAR_MISSES = [
    # a thing no count is told of
    _PETS + "How many kids have neither a bike nor a skateboard?",
    _PETS + "How many kids have both a scooter and a helmet?",
    _CLUB + "How many members play neither blitz nor rapid?",
    # other people than those counted
    _PETS + "How many girls have neither a bike nor a scooter?",
    _PETS + "How many boys have both?",
    _CLUB + "How many members of the other club play neither?",
    # a count told of a third thing
    "In a class of 36 kids, 14 have a bike and 19 have a scooter. 9 have neither a bike nor a "
    "skateboard. How many have both a bike and a scooter?",
    "In a class of 36 kids, 14 have a bike and 19 have a scooter. 6 have both a bike and a "
    "helmet. How many have neither a bike nor a scooter?",
    "there are 30 kids in the camp. 12 swim and 15 row and 5 do both. how many neither swim "
    "nor dive",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_two_set_questions_of_told_words_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_two_set_questions_of_untold_things_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
