"""Words of k letters from listed letters with at least one vowel or consonant, and with a
given letter at least once when 'we are allowed to repeat letters'. Our own problems; the
answers worked out by hand (all words minus those without one)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6^3 - 4^3
    ("How many 3-letter words with at least one vowel can be made from the letters A, B, C, D, "
     "E and F if letters may be repeated?", "152"),
    # 5*4*3 - 3*2*1
    ("How many 3-letter words with at least one consonant can be formed from the letters A, E, "
     "I, M, N, if no letter is used more than once? (Here, a word is any sequence of letters.)",
     "54"),
    # 5^4 - 3^4, the note names the vowels
    ("Using the letters B, C, D, E and O, how many 4-letter words that contain at least one "
     "vowel can we write, if letters may be used more than once? (E and O are the vowels.)",
     "544"),
    # 4^5 - 3^5
    ("If we are allowed to repeat letters, how many 5-letter words that use the letter R at "
     "least once can be formed from the letters P, Q, R, S?", "781"),
])
def test_words_with_at_least_one(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # may a letter repeat? not said
    "How many 3-letter words with at least one vowel can be made from the letters A, B, C, D, "
    "E and F?",
    # Y is read both ways
    "How many 3-letter words with at least one vowel can be made from the letters A, B, C, Y if "
    "letters may be repeated?",
    # the note names fewer vowels than the list has
    "How many 4-letter words with at least one vowel can be constructed from the letters B, C, "
    "D, E, and O? (Note that E is a vowel, and letters may be used more than once.)",
])
def test_vowel_words_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 6^3 - 4^3 (A and E the vowels of A..F)
    ("How many 3-letter words can be made from the letters A, B, C, D, E, F if letters may be "
     "repeated and each word must contain at least one vowel?", "152"),
    ("How many 3-letter words can be made from the letters A, B, C, D, E, F if letters may be "
     "repeated and at least one letter is a vowel?", "152"),
])
def test_condition_said_after_the_repeats(problem, answer):
    assert_solved(problem, answer)
