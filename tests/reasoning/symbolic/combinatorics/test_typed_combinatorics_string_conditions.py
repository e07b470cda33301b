"""Strings of k symbols with conditions: begins / ends with a symbol (or not), uses a
symbol at least once (or never); symbols listed or the letters of a word whose letters
all differ. Our own problems; the answers are worked out by the product rule by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 7 * 6 * 5
    ("How many 3-letter sequences can be made from the letters in JOURNEY if no letter is "
     "used more than once?", "210"),
    # first place R, then 5 * 4
    ("Using the letters in MARBLE, how many 3-letter strings start with R if no letter may "
     "appear more than once?", "20"),
    # first K, last one of the 4 letters other than K and T, middle 3 * 2... of 6 letters:
    # K _ _ x with x in {N, I, G, H} minus nothing used: 4 choices, then 4 * 3 for the middle
    ("How many 4-letter sequences can be made from the letters in KNIGHT if each sequence must "
     "start with K and not end with T, and no letter is used more than once?", "48"),
    # 4^3 - 3^3
    ("How many 3-letter words can be made from the letters P, Q, R and S if letters may be "
     "repeated and the letter S must be used at least once?", "37"),
    # 4^4 strings of the digits 1, 2, 3, 5 (no 4)
    ("How many 4-digit codes can be formed from the digits 1, 2, 3, 4, 5 if digits may be "
     "repeated and the code must not contain 4?", "256"),
    # first and last fixed, 2^3 in between
    ("How many 5-letter strings can be made using the letters X, Y if repetition is allowed "
     "and each string begins with X and ends with Y?", "8"),
    # ends with E: 4 * 3 before it
    ("How many 3-letter words can be made from the letters A, B, C, D and E if no letter is "
     "used more than once and each word ends with E?", "12"),
])
def test_strings_with_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # F is not among the letters
    "How many 3-letter words can be made from the letters P, Q, R and S if letters may be "
    "repeated and the letter F must be used at least once?",
    # a word with repeated letters
    "How many 3-letter sequences can be made from the letters in COFFEE if no letter is used "
    "more than once and each sequence begins with C?",
    # whether letters repeat is not said
    "How many 3-letter words can be made from the letters P, Q, R and S if each word begins "
    "with Q?",
    # a vowel is a kind of letter, not one letter
    "How many 3-letter words can be made from the letters A, B, C, D and E if no letter is "
    "used more than once and each word begins with a vowel?",
    # 'in alphabetical order' is a condition the reader does not know
    "How many 3-letter sequences can be made from the letters in JOURNEY if no letter is "
    "used more than once and the letters are in alphabetical order?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
