"""Officers when one person may hold several roles: n^r. Our own problems, the answers
worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("A club has 10 members. In how many ways can a president, vice-president and treasurer "
     "be chosen if one person can hold more than one office?", "1000"),  # 10^3
    ("Our club has 12 members. In how many ways can we choose a president and a secretary if "
     "members may hold more than one position?", "144"),  # 12^2
    # one role each: 10 * 9 * 8
    ("A club has 10 members. In how many ways can a president, vice-president and treasurer "
     "be chosen if no member can hold more than one office?", "720"),
    # "they must be different people": 14 * 13; 9 * 8
    ("In how many ways can a captain and a co-captain be chosen from 14 players if they must "
     "be different people?", "182"),
    ("In how many ways can a president and a treasurer be chosen from a club of 9 members if "
     "the two must be different people?", "72"),
])
def test_roles(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not said whether one person may hold both
    "A club has 10 members. In how many ways can a president and a treasurer be chosen?",
    # said both ways
    "A club has 10 members. In how many ways can a president and a treasurer be chosen if one "
    "person can hold more than one office and no member can hold more than one office?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 'one person cannot hold both jobs', and the club as the one who picks: 15 * 14
    ("How many ways can a club of 15 pick a president and a secretary if one person cannot "
     "hold both jobs?", "210"),
    ("Our team has 9 players. In how many ways can we choose a captain and a vice-captain if "
     "one player may not hold both positions?", "72"),
    ("How many ways can a class of 20 students elect a president, a secretary and a treasurer "
     "if a student cannot hold more than one office?", str(20 * 19 * 18)),
])
def test_one_person_cannot_hold_both(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # whether one person may hold both is not said
    "How many ways can a club of 15 pick a president and a secretary?",
    # how many are in the club is not said
    "How many ways can a club pick a president and a secretary if one person cannot hold "
    "both jobs?",
])
def test_one_person_cannot_hold_both_declined(problem):
    assert solve_now(problem).answer is None
