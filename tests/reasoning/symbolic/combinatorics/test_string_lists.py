"""Strings from listed symbols (`combinatorics.strings`) asked as "code words" and
"passcodes", the letters listed in one piece of maths ("$A, B, C, D, E$"), and "letters may
not repeat" / "no letter repeats". Our own problems, answers by hand; too many places, or no
word on repetition, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * 4 * 3 * 2
    ("How many 4-letter code words can be formed from the letters A, B, C, D, E if no letter "
     "may be repeated?", "120"),
    ("How many 4-letter code words can be formed from the letters $A, B, C, D, E$ if letters "
     "may not repeat?", "120"),
    # 4 * 3 * 2
    ("How many 3-letter passcodes can be made from the letters P, Q, R, S if no letter "
     "repeats?", "24"),
    # 3^2 with repeats
    ("How many 2-letter codewords can be made from the letters $X, Y, Z$ if letters can be "
     "repeated?", "9"),
])
def test_code_words_from_listed_letters(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many 5-letter code words can be formed from the letters A, B, C if letters may not "
    "repeat?",
    "How many 3-letter code words can be formed from the letters A, B, C, D?",
    # a piece of maths that is not a list of single letters
    "How many 3-letter code words can be formed from the letters $AB, C$ if letters can be "
    "repeated?",
])
def test_code_words_not_fully_said_decline(problem):
    assert solve_now(problem).answer is None
