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
])
def test_committees(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # teams of 4 for everyone: a division into teams, not one committee
    "In how many ways can 4 boys and 4 girls be split into teams of 4 with at least one girl "
    "in each team?",
    # "groups of 4" may be a division too
    "From 7 boys and 5 girls, how many groups of 4 can be formed with at least one girl?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
