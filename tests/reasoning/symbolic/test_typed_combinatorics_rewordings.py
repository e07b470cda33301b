"""Counting questions asked in many wordings (issue 13: one question, many phrasings):
letter arrangements with the word named any way (the word, "the word X, ... its letters",
"X's letters", the letters one by one, in quotes, as maths), and near misses that decline.
Our own words; answers by hand (n! over the factorials of the repeats)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # CANNON: 6!/3!; ADDED: 5!/3!; SEEDS: 5!/(2! 2!); BOOT: 4!/2!; MAMA: 4!/(2! 2!)
    ("Using the word CANNON, how many distinct rearrangements of its letters can be made?", "120"),
    ("Count the distinct arrangements of the letters in ADDED.", "20"),
    ("Find how many ways the letters of SEEDS can be arranged.", "30"),
    ("For the word BOOT, how many distinct orderings of its letters are there?", "12"),
    ("The letters of the word MAMA can be arranged in how many distinct ways?", "6"),
    # X Y Y Z: 4!/2!; TATTOO: 6!/(3! 2!); REFER: 5!/(2! 2!); MOON: 4!/2!
    ("In how many distinct orders can the letters X, Y, Y and Z be written?", "12"),
    ("Compute the number of distinct arrangements of TATTOO's letters.", "60"),
    ('In how many distinct ways can the letters of "REFER" be arranged?', "30"),
    (r"Take the word $\text{MOON}$. In how many distinct ways can its letters be arranged?",
     "12"),
])
def test_letter_arrangements(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many distinct arrangements of the letters in CANNON keep the N's together?",
    "How many 3-letter arrangements of the letters of CANNON are there?",
    "For the word BOOT and the word MOON, how many arrangements of its letters are there?",
])
def test_letter_near_misses_decline(problem):
    assert solve_now(problem).answer is None
