"""How many containers a number of things needs (prealgebra/containers_needed.py): the count
over the capacity, rounded up. Our own stories, answers worked out by hand; near misses
(another number, another thing counted, a remainder asked, containers already full) must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 250 / 48 = 5.2...: 6
    ("A coach holds 48 fans. How many coaches are needed to take 250 fans to the game?", "6"),
    # 75 / 10 = 7.5: 8
    ("Each carton holds 10 eggs. What is the least number of cartons needed to pack 75 eggs?",
     "8"),
    # 34 / 8 = 4.25: 5
    ("A coach wants to split 34 players into teams of at most 8 players each. What is the "
     "least number of teams he needs?", "5"),
    # 61 / 7 = 8.7...: 9
    ("A minivan can carry 7 people. What is the smallest number of minivans needed to carry "
     "61 people?", "9"),
    # 130 / 30 = 4.3...: 5
    ("How many 30-passenger buses are needed for 130 students?", "5"),
    # 96 / 12 = 8 exactly
    ("Each box holds 12 muffins. How many boxes are needed to hold 96 muffins?", "8"),
]

NEAR_MISSES = [
    "A coach holds 48 fans. How many coaches are needed to take 250 fans and 9 staff?",
    "Each carton holds 10 eggs. What is the least number of cartons needed to pack 75 apples?",
    "A coach holds 48 fans. How many fans are left over?",
    "A coach holds 48 fans. 2 coaches are already full. How many coaches are needed to take "
    "250 fans?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_containers_needed_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_containers_needed_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # the driver takes one of the 12 seats: 100 / 11, not 100 / 12
    "Each van holds 12 people, including the driver. How many vans are needed to carry 100 "
    "passengers?",
    "A minibus seats 16 people including its driver. What is the least number of minibuses "
    "needed for 70 students?",
    "Each boat holds 5 people, not counting the rower. How many boats are needed for 23 people?",
    "A car holds 4 riders besides the driver. How many cars are needed to take 18 riders?",
])
def test_a_seat_kept_for_someone_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_same_capacity_without_a_kept_seat_is_still_answered() -> None:
    # 70 / 16 = 4.375: 5
    assert_solved("A minibus seats 16 people. What is the least number of minibuses needed for "
                  "70 students?", "5")


def test_a_condition_with_no_amount_declines() -> None:
    # "if some break": how many are left to pack is not told
    assert solve_now("Each carton holds 10 eggs. How many cartons are needed for 75 eggs if "
                     "some eggs break?").answer is None
