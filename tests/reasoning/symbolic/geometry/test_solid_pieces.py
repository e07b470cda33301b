"""A solid cut into congruent pieces (`geometry.solid_pieces`): one piece holds the whole
volume over the number of pieces. Our own problems, answers worked out by hand; near misses
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 4/3 pi 27 = 36 pi, over 3
    ("A ball of radius 3 is sliced into three congruent wedges. What is the volume of each "
     "wedge? Express your answer in terms of $\\pi$.", "12\\pi"),
    # pi 9 * 10 = 90 pi, over 5
    ("A cylinder has radius 3 and height 10. It is cut into 5 congruent slices. What is "
     "the volume of one slice?", "18\\pi"),
    # 4 * 5 * 6 = 120, over 4
    ("A rectangular box 4 by 5 by 6 is cut into four identical pieces. What is the volume of "
     "each piece?", "30"),
    # 4/3 pi 8 = 32/3 pi, halves
    ("A sphere of radius 2 is cut into halves. What is the volume of one half?",
     "\\frac{16\\pi}{3}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solid_pieces_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the pieces are not said to be congruent
    "A sphere of radius 3 is cut into four wedges. What is the volume of one wedge?",
    # a surface area of a piece gains the cut faces
    "A sphere of radius 3 is cut into four congruent wedges. What is the surface area of one "
    "wedge?",
    # one wedge is told about otherwise
    "A sphere of radius 3 is cut into four congruent wedges and one wedge is painted. What is "
    "the volume of one wedge?",
    # a cube is not cut into hemispheres
    "A cube of edge 2 is cut into two congruent hemispheres. What is the volume of one "
    "hemisphere?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_solid_pieces_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the whole told by its surface area: 4 pi r^2 = 100 pi, r = 5, 500 pi / 3 over 5
    ("A sphere with a surface area of 100π is split into 5 congruent wedges. What is the volume "
     "of one wedge?", "\\frac{100\\pi}{3}"),
    # a great circle of circumference 14 pi: r = 7, 4/3 pi 343 over 7
    ("A ball has a great circle of circumference 14π inches. It is cut into 7 congruent wedges. "
     "What is the volume of each wedge?", "\\frac{196\\pi}{3}"),
    # asked as cubic units in one piece: 4/3 pi 8 = 32 pi / 3, over 4
    ("a sphere of radius 2 cm is cut into 4 congruent wedges. how many cubic centimeters are in "
     "one wedge", "\\frac{8\\pi}{3}"),
    # a cylinder: pi 9 * 4 = 36 pi over 6
    ("A cylinder with radius 3 and height 4 is divided into 6 congruent pieces. How many cubic "
     "units are in each piece?", "6\\pi"),
])
def test_solid_pieces_told_and_asked_other_ways(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the pieces' surface asked as well
    "A sphere with a surface area of 100π is split into 5 congruent wedges. What is the volume of "
    "one wedge? What is the surface area of one wedge?",
    # two quantities asked in one question
    "a sphere of radius 2 cm is cut into 4 congruent wedges. how many cubic centimeters are in "
    "one wedge and in the whole sphere",
    # not congruent
    "A ball has a great circle of circumference 14π inches. It is cut into 7 wedges. How many "
    "cubic inches are in the largest wedge?",
])
def test_solid_pieces_other_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
