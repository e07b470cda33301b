"""The expected number of items of one kind among those drawn from a bag
(`combinatorics.urn_wording.urn_means`, `urns.expected`). Our own problems; each is k K / N."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_BAG = "A bag has 4 red marbles and 6 blue marbles. If you draw "


@pytest.mark.parametrize(("problem", "answer"), [
    (_BAG + "2 marbles without replacement, what is the expected number of red marbles?",
     "\\frac{4}{5}"),
    ("A jar holds 3 green beads and 5 yellow beads. Four beads are drawn at random without "
     "replacement. What is the expected number of green beads drawn?", "\\frac{3}{2}"),
    ("A box contains 2 white balls, 3 black balls and 5 red balls. Three balls are drawn with "
     "replacement. What is the expected number of white balls?", "\\frac{3}{5}"),
    ("A club has 12 members: 5 boys and 7 girls. A 4-person committee is chosen at random. What "
     "is the expected number of girls on the committee?", "\\frac{7}{3}"),
    # put back or not is not said: the expectation is the same either way
    (_BAG + "5 marbles, what is the expected number of blue marbles?", "3"),
])
def test_expected_number_of_a_kind(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    _BAG + "2 marbles, what is the expected number of green marbles?",
    _BAG + "12 marbles without replacement, what is the expected number of red marbles?",
    _BAG + "2 marbles without replacement, what is the expected number of red marbles squared?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
