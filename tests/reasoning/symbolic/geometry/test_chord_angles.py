"""A chord and the central angle it subtends (geometry/chord_angles.py): the chord from the
radius, or the radius from the chord, as 2 r sin(theta / 2). Our own problems; answers worked
by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2 * 9 * sin 30 = 9
    ("In a circle with radius 9, what is the length of a chord that subtends a central angle of "
     "$60^\\circ$?", "9"),
    # 2 * 5 * sin 45 = 5 sqrt 2
    ("A chord subtends a central angle of $90^\\circ$ in a circle of radius 5. What is the "
     "length of the chord? Express your answer in simplest radical form.", "5\\sqrt{2}"),
    # 2 * 7 * sin 60 = 7 sqrt 3
    ("A central angle of $120^\\circ$ in a circle of radius 7 cuts off a chord. How long is the "
     "chord?", "7\\sqrt{3}"),
    # radius 6 (diameter 12): 2 * 6 * sin 45
    ("A chord of a circle of diameter 12 subtends a central angle of $90^\\circ$. What is the "
     "length of the chord?", "6\\sqrt{2}"),
    # 12 / (2 sin 30) = 12
    ("A chord of length 12 subtends a central angle of $60^\\circ$. What is the radius of the "
     "circle?", "12"),
    # the angle at the centre O between radii to P and Q: 2 * 3 * sin 60
    ("Points $P$ and $Q$ lie on a circle with center $O$, and $\\angle POQ = 120^\\circ$. The "
     "radius of the circle is 3. Find $PQ$.", "3\\sqrt{3}"),
    ("Points $M$ and $N$ are on a circle with center $C$ and $\\angle MCN = 90^\\circ$. If the "
     "radius is 4, what is the length of chord $MN$?", "4\\sqrt{2}"),
])
def test_a_chord_from_its_central_angle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # sin 20 degrees has no exact value
    "A chord subtends a central angle of $40^\\circ$ in a circle of radius 8. What is the "
    "length of the chord?",
    # past 180 degrees
    "A chord subtends a central angle of $200^\\circ$ in a circle of radius 8. What is the "
    "length of the chord?",
    # the angle is not at the centre
    "Points $P$ and $Q$ lie on a circle with center $O$, and $\\angle PQO = 30^\\circ$. The "
    "radius of the circle is 3. Find $PQ$.",
    # an arc asked, not the chord
    "A chord subtends a central angle of $60^\\circ$ in a circle of radius 8. What is the area "
    "of the circle?",
    # an inscribed angle, not a central one
    "A chord of a circle of radius 6 subtends an inscribed angle of $30^\\circ$. What is the "
    "length of the chord?",
])
def test_a_chord_from_its_central_angle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
