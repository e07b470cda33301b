"""Distributions where no lower bound is said outright ("each student can receive any
number of books", "a box may be left empty"). Our own problems, the answers worked out by
hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 5 different books be distributed among 3 students if each student "
     "can receive any number of books?", "243"),  # 3^5
    ("In how many ways can 6 identical balls be put into 3 distinct boxes if a box may be left "
     "empty?", "28"),  # C(8, 2)
    ("In how many ways can 6 identical candies be given to 4 children if each child can "
     "receive any number of candies?", "84"),  # C(9, 3)
])
def test_no_lower_bound(problem, answer):
    assert_solved(problem, answer)


def test_bound_said_both_ways_is_declined():
    assert solve_now("In how many ways can 6 identical candies be given to 4 children if each "
                     "child can receive any number of candies and each child gets at least 1 "
                     "candy?").answer is None
