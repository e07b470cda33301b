"""A figure or a solid told in one unit of length and asked in another
(geometry/converted_units.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1.5 ft by 3 ft
    ("A rectangle is 18 inches by 36 inches. What is its area in square feet?", "\\frac{9}{2}"),
    # r = 3 in, h = 12 in: pi 9 12
    ("A cylinder has radius 3 inches and height 1 foot. What is its volume in cubic inches? "
     "Express your answer in terms of $\\pi$.", "108\\pi"),
    # 2 ft = 24 in
    ("A square has a side of 2 feet. What is its area in square inches?", "576"),
    # 3 yd = 9 ft
    ("A cube has an edge of 3 yards. What is its volume in cubic feet?", "729"),
    # 2 ft = 24 in: 24 * 5 / 2
    ("A triangle has a base of 2 feet and a height of 5 inches. What is its area in square "
     "inches?", "60"),
    # the carpet covering a floor is its area: 4 yd by 3 yd
    ("A rectangular room measures 12 feet by 9 feet. How many square yards of carpet are needed "
     "to cover the floor of the room?", "12"),
    # 150 cm = 1.5 m: 1.5 * 4
    ("A rectangle is 150 centimeters by 4 meters. What is its area in square meters?", "6"),
])
def test_converted_units(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # feet and centimetres: two systems
    "A rectangle is 2 feet by 30 centimeters. What is its area in square feet?",
    # the unit asked is of the other system
    "A square has a side of 2 feet. What is its area in square meters?",
])
def test_converted_units_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
