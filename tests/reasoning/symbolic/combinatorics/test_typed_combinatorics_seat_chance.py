"""Two people take seats at random in a row or around a round table: the probability that
they are (or are not) next to each other. Our own problems; adjacent ordered pairs
counted by hand in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a row of 9: 2 * 8 adjacent ordered pairs of 9 * 8
    ("Ana and Bo take a seat at random in a row of 9 chairs. Find the probability that they "
     "end up sitting next to each other.", "2/9"),
    # a table of 8: 2 * 8 adjacent of 8 * 7, so 5/7 apart
    ("Two people sit down at random around a round table with 8 seats. What is the "
     "probability that they are not next to each other?", "5/7"),
    # a row of 5: 8 adjacent of 20, 12 apart
    ("Kai and Lu are seated randomly in a row of 5 seats. Find the chance that Kai and Lu do "
     "not sit next to each other.", "3/5"),
])
def test_seats_side_by_side(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # nothing says the seats are chosen at random
    "Ana and Bo take a seat in a row of 9 chairs. Find the probability that they end up "
    "sitting next to each other.",
    # the question names someone else
    "Ana and Bo take a seat at random in a row of 9 chairs. Find the probability that Ana and "
    "Cy end up sitting next to each other.",
    # three people: another count
    "Three people sit down at random around a round table with 8 seats. What is the "
    "probability that they are not next to each other?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
