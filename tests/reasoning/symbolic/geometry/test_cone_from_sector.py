"""A cone made from a sector of a circle (`geometry.cone_from_sector`): the sector's radius is
the slant height and its arc the base's rim. Our own problems in several wordings, answers
worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # r = 12 * 150/360 = 5
    ("A $150^\\circ$ sector of a circle of radius 12 is rolled into a cone. What is the radius "
     "of the base of the cone?", "5"),
    # r = 15 * 288/360 = 12, h = sqrt(225 - 144) = 9
    ("A cone is formed from a 288-degree sector of a circle of radius 15 by aligning the two "
     "straight sides. What is the height of the cone?", "9"),
    # r = 10 * 216/360 = 6, h = 8, V = 36 * 8 / 3 pi
    ("A sector with a central angle of 216 degrees is cut from a circle of radius 10 and its "
     "two straight edges are joined to form a cone. What is the volume of the cone? Express "
     "your answer in terms of $\\pi$.", "96\\pi"),
    # lateral area pi r l = pi * 4 * 6
    ("A $240^\\circ$ sector of a circle of radius 6 is rolled into a cone. What is the lateral "
     "surface area of the cone? Express your answer in terms of $\\pi$.", "24\\pi"),
    # the other way: 360 * 5 / 13
    ("A cone with base radius 5 and slant height 13 is made from a sector of a circle. What is "
     "the central angle of the sector?", "\\frac{1800}{13}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_cone_from_sector_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # an angle not said to be in degrees
    "A 240 sector of a circle of radius 6 is rolled into a cone. What is the radius of the base "
    "of the cone?",
    # two things asked
    "A $240^\\circ$ sector of a circle of radius 6 is rolled into a cone. What is the radius of "
    "the base of the cone and its height?",
    # the sector is not said to become the cone
    "A $240^\\circ$ sector of a circle of radius 6 and a cone are glued. What is the height of "
    "the cone?",
    # the circle's radius asked, not the cone's
    "A $240^\\circ$ sector of a circle of radius 6 is rolled into a cone. What is the radius of "
    "the circle?",
    # a whole circle is no sector to roll
    "A $360^\\circ$ sector of a circle of radius 6 is rolled into a cone. What is its height?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_cone_from_sector_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
