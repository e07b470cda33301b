"""A run of at least k of one side among n flips of a fair coin. Our own problems; the
answers counted again here by listing every sequence."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _run_chance(n: int, k: int) -> str:
    seqs = ["".join(s) for s in product("HT", repeat=n)]
    p = Fraction(sum(1 for s in seqs if "H" * k in s), len(seqs))
    return f"\\frac{{{p.numerator}}}{{{p.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Lena flips a fair coin 8 times. Find the chance that she sees at least 4 consecutive "
     "heads.", _run_chance(8, 4)),
    ("A coin is tossed 6 times. What is the probability of getting at least 3 tails in a row?",
     _run_chance(6, 3)),
    ("A fair coin is flipped 5 times. What is the probability of getting 3 or more consecutive "
     "heads?", _run_chance(5, 3)),
    ("A fair coin is flipped 4 times. What is the chance of seeing at least 2 consecutive "
     "tails?", _run_chance(4, 2)),
])
def test_runs_of_flips(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # '3 heads in a row' alone may mean exactly three
    "A fair coin is flipped 5 times. What is the probability of getting 3 heads in a row?",
    # a run longer than the flips
    "A fair coin is flipped 3 times. What is the probability of getting at least 4 consecutive "
    "heads?",
    # coins tossed at once are not in a row
    "Five fair coins are tossed. What is the probability of getting at least 3 consecutive "
    "heads?",
])
def test_runs_that_read_two_ways_decline(problem):
    assert solve_now(problem).answer is None
