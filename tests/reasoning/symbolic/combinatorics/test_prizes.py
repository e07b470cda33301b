"""Different prizes given to people (`combinatorics.prizes`). Our own problems; each count
is found again here by listing the ways."""

from __future__ import annotations

from itertools import permutations, product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 3 different prizes be given to 9 students if no student receives "
     "more than one prize?", str(sum(1 for _ in permutations(range(9), 3)))),
    ("In how many ways can 2 distinct scholarships be awarded among 11 applicants if no "
     "applicant can receive more than one scholarship?", str(sum(1 for _ in permutations(
         range(11), 2)))),
    ("In how many ways can 4 distinct awards be distributed among 5 players if a player may "
     "receive more than one award?", str(sum(1 for _ in product(range(5), repeat=4)))),
    ("In how many ways can 3 different gifts be handed out to 6 children if each child can get "
     "any number of gifts?", str(6**3)),
])
def test_different_prizes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # may one student get two? not said
    "In how many ways can 3 different prizes be given to 9 students?",
    # identical or different prizes? not said
    "In how many ways can 3 prizes be awarded to 9 students if no student gets more than one "
    "prize?",
    # more prizes than students, one each: impossible
    "In how many ways can 5 different prizes be awarded to 3 students if no student receives "
    "more than one prize?",
])
def test_prizes_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # alike prizes, one each: the set of winners, C(7, 3)
    ("In how many ways can 3 identical prizes be given to 7 students if no student gets more "
     "than one prize?", "35"),
    # alike prizes, several each: how many each gets, C(7 + 3 - 1, 3)
    ("In how many ways can 3 identical prizes be given to 7 students if a student can receive "
     "more than one prize?", "84"),
    ("In how many ways can 4 indistinguishable medals be awarded to 5 athletes if each athlete "
     "may receive any number of medals?", "70"),
])
def test_identical_prizes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # identical prizes, whether one may get two not said
    "In how many ways can 3 identical prizes be given to 7 students?",
    "In how many ways can 8 identical prizes be given to 5 students if no student gets more "
    "than one prize?",
])
def test_identical_prizes_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
