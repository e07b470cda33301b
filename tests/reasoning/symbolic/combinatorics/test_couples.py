"""Couples seated so that each couple sits together (`combinatorics.couples`). Our own
problems; each answer is found again here by listing the seatings."""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _together(n: int, ring: bool = False) -> str:
    """Seatings of n couples (2k and 2k + 1) with each couple side by side; around a table
    the seatings with person 0 in seat 0 (one per turn)."""
    seats, good = 2 * n, 0
    for p in permutations(range(seats)):
        if ring and p[0] != 0:
            continue
        at = {x: i for i, x in enumerate(p)}
        gaps = [abs(at[2 * k] - at[2 * k + 1]) for k in range(n)]
        if all(g == 1 or (ring and g == seats - 1) for g in gaps):
            good += 1
    return str(good)


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 4 couples sit in a row if each couple sits together?", _together(4)),
    ("In how many ways can 3 married couples be seated in a row of 6 chairs if each husband "
     "sits next to his wife?", _together(3)),
    ("How many ways can 2 pairs of twins stand in a line so that each pair of twins stands "
     "together?", _together(2)),
    ("In how many ways can 3 couples sit around a round table if every couple sits side by "
     "side?", _together(3, ring=True)),
    # a note in a sentence of its own
    ("In how many ways can 4 couples sit around a circular table if each couple must sit "
     "together? Two seatings are considered the same if one is a rotation of the other.",
     _together(4, ring=True)),
    # too many to list here: 6! 2^6 by the blocks
    ("In how many ways can 6 couples sit in a row so that every couple sits together?", "46080"),
])
def test_couples_together(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an empty chair: the couples need not fill the row
    "In how many ways can 3 couples sit in a row of 7 chairs if each couple sits together?",
    # not the couple's partner
    "In how many ways can 3 couples sit in a row if each husband sits next to his sister?",
    # apart, not together
    "In how many ways can 3 couples sit in a row if no couple sits together?",
    # a row has no turns to identify
    "In how many ways can 3 couples sit in a row if each couple sits together, if rotations "
    "are the same?",
])
def test_couples_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
