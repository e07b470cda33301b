"""Committees from two groups asked as "how many committees of k ..." and "how many such
committees": our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(12, 4) - C(7, 4) = 495 - 35
    ("From a group of 7 boys and 5 girls, how many committees of 4 can be formed with at "
     "least one girl?", "460"),
    # C(14, 5) - C(8, 5) = 2002 - 56
    ("From 6 teachers and 8 students, a committee of 5 must include at least one teacher. How "
     "many such committees are possible?", "1946"),
    # C(9, 3) C(6, 2) = 84 * 15
    ("A club has 9 men and 6 women. How many committees of 5 can be formed that contain "
     "exactly 2 women?", "1260"),
    # C(10, 4) + 5 C(10, 3) = 210 + 600
    ("A school has 5 teachers and 10 students. How many different committees of 4 have at "
     "most 1 teacher?", "810"),
    # the condition said as who must be on it: C(11, 4) - C(6, 4) = 330 - 15
    ("A committee of 4 is to be chosen from 6 men and 5 women. In how many ways can this be "
     "done if at least one woman must be on the committee?", "315"),
    # C(8, 5) + 4 C(8, 4) = 56 + 280
    ("A team of 5 is chosen from 8 boys and 4 girls. How many teams are possible if at most "
     "one girl is on the team?", "336"),
    # a condition on each group: C(12, 3) - 2 C(6, 3) = 220 - 40
    ("A club has 6 boys and 6 girls. In how many ways can a committee of 3 be chosen with at "
     "least one boy and at least one girl?", "180"),
    # C(5, 2) C(4, 2) + C(5, 3) C(4, 1) = 60 + 40
    ("From 5 seniors and 4 juniors a panel of 4 is picked. How many panels have at least 2 "
     "seniors and at least 1 junior?", "100"),
])
def test_committees(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # teams of 4 for everyone: a division into teams, not one committee
    "In how many ways can 4 boys and 4 girls be split into teams of 4 with at least one girl "
    "in each team?",
    # "groups of 4" may be a division too
    "From 7 boys and 5 girls, how many groups of 4 can be formed with at least one girl?",
    # one group named twice
    "A team of 3 is chosen from 4 boys and 4 girls. How many teams have at least 1 boy and at "
    "least 2 boys?",
    # the second count without 'at least' / 'exactly': not read
    "A club has 6 boys and 6 girls. In how many ways can a committee of 3 be chosen with at "
    "least one boy and one girl?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


def test_pool_said_as_a_senate_committee():
    # C(9, 2) C(7, 3) = 36 * 35
    assert_solved("A Senate committee has 9 Republicans and 7 Democrats. In how many ways can "
                  "we form a subcommittee with 2 Republicans and 3 Democrats?", "1260")
