"""Arcs of a circle told in more wordings (`figure_questions` with `figure_wording`): an arc's
length said after its central angle ("has a length of"), an arc that "lies on" a circle, a
central angle that "cuts off" an arc, and an inscribed angle (half the central angle on its
arc). Our own problems (answers worked by hand in the comments), and near misses that must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 80 / 360 * 2 pi r = 8 pi
    ("An arc with a central angle of $80^\\circ$ has a length of $8\\pi$. What is the radius "
     "of the circle?", "18"),
    # t / 360 * 24 pi = 4 pi
    ("An arc of length $4\\pi$ lies on a circle of radius 12. What is the measure of its "
     "central angle in degrees?", "60"),
    # the arc is 80 degrees: 80 / 360 * 18 pi
    ("In a circle of radius 9, an inscribed angle measures $40^\\circ$. What is the length of "
     "the arc it intercepts?", "4\\pi"),
    # the arc is 60 degrees: 60 / 360 * 2 pi r = 5 pi
    ("An inscribed angle of $30^\\circ$ intercepts an arc of length $5\\pi$. What is the "
     "radius of the circle?", "15"),
    # the arc is 90 degrees of a circle of radius 6: 3 pi
    ("An inscribed angle in a circle of radius 6 measures $45^\\circ$. How long is the arc "
     "that it intercepts?", "3\\pi"),
    # r = 5
    ("A central angle of $72^\\circ$ cuts off an arc of length $2\\pi$. What is the "
     "circumference of the circle?", "10\\pi"),
    ("A central angle of $72^\\circ$ cuts off an arc of length $2\\pi$. What is the area of "
     "the circle?", "25\\pi"),
    # 100 / 360 * 2 pi r = 10 pi: r = 18
    ("A central angle of 100 degrees determines an arc of length $10\\pi$. What is the "
     "diameter of the circle?", "36"),
    # an inscribed angle over 90 degrees stands on a major arc of 260 degrees: 13 pi
    ("In a circle of radius 9, an inscribed angle measures $130^\\circ$. What is the length of "
     "the arc it intercepts?", "13\\pi"),
]

DECLINED = [
    # two angles that give different arcs
    "In a circle of radius 12, an inscribed angle of $30^\\circ$ and a central angle of "
    "$80^\\circ$ are drawn. What is the length of the arc?",
    # an inscribed angle not said to stand on the central angle's arc
    "In a circle of radius 10, a central angle measures $50^\\circ$. What is the measure of an "
    "inscribed angle?",
    # no radius
    "An arc of length $4\\pi$ lies on a circle. What is the measure of its central angle in "
    "degrees?",
    # an inscribed angle is under 180 degrees
    "An inscribed angle of $200^\\circ$ intercepts an arc of length $5\\pi$. What is the radius "
    "of the circle?",
    # a chord is not read here
    "In a circle of radius 9, an inscribed angle measures $40^\\circ$. What is the length of "
    "the chord it intercepts?",
    # a sphere is not the circle
    "An arc with a central angle of $80^\\circ$ has a length of $8\\pi$. What is the radius of "
    "the sphere?",
    # "near" is not on
    "An arc of length $4\\pi$ lies near a circle of radius 12. What is its central angle?",
    # two units
    "A central angle of $72^\\circ$ cuts off an arc of length $2\\pi$ cm. What is the "
    "circumference of the circle in inches?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_circle_arc_wordings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_circle_arc_wordings_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
