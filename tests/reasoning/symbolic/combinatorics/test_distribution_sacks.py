"""Distributions said with sacks, 'with no bag empty', and things owned first then 'be put
into' the boxes (combinatorics/distributions.py). Our own problems: Stirling numbers and
partitions, confirmed by listing every assignment."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # S(7, 2) = 63
    ("How many ways are there to split 7 different stamps into 2 identical envelopes with no "
     "envelope empty?", "63"),
    # S(4, 1) + S(4, 2) = 1 + 7 = 8
    ("Ravi has 4 different toys and 2 identical sacks. In how many ways can the toys be put "
     "into the sacks, if a sack may be left empty?", "8"),
    # partitions of 5 into 3 parts: 3+1+1, 2+2+1
    ("in how many ways can 5 identical coins be placed into 3 identical sacks with no sack "
     "empty", "2"),
])
def test_distribution_sacks(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a bound on each sack is another count
    "Ravi has 4 different toys and 2 identical sacks. In how many ways can the toys be put "
    "into the sacks, if each sack holds at most 3 toys?",
    # the toys owned are not the things put into the sacks
    "Ravi has 4 different toys and 2 identical sacks. In how many ways can the books be put "
    "into the sacks, if a sack may be left empty?",
])
def test_distribution_sacks_decline(problem):
    assert solve_now(problem).answer is None
