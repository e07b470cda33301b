"""Draws in order from numbered items (`combinatorics.ordered_draws`): kept out after drawing
(n (n - 1) ...) or put back (n^k). Our own problems; each count is listed here again."""

from __future__ import annotations

from itertools import permutations, product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Fifteen tiles numbered 1 through 15 are placed in a bag. In how many ways can 2 tiles be "
     "drawn in order from the bag, if each tile stays outside the bag after it is drawn?",
     str(sum(1 for _ in permutations(range(15), 2)))),
    ("Eight cards numbered 1 to 8 are put in a box. In how many ways can 3 cards be drawn, in "
     "order, with replacement?", str(sum(1 for _ in product(range(8), repeat=3)))),
    ("Twenty chips numbered from 1 to 20 are in a jar. How many ways are there for 3 chips to be "
     "picked in order without replacement?", str(sum(1 for _ in permutations(range(20), 3)))),
    ("Six balls labeled 1 through 6 are placed into an urn. In how many ways can 4 balls be "
     "drawn in order if each ball is put back after it is drawn?",
     str(sum(1 for _ in product(range(6), repeat=4)))),
])
def test_ordered_draws(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # whether a drawn tile goes back is not said
    "Nine tiles numbered 1 through 9 are in a bag. In how many ways can 3 tiles be drawn in "
    "order from the bag?",
    # the numbers do not match the count of tiles
    "Nine tiles numbered 1 through 8 are in a bag. In how many ways can 3 tiles be drawn in "
    "order from the bag without replacement?",
    # more drawn than there are, none put back
    "Four cards numbered 1 to 4 are put in a box. In how many ways can 5 cards be drawn, in "
    "order, without replacement?",
])
def test_ordered_draws_declined(problem):
    assert solve_now(problem).answer is None
