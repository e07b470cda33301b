"""A hyphenated count that names a kind of thing ("two-digit numbers", "5-letter words") is
not a portion to share out: before, "How many two-digit numbers have two different digits?"
was read as 2 digits shared in portions of 2 and answered 1."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize("problem", [
    "How many three-digit numbers have two different digits?",
    "How many 5-letter words have 5 letters?",
    "How many 3-element subsets have 3 elements?",
])
def test_kinds_are_not_portions(problem):
    assert solve_now(problem).answer is None


def test_a_real_portion_still_reads():
    assert_solved("How many $\\frac{1}{8}$-cup servings are in $\\frac{3}{4}$ of a cup of rice?",
                  "6")
