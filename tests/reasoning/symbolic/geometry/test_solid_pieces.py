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
