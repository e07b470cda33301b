"""Comparisons with words left out, filled in for story_equations
(prealgebra/comparison_rewordings.py). Our own problems, answers worked out by hand; near
misses (no amount for the one compared to, two kinds of things, a person the story does not
name) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the counted thing left out after 'fewer than', and in the question
    ("Nina has 25 shells, Omar has 8 fewer than Nina. How many does Omar have?", "17"),
    ("Kim has 9 badges. Lee has 6 more than Kim. How many badges does Lee have?", "15"),
    # 'as many as' without the thing
    ("pat has 11 coins and raj has four times as many as pat. how many coins does raj have",
     "44"),
    # 'they' as the two people named: 9 + 15
    ("Kim has 9 badges. Lee has 6 more badges than Kim. How many badges do they have "
     "altogether?", "24"),
    # 12 + 6
    ("Ava has 12 pens. Ben has half as many as Ava. How many pens do they have in total?",
     "18"),
    # 'half his age' of the one other age told
    ("Mia's grandpa is 70 and Mia is half his age. How old is Mia?", "35"),
    # 'twice PERSON's age'
    ("Ella's sister is 7. Ella is twice her sister's age. How old is Ella?", "14"),
]

NEAR_MISSES = [
    # no amount for the one compared to
    "Lee has 6 more than Kim. How many badges does Lee have?",
    # two kinds of things: 6 more of which
    "Kim has 9 badges and 4 pins. Lee has 6 more than Kim. How many does Lee have?",
    # a person the story does not name
    "Kim has 9 badges. Lee has 6 more than Kim. How many does Sue have?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_comparison_rewordings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_comparison_rewordings_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # "how many more" with no "than": Ben's count (42) was shown, the difference is 28
    "Carl has 14 stamps and Ben has three times as many as Carl. How many more does Ben have?",
    "Carl has 14 stamps and Ben has three times as many stamps as Carl. How many more does Ben "
    "have?",
    # other things asked than the story counts (8 was shown)
    "Mia has 12 apples. Zoe has 4 fewer than Mia. How many pears does Zoe have?",
    "Mia has 12 apples. Zoe has 4 fewer apples than Mia. How many pears does Zoe have?",
    # 'his' may be Tom's or his dad's (20 was shown)
    "Tom's dad is 40 and Tom's sister is half his age. How old is Tom's sister?",
])
def test_a_question_the_story_does_not_answer_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
