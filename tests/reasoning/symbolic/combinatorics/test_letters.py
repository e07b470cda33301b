"""Arrangements of a word's letters: more ways to ask ("distinguishable permutations",
"count the number of ways"), the vowels "always come" together, and the vowels kept apart.
Our own problems; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 10!/(3! 3! 2!) for STATISTICS
    ("How many distinguishable permutations of the letters of the word STATISTICS are there?",
     "50400"),
    # 9!/(2! 2! 2!)
    ("How many unique arrangements of the letters in the word COMMITTEE are there?", "45360"),
    # 5!/2!
    ("Count the number of ways to arrange the letters of the word APPLE.", "60"),
    # the block AE among G, R, D, N: 5! * 2
    ("In how many ways can the letters of the word GARDEN be arranged so that the vowels "
     "always come together?", "240"),
    # a word that is a number word: NINE, 4!/2!; THREE, 5!/2!
    ("How many distinct arrangements of the letters in the word NINE are there?", "12"),
    ("In how many ways can the letters of the word THREE be arranged?", "60"),
])
def test_arrangements(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # two vowels: 6! - 5! * 2
    ("How many arrangements of the letters of the word FRIEND have the vowels not together?",
     "480"),
    ("In how many ways can the letters of the word PENCIL be arranged so that the vowels are "
     "not next to each other?", "480"),
    # consonants D, C, M, N, T: 5!, then 3 of the 6 gaps, then 3! orders of O, U, E
    ("How many arrangements of the letters of the word DOCUMENT have no two vowels next to "
     "each other?", "14400"),
    # B, L, L, N: 4!/2! = 12; C(5, 3) = 10 gaps; A, O, O: 3
    ("In how many ways can the letters of the word BALLOON be arranged so that no two vowels "
     "are together?", "360"),
    # D, C, T, N: 4!; the 5 vowels fill all 5 gaps: 5!
    ("In how many ways can the letters of the word EDUCATION be arranged so that no two "
     "vowels are adjacent?", "2880"),
    # the word said bare, the condition after "have": C, S, T, L: 4!; 2 of 5 gaps, ordered
    ("How many arrangements of the letters of CASTLE have no two vowels adjacent?", "480"),
])
def test_vowels_apart(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three vowels "never together": not all three in a block, or no two side by side?
    "In how many ways can the letters of the word ORANGE be arranged so that the vowels are "
    "never together?",
    # is Y a vowel here?
    "How many arrangements of the letters of the word MONDAY have no two vowels adjacent?",
    # four vowels, one consonant: no way to keep them apart
    "In how many ways can the letters of the word QUEUE be arranged so that no two vowels are "
    "adjacent?",
    # apart and together at once
    "In how many ways can the letters of the word PENCIL be arranged so that the vowels are "
    "not together and the vowels are together?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


def test_arrangements_made_with_the_letters():
    # SCHOOL: 6!/2!
    assert_solved("How many different arrangements can be made with the letters of the word "
                  "SCHOOL?", "360")
