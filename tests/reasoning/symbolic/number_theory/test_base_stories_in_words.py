"""An amount told in a story with its base said in words ("counts his gold in base 6 and
says he has 2345 coins"), asked in base ten (`number_theory.base_stories`). Our own
problems; place values worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1234_5 = 125 + 2*25 + 3*5 + 4
    ("Tom wrote a number in base 5 as 1234. What is this number in base 10?", "194"),
    # 2345_6 = 2*216 + 3*36 + 4*6 + 5
    ("A pirate counts his gold in base 6 and says he has 2345 coins. How many coins is that "
     "in base ten?", "569"),
    # 765_8 = 7*64 + 6*8 + 5
    ("Using base 8, a robot counted 765 bolts in the box. How many bolts is that in base 10?",
     "501"),
    # 1011_2 = 11
    ("Working in base 2, Ana wrote down that she has 1011 marbles. How many marbles does she "
     "have in base 10?", "11"),
])
def test_base_said_in_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 7 is not a digit of base 6
    "A pirate counts his gold in base 6 and says he has 2375 coins. How many coins is that in "
    "base ten?",
    # two amounts: which one is in base 6?
    "A pirate counts in base 6 and has 234 coins and 12 gems. How many coins is that in base "
    "ten?",
    # the amount changes in the story
    "A pirate counts his gold in base 6 and says he has 2345 coins. He spends 100 of them. How "
    "many coins is that in base ten?",
    # the base is someone else's counting, not the amount's (was answered 569)
    "Tom has 2345 coins. His sister counts in base 6. How many coins does Tom have in base 10?",
    "Tom has 2345 coins and his sister counts in base 6. How many coins does Tom have in base "
    "10?",
    "Tom has 2345 coins and Ann counts in base 6. How many coins does Tom have in base 10?",
    "Ann counts in base 6 and Tom has 2345 coins. How many coins does Tom have in base 10?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
