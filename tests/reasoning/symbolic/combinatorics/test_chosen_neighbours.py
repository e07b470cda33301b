"""Some of the people (chairs, seats) around a round table or in a row chosen at random, and
whether two chosen ones are next to each other (`combinatorics.chosen_neighbours`). Our own
problems; each answer worked out by hand in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 9 neighbouring pairs around the table of C(9, 2) = 36
    ("Nine guests sit at a round table. Two of them are chosen at random. What is the "
     "probability that the two chosen guests are sitting next to each other?", "\\frac{1}{4}"),
    # 16/13 C(13, 3) = 352 spaced choices of C(16, 3) = 560
    ("Sixteen knights sit around a circular table. Three of them are picked at random. What is "
     "the probability that no two of the picked knights were sitting next to each other?",
     "\\frac{22}{35}"),
    # C(16, 5) = 4368 spaced choices of C(20, 5) = 15504; the other 11136 have neighbours
    ("Twenty chairs stand in a row. Five of them are selected at random. What is the "
     "probability that at least two of the selected chairs are adjacent?", "\\frac{232}{323}"),
    # 12/9 C(9, 3) = 112
    ("In how many ways can 3 of the 12 seats around a round table be chosen so that no two "
     "chosen seats are adjacent?", "112"),
    # 8/5 C(5, 3) = 16 of C(8, 3) = 56
    ("8 children stand in a circle. 3 of them are chosen at random. What is the probability "
     "that no two of the chosen children are next to each other?", "\\frac{2}{7}"),
    # in a row: C(6 - 2 + 1, 2) = 10 spaced pairs
    ("How many ways can 2 of the 6 chairs in a row be chosen so that no two chosen chairs are "
     "next to each other?", "10"),
    # C(11 - 4 + 1, 4) = 70 spaced choices of C(11, 4) = 330; the other 260 have neighbours
    ("Eleven lockers are in a row. Four of the lockers are chosen at random. What is the "
     "probability that at least two of the chosen lockers are next to each other?",
     "\\frac{26}{33}"),
])
def test_chosen_ones_next_to_each_other(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the table's shape is not said: around a round table 5/12, in a row 7/15
    "Ten knights sit at a table. Three of them are chosen at random. What is the probability "
    "that no two of the chosen knights were sitting next to each other?",
    # all three together is another event
    "Ten knights sit at a round table. Three of them are chosen at random. What is the "
    "probability that all three of the chosen knights were sitting next to each other?",
    # 'the two chosen' when three are chosen
    "Ten knights sit at a round table. Three of them are chosen at random. What is the "
    "probability that the two chosen knights were sitting next to each other?",
])
def test_declines_what_it_cannot_read(problem):
    assert solve_now(problem).answer is None
