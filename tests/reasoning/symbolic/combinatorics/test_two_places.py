"""Identical things, each in one of two places (`combinatorics.two_places`). Our own
problems; each answer worked out by hand in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 to 10 goats in the field: 8 ways
    ("A farm has 10 identical goats. Each goat is either in the barn or in the field, and at "
     "least 3 goats are in the field. How many different ways can this be?", "8"),
    # 1 to 5 boats on the lake
    ("There are 6 identical boats. Some of them are on the lake and the rest are at the dock, "
     "with at least one boat in each place. How many ways can this be?", "5"),
    # 0 to 4 trophies at home
    ("a club has 4 identical trophies. each trophy is either at home or at school. how many "
     "different ways can that be", "5"),
    # 2 to 9 of 11 copies on the shelf
    ("A teacher keeps 11 identical copies of a workbook. At any time some of the copies are on "
     "the shelf and the rest are lent out. In how many ways can this be if at least two copies "
     "are on the shelf and at least two copies are lent out?", "8"),
])
def test_identical_things_in_two_places(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # may 'some' be none? 8 ways or 6
    "A library owns 7 identical copies of a novel. At any time some of the copies are in the "
    "library and the rest are checked out. How many different ways can this be?",
    # a least number for one place only: may the other be empty?
    "A library owns 7 identical copies of a novel. At any time some of the copies are in the "
    "library and the rest are checked out. In how many ways can this be if at least one copy is "
    "in the library?",
    # a least number for a place not named
    "A library owns 7 identical copies of a novel. At any time some of the copies are in the "
    "library and the rest are checked out. In how many ways can this be if at least one copy is "
    "in the gym?",
])
def test_declines_what_reads_two_ways(problem):
    assert solve_now(problem).answer is None


def test_things_not_said_identical_are_not_counted_as_identical():
    # each copy chooses its place (2^7 - 2 = 126); 6 would count them as identical
    sol = solve_now("A library owns 7 copies of a novel. At any time some of the copies are in "
                    "the library and the rest are checked out. In how many ways can this be if "
                    "at least one copy is in the library and at least one copy is checked out?")
    assert sol.answer is None or str(sol.answer) != "6"
