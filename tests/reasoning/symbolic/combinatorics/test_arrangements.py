"""Some of a group in a row: "3 of 8 different books arranged on a shelf" is 8 * 7 * 6.
Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 3 of 8 different books be arranged on a shelf?", "336"),
    ("In how many ways can 4 of the 10 students stand in a line?", "5040"),
    ("In how many ways can 3 of 7 different trophies be placed in a row?", "210"),
])
def test_some_in_a_row(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # books not said different may be copies of one book
    "In how many ways can 3 of 8 books be arranged on a shelf?",
    # a condition on top of the choice
    "In how many ways can 3 of 8 different books be arranged on a shelf if two of them must "
    "be next to each other?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
