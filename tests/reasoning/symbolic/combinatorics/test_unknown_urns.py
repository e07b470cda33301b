"""Two urns of the same two colours, one count of the second unknown, found from the told
chance that one ball from each matches (combinatorics/unknown_urns.py). Our own problems;
none or several counts, or colours that differ, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (4 * 3 + 6 * 2) / (10 * 5) = 24/50 = 12/25
    ("One jar has 4 red marbles and 6 white marbles. A second jar has 3 red marbles and n "
     "white marbles. One marble is drawn at random from each jar. The probability that the two "
     "marbles are the same colour is 12/25. Find n.", "2"),
    # different colours: (3 * 2 + 1 * 6) / (4 * 8) = 12/32 = 3/8
    ("an urn holds 3 red balls and 1 blue ball and another urn holds N red balls and 2 blue "
     "balls. a ball is drawn at random from each urn. the chance that both balls are different "
     "colours is $\\frac{3}{8}$. find N", "6"),
])
def test_unknown_urns(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # (5k + 10) / (10(k + 2)) = 1/2 for every k: no one count
    "One urn has 5 black balls and 5 white balls. A second urn has k black balls and 2 white "
    "balls. One ball is drawn at random from each urn. The probability that the two balls are "
    "the same colour is 1/2. Find k.",
    # the second urn's colours are not the first's
    "One jar has 4 red marbles and 6 white marbles. A second jar has 3 red marbles and n green "
    "marbles. One marble is drawn at random from each jar. The probability that the two "
    "marbles are the same colour is 12/25. Find n.",
])
def test_unknown_urns_decline(problem):
    assert solve_now(problem).answer is None
