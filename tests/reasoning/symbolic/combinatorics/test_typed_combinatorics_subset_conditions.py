"""Subsets of a listed set of integers with conditions on their members (contains x,
contains neither x nor y, both, x but not y, only odd / even / prime members, a size,
non-empty, proper). Our own problems; the answers worked out by hand (2^free, binomials)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 12 is in; each of the other 5 in or out
    ("Find the number of subsets of $\\{3, 6, 9, 12, 15, 18\\}$ which include the element 12.",
     "32"),
    # the odd members 11, 13, 15, less the empty set
    ("How many nonempty subsets does $\\{10, 11, 12, 13, 14, 15\\}$ have that consist only of "
     "odd numbers?", "7"),
    ("Find the number of subsets of $\\{1,2,3,4,5,6,7,8\\}$ that contain neither 3 nor 5.",
     "64"),
    # 40 is in, two more from the other 6
    ("Count the subsets of $\\{10, 20, 30, 40, 50, 60, 70\\}$ having exactly 3 elements that "
     "contain 40.", "15"),
    ("How many subsets of $\\{1, 2, 3, \\ldots, 10\\}$ include both 2 and 9?", "256"),
    ("How many subsets of $\\{2,4,6,8,10\\}$ contain 4 but not 8?", "8"),
    # the primes 2, 3, 5, 7, less the empty set
    ("How many nonempty subsets of $\\{1,2,3,4,5,6,7,8,9\\}$ contain only prime numbers?", "15"),
    ("How many subsets of $\\{1,2,3,4,5\\}$ with exactly 2 elements do not contain 5?", "6"),
])
def test_subsets_with_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'or' is not 'and': never skipped
    "Find the number of subsets of $\\{5, 7, 9, 11\\}$ that contain 7 or 9.",
    # at least one even member: a different condition
    "Find the number of subsets of $\\{5, 6, 7, 8\\}$ that contain an even number.",
    # 9 is not in the set
    "Find the number of subsets of $\\{2, 4, 8, 16\\}$ that include the element 6.",
    # too many to list
    "Find the number of subsets of $\\{2, 4, 6, \\ldots, 80\\}$ that include the element 8.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
