"""Three overlapping groups (a three-circle Venn diagram), read clause by clause and solved by
inclusion-exclusion, confirmed by filling the eight regions. Our own problems; the answers
worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

# regions: all three 4; art & music only 5, art & drama only 2, music & drama only 3;
# art only 14, music only 10, drama only 9; at least one 47
_CLUB = ("Of 60 students, 25 take art, 22 take music, 18 take drama, 9 take both art and "
         "music, 6 take both art and drama, 7 take both music and drama, and 4 take all three. ")


@pytest.mark.parametrize(("problem", "answer"), [
    (_CLUB + "How many students take none of the three classes?", "13"),
    (_CLUB + "How many students take at least one of the three classes?", "47"),
    (_CLUB + "How many students take only art?", "14"),
    (_CLUB + "How many students take exactly one of the three classes?", "33"),
    (_CLUB + "How many students take exactly two of the three classes?", "10"),
    # all three missing, none told: 60 = 13 + 65 - 22 + t
    ("Of 60 students, 25 take art, 22 take music, 18 take drama, 9 take both art and music, 6 "
     "take both art and drama, 7 take both music and drama, and 13 take none of the three. "
     "How many students take all three classes?", "4"),
    # other words: "in a group of", "play", articles before the names
    ("In a group of 50 children, 21 play chess, 17 play cards, 12 play darts, 6 play chess and "
     "cards, 5 play chess and darts, 4 play cards and darts, and 2 play all three games. How "
     "many children play none of these games?", "13"),
    ("In a class of 30 students, 14 own a dog, 12 own a cat, 9 own a bird, 5 own a dog and a "
     "cat, 4 own a dog and a bird, 3 own a cat and a bird, and 2 own all three. How many "
     "students own none of them?", "5"),
])
def test_three_sets(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "only" changes what a count means
    "Of 60 students, 25 take only art, 22 take music, 18 take drama, 9 take both art and "
    "music, 6 take both art and drama, 7 take both music and drama, and 4 take all three. How "
    "many students take none of the three classes?",
    # a pair told as "of the art students ... also"
    "Of 60 students, 25 take art, 22 take music, 18 take drama, 9 of the art students also "
    "take music, 6 take both art and drama, 7 take both music and drama, and 4 take all three. "
    "How many students take none of the three classes?",
    # more in all three than in a pair: a region would be negative
    "Of 60 students, 25 take art, 22 take music, 18 take drama, 9 take both art and music, 6 "
    "take both art and drama, 7 take both music and drama, and 8 take all three. How many "
    "students take none of the three classes?",
    # a question the reader does not read
    _CLUB + "How many students take art but not music?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
