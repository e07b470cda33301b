"""Trapezoids (two bases and a height), parallelograms (base and height) and kites (two
diagonals): their area asked, or one dimension asked from the area, in several wordings.
Our own problems, answers worked out by hand; figures the numbers do not fix must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (6 + 10) / 2 * 4
    ("A trapezoid has bases 6 and 10 and height 4. What is its area?", "32"),
    ("What is the area of a trapezoid with bases of length 7 cm and 13 cm and a height of "
     "5 cm?", "50"),
    ("The parallel sides of a trapezoid measure 9 and 15, and its altitude is 6. Find the area "
     "of the trapezoid.", "72"),
    ("Compute the area of a trapezoid whose bases are 2.5 and 3.5 and whose height is 4.", "12"),
    # (8 + 12) / 2 * h = 60
    ("The area of a trapezoid is 60 square units and its bases are 8 and 12. What is its "
     "height?", "6"),
    ("A trapezoid with an area of 35 square inches has parallel sides of 4 inches and 10 "
     "inches. Determine its height, in inches.", "5"),
    # the median is the average of the bases
    ("A trapezoid has bases 8 and 14. What is the length of its median?", "11"),
    ("A trapezoid has bases 5 and 19. Find its midsegment.", "12"),
    ("A parallelogram has a base of 12 inches and a height of 5 inches. What is its area, in "
     "square inches?", "60"),
    ("The area of a parallelogram is 84 and its height is 7. Find its base.", "12"),
    ("What is the height of a parallelogram with area 45 and base 9?", "5"),
    ("A kite has diagonals of length 8 and 11. Compute its area.", "44"),
    ("The area of a kite is 30 and one diagonal is 12. What is the other diagonal?", "5"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_quadrilateral_area_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a parallelogram's area needs its height or an angle (with an angle it is read by
    # geometry/included_angles.py: 6 * 10 * sin 30 = 30)
    "A parallelogram has sides 6 and 10. What is its area?",
    # legs do not fix a trapezoid's height without saying it is isosceles (not read here)
    "A trapezoid has legs 5 and 5 and bases 4 and 10. What is its area?",
    # a trapezoid's perimeter needs its legs
    "What is the perimeter of a trapezoid with bases 3 and 9 and height 4?",
    # a second figure
    "A trapezoid has bases 6 and 10 and height 4. What is the area of a triangle with the same "
    "height?",
    # a kite's side is not fixed by its diagonals
    "A kite has diagonals 6 and 8. What is the length of its side?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_quadrilateral_area_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
