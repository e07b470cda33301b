"""The angle of equal slices of a round whole (prealgebra/equal_sectors.py), typed as a
student types it. Our own wordings, answers worked by hand (360 k / n degrees); near misses
(slices not said to be equal, a whole that need not be round, more slices than the whole
has, another measure asked) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("a pizza is cut into 10 equal slices. what is the angle of each slice", "36"),
    ("A pie is sliced into 5 equal pieces. What is the central angle of each piece?", "72"),
    ("a circle is divided into 24 congruent sectors. whats the angle of one sector in degrees",
     "15"),
    ("a round cake is cut into 16 equal pieces. what is the angle at the centre of each piece",
     "\\frac{45}{2}"),
    ("a pizza is cut into twelve equal slices. how many degrees are in 4 slices", "120"),
    ("a pie is cut into 7 equal slices. what is the angle of each slice", "\\frac{360}{7}"),
]

NEAR_MISSES = [
    # slices not said to be equal
    "a pizza is cut into 10 slices. what is the angle of each slice",
    # a cake need not be round
    "a cake is cut into 10 equal pieces. what is the angle of each piece",
    # more slices than the pizza has
    "a pizza is cut into 6 equal slices. what is the angle of 8 slices",
    # another measure asked
    "a pizza is cut into 6 equal slices. what is the area of each slice",
    # a slice asked that is not the part cut
    "a pie is cut into 6 equal wedges. what is the angle of each slice",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_equal_slice_angles_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_equal_slice_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
