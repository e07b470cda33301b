"""A group of k chosen from n with one of the k given a role (captain, chair, leader):
C(n, k) * k. Our own problems; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(11, 6) * 6 = 462 * 6
    ("In how many ways can a team of 6 with a designated captain be chosen from 11 players?",
     "2772"),
    # C(12, 3) * 3 = 220 * 3
    ("From a group of 12 people, a committee of 3 is chosen, and one of the 3 is named "
     "chairperson. In how many ways can this be done?", "660"),
    # C(8, 5) * 5 = 56 * 5
    ("A team of 5 players is to be chosen from 8 players, and one of them is to be captain. "
     "How many ways can this be done?", "280"),
    # C(9, 4) * 4 = 126 * 4
    ("A committee of 4 people, one of whom is the leader, is to be chosen from 9 people. How "
     "many such committees are there?", "504"),
    ("In how many ways can a 3-person committee with a chairperson be selected from 7 people?",
     "105"),
    ("A club has 10 members. In how many ways can the club choose a 2-member committee and "
     "then name one of its members as the spokesperson?", "90"),
])
def test_led_groups(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the captain is one of the 9, not of the 5: does the captain play?
    "A team of 5 players is to be chosen from 9 players, and one of the 9 is to be captain. "
    "How many ways can this be done?",
    # two roles in the group
    "In how many ways can a team of 5 with a captain and a vice-captain be chosen from 9 "
    "players?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
