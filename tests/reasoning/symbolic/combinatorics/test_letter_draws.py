"""One letter drawn at random from the letters of a word (one tile per letter): a given
letter, a vowel or consonant, or a letter of another word. Our own problems; the answers
worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # STATISTICS: S three times of 10 letters
    ("A letter is chosen at random from the word STATISTICS. What is the probability that it "
     "is an S?", "\\frac{3}{10}"),
    # ALGEBRA: vowels A, E, A of 7
    ("Each of the letters of the word ALGEBRA is written on a separate card. One card is "
     "chosen at random. What is the probability that it shows a vowel?", "\\frac{3}{7}"),
    # CALCULUS consonants C, L, C, L, S of 8
    ("Each of the eight letters in CALCULUS is written on its own tile and placed in a hat. "
     "One tile is drawn at random. What is the probability that the tile is a consonant?",
     "\\frac{5}{8}"),
    # GEOMETRY letters in the word TOME: G E O M E T R Y -> E, O, M, E, T: 5 of 8
    ("Each of the letters of the word GEOMETRY is written on its own card and placed in a box. "
     "What is the probability that a card randomly drawn from the box has a letter that is in "
     "the word TOME?", "\\frac{5}{8}"),
])
def test_letter_draws(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two cards drawn
    "Each of the letters of the word ALGEBRA is written on a separate card. Two cards are "
    "chosen at random. What is the probability that both show a vowel?",
    # "not" is not read
    "A letter is chosen at random from the word STATISTICS. What is the probability that it "
    "is not an S?",
    # a Y: vowel or not?
    "A letter is chosen at random from the word SYMMETRY. What is the probability that it is a "
    "vowel?",
    # the count of letters said is wrong
    "Each of the nine letters in CALCULUS is written on its own tile and placed in a hat. One "
    "tile is drawn at random. What is the probability that the tile is a consonant?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
