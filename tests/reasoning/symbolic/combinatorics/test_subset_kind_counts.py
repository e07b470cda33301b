"""Subsets of a listed set holding exactly (at least, at most, no) j members of a kind
(`combinatorics.subset_kind_counts`). Our own problems; each count worked out by hand in the
comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_EIGHT = "How many subsets of $\\{1,2,3,4,5,6,7,8\\}$ "


@pytest.mark.parametrize(("problem", "answer"), [
    (_EIGHT + "contain exactly 2 even numbers?", "96"),  # C(4,2) 2^4
    # primes 2, 3, 5, 7: (1 + 4) 2^6, less the empty set
    ("How many non-empty subsets of $\\{1,2,3,4,5,6,7,8,9,10\\}$ have at most one prime number?",
     "319"),
    # C(3,2) C(6,2) + C(3,3) C(6,1)
    ("How many 4-element subsets of $\\{1,2,3,4,5,6,7,8,9\\}$ contain at least 2 multiples of 3?",
     "51"),
    ("How many subsets of $\\{2,3,4,5,6\\}$ contain no odd numbers?", "8"),  # subsets of 2, 4, 6
    # 32 - 2^3 without an even, less the whole set
    ("How many proper subsets of $\\{1,2,3,4,5\\}$ contain at least 1 even number?", "23"),
    (_EIGHT + "contain at most 1 odd number?", "80"),  # (1 + 4) 2^4
])
def test_subset_kind_counts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    _EIGHT + "contain exactly 2 even numbers and 1 odd number?",
    _EIGHT + "contain exactly 5 even numbers?",  # only 4 are even
    _EIGHT + "contain exactly 2 even numbers twice?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
