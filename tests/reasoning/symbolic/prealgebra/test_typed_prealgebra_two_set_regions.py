"""Two overlapping groups (prealgebra/two_sets.py) with a region inside them told or asked: one
group alone ("12 take only music", "9 study French only") and "exactly one of the two" / "A or B
but not both". Our own stories, answers worked out by hand; 'only' before a number is an
emphasis, not a region, and stays declined, as do two 'only' clauses with no group told."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # both = 25 - 9 = 16, Spanish alone = 18 - 16
    ("In a group of 40 students, 25 study French, 18 study Spanish and 9 study French only. "
     "How many study Spanish only?", "2"),
    # art alone 40 - 25 = 15, music alone 12: 15 + 12
    ("There are 25 students taking both art and music. 40 students take art and 12 take only "
     "music. How many students take art or music but not both?", "27"),
    # 24 - 10 = 14 history alone, 11 drafting alone
    ("Ten students are taking both history and drafting. There are 24 students taking "
     "history. There are 11 students who are taking drafting only. How many students are "
     "taking history or drafting but not both?", "25"),
    # (30 - 10) + (26 - 10)
    ("Of 50 members, 30 swim and 26 run, and 10 do both. How many members do exactly one of "
     "the two sports?", "36"),
    ("Of 50 members, 30 swim and 26 run, and 10 do both. How many members only swim?", "20"),
    ("Of 50 members, 30 swim and 26 run, and 10 do both. How many members run only?", "16"),
    # tea alone: 35 - 12
    ("In a survey of 60 people, 35 drink tea, 20 drink coffee and 12 drink both. How many "
     "people drink only tea?", "23"),
]

NEAR_MISSES = [
    # 'only' before a number: an emphasis, read by nobody here
    "Of 50 members, only 30 swim and 26 run, and 10 do both. How many members swim only?",
    # no group told whole: which group is which is not known
    "In a club, 20 people play chess only and 15 play go only. 8 play both. How many play "
    "chess?",
    # more swim alone than swim at all
    "Of 50 members, 30 swim and 26 run, and 35 swim only. How many members run only?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_two_set_regions_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_two_set_regions_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


LISTED = [
    # 150 - (80 + 50 - 30) = 50 of 150
    ("A survey of $150$ nurses determined the following:\n\n$80$ had asthma\n\n$50$ had "
     "allergies\n\n$30$ had both asthma and allergies\n\nWhat percent of the nurses surveyed "
     "had neither asthma nor allergies?", "\\frac{100}{3}"),
    # 60 - (24 + 20 - 8)
    ("A poll of 60 pupils found the following:\n\n24 owned a dog\n\n20 owned a cat\n\n8 owned "
     "both a dog and a cat\n\nHow many of the pupils owned neither a dog nor a cat?", "24"),
]


@pytest.mark.parametrize(("problem", "answer"), LISTED)
def test_two_set_counts_listed_one_a_line(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_two_set_counts_listed_with_an_unread_or_decline() -> None:
    assert solve_now("A poll of 60 pupils found the following:\n\n24 owned a dog\n\n20 owned a "
                     "cat\n\n8 owned a dog or a cat\n\nHow many of the pupils owned neither a "
                     "dog nor a cat?").answer is None
