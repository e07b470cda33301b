"""The largest rectangle a fixed perimeter encloses (prealgebra/rectangle_extremes.py): any real
sides give the square of side P/4; whole-number sides give the two whole numbers nearest P/4.
Our own wordings, answers worked out by hand; near misses (a fence on three sides, a wall, a
side relation, whole sides said in a way not read, a least area) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # side 36 / 4 = 9
    ("The perimeter of a rectangle is 36 cm. What is its greatest possible area?", "81"),
    ("A rectangle has a perimeter of 36 meters. What is the maximum possible area of the "
     "rectangle, in square meters?", "81"),
    # 60 / 4 = 15
    ("With 60 meters of fencing, what is the largest area a rectangular garden can have?",
     "225"),
    ("A farmer uses 60 feet of fencing to enclose a rectangular pen. What is the greatest "
     "possible number of square feet in the area of the pen?", "225"),
    # 50 / 4 = 12.5: 156.25 for real sides
    ("A rectangular field has a perimeter of 50 yards. What is the biggest possible area of "
     "the field?", "625/4"),
    # whole sides: 12 + 13 = 25, 12 * 13
    ("A rectangle with whole-number side lengths has a perimeter of 50 units. What is the "
     "largest possible area?", "156"),
    ("The perimeter of a rectangle is 30 inches and its sides are whole numbers. What is the "
     "maximum area, in square inches?", "56"),
    # whole sides with an even half: 7 + 7 = 14, a square
    ("A rectangle has integer side lengths and a perimeter of 28 units. What is the greatest "
     "possible area?", "49"),
]

NEAR_MISSES = [
    # the fence goes on three sides only
    "A farmer has 60 feet of fencing to enclose three sides of a rectangular pen. What is the "
    "largest possible area of the pen?",
    # a wall is the fourth side
    "A rectangular garden against a wall is enclosed by 60 meters of fencing. What is the "
    "largest possible area of the garden?",
    # a relation between the sides fixes the rectangle
    "The perimeter of a rectangle is 36 cm and its length is twice its width. What is its "
    "greatest possible area?",
    # whole sides said in a way not read: a real answer would be wrong
    "A rectangle with perimeter 30 has integer side length. What is its maximum area?",
    # the least area has no answer for real sides
    "The perimeter of a rectangle is 36 cm. What is its least possible area?",
    # the perimeter in centimeters, the area asked in square meters
    "The perimeter of a rectangle is 36 cm. What is its greatest possible area in square "
    "meters?",
    # whole sides cannot make an odd perimeter
    "A rectangle with whole-number side lengths has a perimeter of 25 units. What is the "
    "largest possible area?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rectangle_extremes_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_rectangle_extremes_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
