"""Rows of things of a few kinds, each kind identical (combinatorics/identical_rows.py): our
own problems, counted by hand as n! / (a! b! ...)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6! / (3! 3!) = 20
    ("In how many ways can 3 identical black marbles and 3 identical white marbles be "
     "arranged in a row?", "20"),
    ("How many ways are there to line up 3 identical black marbles and 3 identical white "
     "marbles?", "20"),
    # 6! / (2! 3! 1!) = 60: a kind of one thing needs no word
    ("How many distinct arrangements of 2 identical red flags, 3 identical blue flags and 1 "
     "green flag are there on a pole?", "60"),
    # 8! / (6! 2!) = 28, the sameness said once for every kind
    ("In how many different ways can 6 yellow beads and 2 purple beads be placed in a line if "
     "beads of the same colour are indistinguishable?", "28"),
    # 9! / (4! 5!) = 126: more than 8 things, confirmed by the places of each kind
    ("How many different ways can 4 identical history books and 5 identical science books be "
     "put on a shelf?", "126"),
])
def test_rows_of_identical_things(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert any("\\frac" in s.latex for s in sol.steps)


@pytest.mark.parametrize("problem", [
    # nothing says the balls of one colour are identical: 7! or 35?
    "In how many ways can 4 red balls and 3 blue balls be arranged in a row?",
    # only one kind said to be identical
    "In how many ways can 4 identical red balls and 3 blue balls be arranged in a row?",
    # a circle, and a condition on the row: other questions
    "In how many ways can 3 identical red beads and 3 identical blue beads be arranged in a "
    "circle?",
    "In how many ways can 3 identical red balls and 3 identical blue balls be arranged in a row "
    "so that no two red balls are next to each other?",
])
def test_rows_that_read_two_ways_or_ask_more_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5! / (3! 2!): "can you arrange"
    ("How many ways can you arrange 3 identical red flags and 2 identical blue flags in a row?",
     "10"),
    # 7! / (4! 2! 1!)
    ("In how many ways can we line up 4 identical green marbles, 2 identical white marbles and "
     "1 black marble?", "105"),
])
def test_arranged_by_someone(problem, answer):
    assert_solved(problem, answer)


def test_arranged_by_someone_without_identical_is_declined():
    assert solve_now("In how many ways can you arrange 3 red flags and 2 blue flags in a "
                     "row?").answer is None
