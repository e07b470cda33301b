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


@pytest.mark.parametrize(("problem", "answer"), [
    # (61/4) / 3 = 61/12
    (r"A tin holds $15\frac{1}{4}$ cups of oats. If one serving is 3 cups, how many servings "
     r"does the tin hold? Express your answer as a mixed number.", r"5\frac{1}{12}"),
    # 18 / 3
    ("A pot contains 18 cups of soup. If one serving is 3 cups, how many servings does the "
     "pot contain?", "6"),
])
def test_the_portion_said_with_if(problem, answer):
    assert_solved(problem, answer)


def test_another_if_still_declines():
    assert solve_now("A pot contains 18 cups of soup. If one serving is 3 cups and Ann eats 2 "
                     "servings, how many servings does the pot contain?").answer is None
