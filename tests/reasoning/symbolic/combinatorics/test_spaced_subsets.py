"""Subsets with no two consecutive integers (combinatorics/spaced_subsets.py). Our own
problems, the answers worked out by hand."""

from __future__ import annotations

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_no_two_consecutive():
    # {1, ..., 6}: the Fibonacci number F(8) = 21 (the empty set among them)
    assert_solved("How many subsets of $\\{1, 2, 3, 4, 5, 6\\}$ contain no two consecutive "
                  "integers?", "21")
    # {1, ..., 7}: F(9) - 1 = 33 without the empty set
    assert_solved("How many non-empty subsets of $\\{1, 2, 3, \\ldots, 7\\}$ do not contain two "
                  "consecutive numbers?", "33")
    # size 2 from 1..7: C(6, 2) = 15
    assert_solved("How many 2-element subsets of $\\{1, 2, 3, 4, 5, 6, 7\\}$ contain no two "
                  "consecutive integers?", "15")
    # {2, 3} and {7, 8} each allow 3 choices (none, one, the other), 11 is free: 3 * 3 * 2
    assert_solved("How many subsets of $\\{2, 3, 7, 8, 11\\}$ contain no two consecutive "
                  "integers?", "18")


def test_proper_subsets_are_declined():
    assert solve_now("How many proper subsets of $\\{1, 2, 3, 4\\}$ contain no two "
                     "consecutive integers?").answer is None
