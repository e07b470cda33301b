"""Two circles whose arcs of different angles have equal lengths (`geometry.equal_arcs`):
the radii are inversely proportional to the angles. Our own problems, answers worked out by
hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 36 r_A = 54 r_B: r_A / r_B = 3/2, areas 9/4
    ("An arc of 36 degrees on circle A is as long as an arc of 54 degrees on circle B. What is "
     "the ratio of the area of circle A to the area of circle B?", "\\frac{9}{4}"),
    # r_P / r_Q = 100 / 25 = 4
    ("A $25^\\circ$ arc of circle $P$ has the same length as a $100^\\circ$ arc of circle $Q$. "
     "What is the ratio of the radius of circle P to the radius of circle Q?", "4"),
    # smaller: 90 degrees, larger: 60 degrees; r_s / r_l = 2/3, areas 4/9
    ("Two circles share the center O. An arc of the smaller circle cut by a 90 degree angle at O "
     "is as long as an arc of the larger circle cut by a 60 degree angle at O. What is the ratio "
     "of the area of the smaller circle to the area of the larger circle? Express your answer "
     "as a common fraction.", "\\frac{4}{9}"),
    # the twin of the near miss below, angles the right way round: r_s / r_l = 30/60, areas 1/4
    ("Two circles share the center O. An arc of the smaller circle cut by a 60 degree angle at O "
     "is as long as an arc of the larger circle cut by a 30 degree angle at O. What is the ratio "
     "of the area of the smaller circle to the area of the larger circle?", "\\frac{1}{4}"),
    # "and ... have equal lengths"; diameters go as radii: 30/45
    ("A 45 degree arc of circle E and a 30 degree arc of circle F have equal lengths. Find the "
     "ratio of the diameter of circle E to the diameter of circle F.", "\\frac{2}{3}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_equal_arcs_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # angles not said to be degrees
    "An arc of 36 on circle A is as long as an arc of 54 on circle B. What is the ratio of the "
    "area of circle A to the area of circle B?",
    # the "smaller" circle would be the larger one
    "Two circles share the center O. An arc of the smaller circle cut by a 30 degree angle at O "
    "is as long as an arc of the larger circle cut by a 60 degree angle at O. What is the ratio "
    "of the area of the smaller circle to the area of the larger circle?",
    # a circle not told asked about
    "An arc of 36 degrees on circle A is as long as an arc of 54 degrees on circle B. What is "
    "the ratio of the area of circle A to the area of circle C?",
    # arcs of equal angle, not length
    "An arc of circle A has the same measure as an arc of 54 degrees on circle B and is twice "
    "as long. What is the ratio of the area of circle A to the area of circle B?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_equal_arcs_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
