"""Subsets whose size is bounded (combinatorics/subset_sizes.py). Our own problems, the
answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2^7 less the empty set and the 7 singletons
    ("How many subsets of a set with 7 elements have at least 2 elements?", "120"),
    # 1 + 6 + 15
    ("How many subsets of $\\{1, 2, 3, 4, 5, 6\\}$ contain at most 2 elements?", "22"),
    # C(9, 7) + C(9, 8) + C(9, 9) = 36 + 9 + 1
    ("How many subsets with more than 6 elements does a 9-element set have?", "46"),
    # 1 + 5 = 6 of the 32 subsets of a 5-element set
    ("How many subsets of a set with 5 elements have fewer than 2 elements?", "6"),
])
def test_sized_subsets(problem, answer):
    assert_solved(problem, answer)


def test_a_bound_every_subset_meets_is_declined():
    assert solve_now("How many subsets of a set with 5 elements have at least 0 "
                     "elements?").answer is None
