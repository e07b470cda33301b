"""Choices said to be in order (`combinatorics.ordered_choices`): our own problems, each
count worked again here by listing the ordered choices."""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(n: int, k: int) -> str:
    return str(sum(1 for _ in permutations(range(n), k)))


@pytest.mark.parametrize(("problem", "n", "k"), [
    ("How many ways can 4 people be chosen from 10 if order matters?", 10, 4),
    ("How many ways can 4 people be chosen in order from 10?", 10, 4),
    ("In how many ways can 3 books be chosen from 7 if the order matters?", 7, 3),
    ("How many ways can 5 students be selected from 9 if the order of selection matters?", 9, 5),
    ("How many ways can 2 people be chosen from 11 if order is important?", 11, 2),
    ("How many ways can 3 students be picked from a class of 12 if the order matters?", 12, 3),
    ("In how many ways can 2 books be chosen from 9 (the order of selection is important)?", 9,
     2),
    ("How many ways can 6 songs be picked from 8, in order?", 8, 6),
])
def test_in_order(problem, n, k):
    assert_solved(problem, _listed(n, k))


@pytest.mark.parametrize("problem", [
    "How many ways can 4 people be chosen from 10 in any order?",  # order free
    "How many ways can 12 people be chosen from 10 if order matters?",  # more than there are
    # a committee has no order
    "How many ways can a committee of 3 be chosen from 8 people if order matters?",
    # a condition on top
    "How many ways can 4 people be chosen from 10 if order matters and Ann must be chosen?",
    # an order of what is done with them, not of the choice
    "In how many ways can Ann choose 3 of 8 books to read in order?",
    # 'order' said twice
    "How many ways can 4 people be chosen from 10 in order if order matters?",
])
def test_in_order_declined(problem):
    assert solve_now(problem).answer is None


def test_order_denied_is_still_unordered():
    assert_solved("How many ways can 4 people be chosen from 10 if order does not matter?", "210")


def test_pool_said_as_a_team():
    # "from a team of 11" names the pool; the choice itself has an order
    assert_solved("In how many ways can 2 players be chosen from a team of 11 if order matters?",
                  _listed(11, 2))
