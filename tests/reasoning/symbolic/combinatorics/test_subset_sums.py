"""Subsets of a listed set told by the sum of their members. Our own problems, the answers
worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # toggling 1 flips the parity: half of 2^7
    ("How many subsets of $\\{1,2,3,4,5,6,7\\}$ have an odd sum?", "64"),
    ("How many subsets of $\\{1, 2, 3, 4, 5, 6, 7, 8, 9\\}$ have a sum that is odd?", "256"),
    # half of 2^6, less the empty set
    ("How many non-empty subsets of $\\{1,2,3,4,5,6\\}$ have an even sum?", "31"),
    # {10}, four pairs, four triples, {1,2,3,4}
    ("How many subsets of $\\{1, 2, 3, \\ldots, 10\\}$ have elements that add up to 10?", "10"),
    # residues 0: {3,6}, 1: {1,4,7}, 2: {2,5,8}: 1 + 1 + 2*3*3
    ("How many 3-element subsets of $\\{1, 2, 3, 4, 5, 6, 7, 8\\}$ have a sum divisible by 3?",
     "20"),
    # sums 5: {5},{1,4},{2,3}; 10: {1,4,5},{2,3,5},{1,2,3,4}; 15: all
    ("How many nonempty subsets of $\\{1, 2, 3, 4, 5\\}$ have a sum that is a multiple of 5?",
     "7"),
])
def test_subset_sums(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the empty set (sum 0) counts or not: not said
    "How many subsets of $\\{1,2,3,4,5,6\\}$ have an even sum?",
    "How many subsets of $\\{1,2,3,4,5\\}$ whose elements sum to an even number are there?",
    # none qualifies
    "How many subsets of $\\{2, 4, 6, 8\\}$ have an odd sum?",
    # a product is not read
    "How many subsets of $\\{1,2,3,4,5\\}$ have an odd product?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
