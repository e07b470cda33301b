"""Two measures of one figure numerically equal (geometry/equal_measures.py): our own
problems, the one length solved by hand from the two formulas set equal."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(3) s^2 / 4 = s: s = 4 / sqrt(3)
    ("The area of an equilateral triangle is numerically equal to the length of one of its "
     "sides. What is the length of a side? Express your answer in simplest radical form.",
     "\\frac{4\\sqrt{3}}{3}"),
    # pi r^2 = 2 pi r
    ("The area of a circle is numerically equal to its circumference. What is the radius of "
     "the circle?", "2"),
    # 3 s = sqrt(3) s^2 / 4: s = 12 / sqrt(3)
    ("The number of inches in the perimeter of an equilateral triangle equals the number of "
     "square inches in its area. What is the length of a side?", "4\\sqrt{3}"),
    # 4/3 pi r^3 = 4 pi r^2: r = 3
    ("A sphere's volume is numerically equal to its surface area. What is its diameter?", "6"),
    ("The volume of a cube is numerically equal to its surface area. What is the length of an "
     "edge?", "6"),
    # 4 s = s^2: s = 4
    ("The perimeter of a square is numerically equal to its area. What is the length of its "
     "diagonal? Express your answer in simplest radical form.", "4\\sqrt{2}"),
    # pi r^2 = 2 r: r = 2 / pi, area 4 / pi
    ("The number of square units in the area of a circle equals the number of units in its "
     "diameter. What is the area of the circle?", "\\frac{4}{\\pi}"),
    ("The volume of a sphere (in cubic units) is numerically equal to its surface area (in "
     "square units). What is its radius?", "3"),
    # a multiple of the second measure: s^2 = 2 * 4s
    ("The area of a square is numerically equal to twice its perimeter. What is its side?",
     "8"),
    # 4/3 pi r^3 = 3 * 4 pi r^2
    ("The volume of a sphere is numerically equal to three times its surface area. What is its "
     "radius?", "9"),
    # the condition in an "if" clause before the question
    ("If the surface area of a cube is numerically equal to its volume, what is the length of "
     "one edge?", "6"),
])
def test_equal_measures(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two lengths: equal for no single size
    "The circumference of a circle is numerically equal to its diameter. What is its radius?",
    # a square has no volume
    "The area of a square is numerically equal to its perimeter. What is its volume?",
    # a sum the reader does not take
    "The area of a square is numerically equal to its perimeter plus its side. What is its "
    "side?",
    # a second figure
    "The area of a circle is numerically equal to its circumference. What is the area of the "
    "square?",
])
def test_equal_measures_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
