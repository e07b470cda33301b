"""How many sequences n flips of a coin or n rolls of a die can give
(`combinatorics.outcome_sequences`). Our own problems; each count is listed here again."""

from __future__ import annotations

from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(results: int, n: int) -> str:
    return str(sum(1 for _ in product(range(results), repeat=n)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("A coin is tossed 9 times and the sequence of heads and tails is written down. How many "
     "different sequences are possible?", _listed(2, 9)),
    ("Nina flips a fair coin 5 times. How many distinct sequences of heads and tails can "
     "occur?", _listed(2, 5)),
    ("A fair 8-sided die is rolled 4 times, and the order of the results is noted. How many "
     "possible orders are there?", _listed(8, 4)),
    ("Tom rolls a die 3 times. How many different sequences of numbers can result?",
     _listed(6, 3)),
])
def test_outcome_sequences(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a condition on the sequences
    "A coin is tossed 9 times. How many different sequences are possible with no two tails in "
    "a row?",
    # numbers asked of coin flips
    "Nina flips a fair coin 5 times. How many distinct sequences of numbers can occur?",
])
def test_outcome_sequences_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(9, 4)
    ("A coin is flipped 9 times. How many of the possible sequences contain exactly 4 heads?",
     "126"),
    # C(7, 6) + C(7, 7)
    ("A coin is tossed 7 times. How many of the possible outcomes have at least 6 tails?", "8"),
    # C(6, 0) + C(6, 1)
    ("A coin is flipped 6 times. How many distinct sequences of heads and tails contain at most "
     "1 heads?", "7"),
])
def test_sequences_with_a_count_of_one_side(problem, answer):
    assert_solved(problem, answer)


def test_a_count_of_a_face_over_rolls_is_declined():
    assert solve_now("A die is rolled 4 times. How many of the possible sequences contain "
                     "exactly 2 sixes?").answer is None
