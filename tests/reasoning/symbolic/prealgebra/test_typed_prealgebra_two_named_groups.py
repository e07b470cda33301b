"""Two overlapping groups (prealgebra/two_sets.py) whose question names the two groups by a
count: "neither of the two clubs", "not in any of these two classes", "either of the 2 teams".
The 2 there counts the groups, not people. Our own stories; answers by hand (the comment) from
total = A + B - both + neither."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    # 45 - (21 + 17 - 8)
    ("A sports club has 45 members. 21 members play squash and 17 play badminton, including 8 "
     "who play both. How many members play neither of the two sports?", "15"),
    # 60 - (33 + 29 - 14) = 12
    ("Of the 60 pupils in a year group, 33 joined the choir and 29 joined the band, and 14 "
     "joined both. How many pupils did not join any of these 2 groups?", "12"),
    # 36 - (20 + 15 - 7)
    ("There are 36 students in a class. 20 take French, 15 take German and 7 take both. How "
     "many students take none of the 2 languages?", "8"),
])
def test_two_groups_named_by_a_count(problem, answer):
    assert_solved(problem, answer)
