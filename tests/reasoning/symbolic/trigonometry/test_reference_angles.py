"""Reference angles and least positive coterminal angles in our own wordings (answers
worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 240 is in the third quadrant: 240 - 180
    ("Find the reference angle of 240 degrees.", "60"),
    # 5 pi / 4 - pi
    (r"What is the reference angle for $\frac{5\pi}{4}$?", r"\frac{\pi}{4}"),
    # -150 is 210: 210 - 180
    (r"Find the reference angle for $-150^\circ$.", "30"),
    # 1000 - 720 = 280: 360 - 280
    ("Find the reference angle of 1000 degrees.", "80"),
    # 2 pi - 11 pi / 6
    ("find the reference angle of 11pi/6", r"\frac{\pi}{6}"),
    (r"What is the reference angle of $135^\circ$?", "45"),
    # 750 - 720
    ("Find the smallest positive angle coterminal with 750 degrees.", "30"),
    # -7 pi / 3 + 4 pi
    (r"What is the least positive angle that is coterminal with $-\frac{7\pi}{3}$?",
     r"\frac{5\pi}{3}"),
    # a whole number of turns: one full turn is the least positive
    ("Find the least positive angle coterminal with -720 degrees.", "360"),
]

DECLINED = [
    # on an axis: no reference angle in some books, 90 in others
    "Find the reference angle of 270 degrees.",
    # degrees or radians?
    "Find the reference angle of 2.",
    # the negative coterminal angle is not read
    "Find the largest negative angle coterminal with 750 degrees.",
    # a condition the reader does not apply
    "Find the reference angle of 240 degrees if it is acute.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
