"""Orders in a row with a condition on the ends: both ends from one group, one named person
at an end or at neither end. Our own problems; answers by filling the ends first."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 2 * 5!
    ("In how many ways can 3 different poetry books and 4 different novel books be arranged on "
     "a shelf if a poetry book must be at each end?", "720"),
    # 4 * 3 * 4!
    ("How many ways are there for 2 boys and 4 girls to stand in a row if girls must stand at "
     "both ends?", "288"),
    # 2 * 1 * 4!
    ("How many ways can I line up 2 different red candles and 4 different white candles on a "
     "shelf if there must be a red candle on both ends?", "48"),
    # 2 * 6!
    ("In how many ways can 7 friends stand in a line if Mei must stand at one of the ends?",
     "1440"),
    # 3 * 4!
    ("In how many ways can 5 runners line up if Ezra cannot stand at either end?", "72"),
    ("In how many ways can 6 students be seated in a row if Tariq is not at either end?",
     "480"),
])
def test_orders_with_a_condition_on_the_ends(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the books are not said to be different
    "In how many ways can 3 poetry books and 4 novel books be arranged on a shelf if a poetry "
    "book must be at each end?",
    # a group the problem does not have
    "In how many ways can 3 different poetry books and 4 different novel books be arranged on "
    "a shelf if a history book must be at each end?",
    # which end each of two people takes: two conditions (one person at the left end is
    # read: test_row_ends)
    "In how many ways can 7 friends stand in a line if Mei must stand at the left end and Jo "
    "at the right end?",
    # two named people
    "In how many ways can 7 friends stand in a line if Mei and Jo must stand at the ends?",
    # one group only: 'a friend at each end' names no part of the group
    "In how many ways can 7 friends stand in a line if a friend must stand at each end?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
