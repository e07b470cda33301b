"""The least positive integer whose value under a formula ends in given digits
(`number_theory.value_conditions`, the 'ends in' phrase). Our own problems; answers worked
by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 11 * 76 = 836
    ("What is the smallest positive integer $t$ such that $11t$ ends in $36$?", "76"),
    # 7k = 1 (mod 100): k = 43, 7 * 43 + 3 = 304
    ("Find the least positive integer $k$ for which $7k + 3$ ends in the digits $04$.", "43"),
    # m^2 = 6 (mod 10): m = 4, 17
    ("What is the smallest positive integer $m$ such that $m^2 + 1$ ends in $7$?", "4"),
    # 13 * 9 = 117
    ("Determine the least positive integer $j$ so that $13j$ ends with the digit $7$.", "9"),
])
def test_value_endings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an even number never ends in 5
    "What is the smallest positive integer $t$ such that $2t$ ends in $5$?",
    # no greatest one
    "What is the largest integer $t$ such that $11t$ ends in $36$?",
    # negative integers have no final digits here
    "What is the smallest integer $t$ such that $11t$ ends in $36$?",
])
def test_value_endings_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
