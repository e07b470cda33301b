"""Arcs and sectors in several wordings ("an arc cut off by a central angle", "a central angle
intercepts an arc of length", "how long is the arc"), a sector's perimeter (two radii and the
arc), and a measure told as the subject of its sentence ("The area of a sector of a circle of
radius 6 is 12 pi"). Our own problems, answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 40/360 * 2 pi * 9
    ("What is the length of an arc of a circle of radius 9 cut off by a central angle of "
     "$40^\\circ$? Express your answer in terms of $\\pi$.", "2\\pi"),
    ("In a circle with radius 12, an arc subtends a central angle of $30^\\circ$. How long is "
     "the arc?", "2\\pi"),
    ("Find the length of the arc intercepted by a central angle of $150^\\circ$ in a circle of "
     "radius 6.", "5\\pi"),
    # 120/360 * 2 pi r = 8 pi
    ("A central angle of $120^\\circ$ intercepts an arc of length $8\\pi$. What is the radius "
     "of the circle?", "12"),
    # the arc of a circle told first: 6 pi / (2 pi 9) * 360
    ("An arc of a circle of radius 9 has length $6\\pi$. What is the measure of the central "
     "angle in degrees?", "120"),
    # diameter 16, so radius 8: 2 pi / (16 pi) * 360
    ("The arc of a circle with diameter 16 cm has length $2\\pi$ cm. What is the degree measure "
     "of its central angle?", "45"),
    # 36 pi * t / 360 = 12 pi
    ("The area of a sector of a circle of radius 6 is $12\\pi$. What is the central angle of "
     "the sector in degrees?", "120"),
    ("The area of a rectangle with length 8 is 48. What is its width?", "6"),
    ("The circumference of a circle with area $16\\pi$ is what?", "8\\pi"),
    # 10 + 90/360 * 10 pi
    ("What is the perimeter of a sector with radius 5 and central angle $90^\\circ$?",
     "10 + \\frac{5\\pi}{2}"),
    # 60/360 * 2 pi r = 2 pi: r = 6; area 36 pi / 6
    ("A sector of a circle has central angle $60^\\circ$ and arc length $2\\pi$. Determine the "
     "area of the sector.", "6\\pi"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_arc_wording_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # an inscribed angle: not a central angle's arc (a chord's length is `chord_angles`')
    "An inscribed angle intercepts an arc of $80^\\circ$. What is the measure of the angle?",
    # the stated measures contradict each other
    "The diagonal of a square of side 5 is 9. What is its area?",
    # the subject's number told in another sentence, with no "is"
    "A circle has a radius of 4. The area of the circle. What is the circumference?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_arc_wording_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_chord_is_not_an_arc() -> None:
    # the chord of a 60 degree central angle in a circle of radius 10: 2 * 10 * sin 30 = 10,
    # answered by `chord_angles`, not as an arc length (10 pi / 3)
    assert_solved("In a circle of radius 10, a chord subtends a central angle of $60^\\circ$. "
                  "How long is the chord?", "10")
