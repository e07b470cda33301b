"""Wordings of three familiar questions that the readers missed when we wrote our own
problems at stop 23: a sum said as "add up to" and a bare "one is 3 times the other", a
restriction on offices said in the present tense ("no one holds both offices"), and the
letters of a word counted in the question ("the five letters of LEVEL", checked against
the word). Our own numbers."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a + b = 44, a = b + 10: 27 and 17
    ("Two numbers add up to 44, and one of them is 10 more than the other. Find the larger "
     "one.", "27"),
    # a + b = 36, a = 5b: 30 and 6
    ("Two numbers add up to 36 and one is 5 times the other. What is the smaller one?", "6"),
    # a + b = 30, ab = 216: 12 and 18
    ("Two positive integers sum to 30 and their product is 216. What is the smaller one?",
     "12"),
])
def test_two_numbers_that_add_up(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can a chair and a secretary be chosen from a club of 11 members "
     "if no member holds both offices?", "110"),
    ("In how many ways can a captain and a vice-captain be chosen from 14 players, if no one "
     "serves in both roles?", "182"),
])
def test_offices_said_in_the_present_tense(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_letters_counted_in_the_question() -> None:
    # NOODLE has two Os: 6!/2! = 360; "five letters" does not fit the word, so it declines
    assert_solved("In how many different orders can the six letters of NOODLE be written?",
                  "360")
    assert solve_now("In how many different orders can the five letters of NOODLE be "
                     "written?").answer is None
