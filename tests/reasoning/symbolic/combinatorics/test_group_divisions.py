"""A group divided into unnamed smaller groups (combinatorics/group_divisions.py): our own
problems, counted by hand as n! / (s1! s2! ...) / (the orders of groups of one size)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 6 friends be divided into two groups of 3?", "10"),  # 20 / 2
    ("In how many ways can 4 students be split into 2 pairs?", "3"),
    ("How many ways are there to split 10 campers into pairs?", "945"),  # 9 * 7 * 5 * 3
    ("How many ways can a group of 9 people be divided into a group of 2 and a group of 7?",
     "36"),
    ("In how many ways can 8 children be divided into a group of 4 and two groups of 2?",
     "210"),  # 8! / (4! 2! 2!) / 2! = 420 / 2
    # more than 10 people: confirmed by the product of binomials only
    ("In how many ways can 12 players be split into three teams of 4 players each?", "5775"),
])
def test_divisions_into_unnamed_groups(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # groups with names are told apart: another count
    "In how many ways can 6 friends be divided into a red team of 3 and a blue team of 3?",
    # sizes that do not add up to the people
    "In how many ways can 6 friends be divided into two groups of 2?",
    # pairs of an odd number of people
    "In how many ways can 7 students be split into pairs?",
    # a condition on who goes where
    "In how many ways can 6 friends be divided into two groups of 3 if Ann and Bo must be "
    "together?",
])
def test_named_groups_and_conditions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
