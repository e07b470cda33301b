"""Two plane figures of different kinds told by their measures or by a shared one, and a
measure, a difference, a ratio or a sum asked: our own wordings and numbers (answers worked
out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # square of diagonal 10: side 5*sqrt2, area 50; circle of diameter 10: area 25 pi
    ("A square whose diagonal is 10 cm and a circle whose diameter is 10 cm are drawn. How "
     "much greater is the area of the circle than the area of the square?", "25\\pi - 50"),
    ("The circle has radius 4 and the square has perimeter 12. By how many square units is "
     "the area of the circle greater than the area of the square?", "16\\pi - 9"),
    ("Find the positive difference between the area of a square with side 7 and the area "
     "of a circle with radius 4.", "16\\pi - 49"),
    # |8 - 4 pi| = 4 pi - 8, about 4.566
    ("A square with side 2 and a circle with radius 2 are drawn. What is the "
     "difference between the perimeter of the square and the circumference of the circle? "
     "Round your answer to the nearest hundredth.", "4.57"),
    # ratios
    ("Find the ratio of the area of a circle of radius 6 to the area of a square of side 6.",
     "\\pi"),
    ("An equilateral triangle has side 12 and a square has side 12. What is the ratio of the "
     "area of the triangle to the area of the square?", "\\frac{\\sqrt{3}}{4}"),
    ("The width of a rectangle is 3 and its length is 12, and a square has a side of 6. What "
     "is the ratio of the perimeter of the rectangle to the perimeter of the square?",
     "\\frac{5}{4}"),
    # sums
    ("A circle has an area of $49\\pi$ and a square has a side of length 3. Find the sum of "
     "the circumference of the circle and the perimeter of the square.", "14\\pi + 12"),
    # a shared measure
    ("A square and a circle have the same area. The radius of the circle is 3. How long is "
     "the side of the square?", "3\\sqrt{\\pi}"),
    ("An equilateral triangle and a square have equal perimeters, and the side of the square "
     "is 9 inches. What is the side of the triangle, in inches?", "12"),
    ("The perimeter of a square is equal to the circumference of a circle with radius 10. "
     "Find the side of the square.", "5\\pi"),
    ("A rectangle has length 18 and width 2, and a square has the same area. What is the "
     "perimeter of the square?", "24"),
    ("The square's diagonal is 4 and the circle's radius is 1. What is the ratio of the area "
     "of the square to that of the circle?", "\\frac{8}{\\pi}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_two_figures_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the first is the smaller: "how much greater" would be negative
    "A square has side 10 and a circle has radius 1. How much greater is the area of the "
    "circle than the area of the square?",
    # two figures of one kind
    "Two squares have sides 3 and 5. What is the sum of the area of the square and the area "
    "of the square?",
    # a drawing the text points to
    "A circle and a square are drawn as shown. The circle has radius 2 and the square has "
    "side 3. What is the difference between the area of the square and the area of the "
    "circle?",
    # the rectangle's width is never told
    "A rectangle has length 6 and a square has side 6. What is the difference between the "
    "area of the rectangle and the area of the square?",
    # two units of length: a conversion is not read
    "A square has a side of 2 feet and a circle has a radius of 6 inches. What is the "
    "difference between the area of the square and the area of the circle?",
    # a word not read
    "A square has side 4 and a circle has radius 3. What is the ratio of the shaded area of "
    "the circle to the area of the square?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_two_figures_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_rounding_request_before_a_drawing() -> None:
    """A request to round followed by a drawing the text never points to: the request is
    still taken off (the drawing kept) and the exact answer rounded."""
    problem = ("A circle has radius 3 and a square has side 5. What is the positive difference "
               "between the area of the circle and the area of the square? Give your answer to "
               "the nearest tenth. [asy]draw((0,0)--(5,0)--(5,5)--(0,5)--cycle);"
               "draw(circle((9,2.5),3));[/asy]")
    assert_solved(problem, "3.3")  # 9 pi - 25 = 3.274...


@pytest.mark.parametrize(("problem", "answer"), [
    # sides 36 / 3 = 12 and 36 / 4 = 9
    ("An equilateral triangle and a square both have perimeters of 36 inches. What is the ratio "
     "of the length of the side of the triangle to the length of the side of the square? Express "
     "your answer as a common fraction.", "\\frac{4}{3}"),
    # the triangle's side 24 / 3
    ("A square and an equilateral triangle each have a perimeter of 24. What is the side of the "
     "triangle?", "8"),
])
def test_two_figures_with_one_measure_each_told_once(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
