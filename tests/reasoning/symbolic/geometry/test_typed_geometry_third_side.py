"""The third side of a triangle by the triangle inequality, the base of a cone or cylinder
read as its circle, a rhombus by its diagonals, a triangle by its base and height, legs said
with their units: several wordings, our own numbers (answers worked out by hand),
near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a letter names the third side: 6 < x < 16 -> 7..15; 2 < n < 12 -> 11
    ("How many integer values of $x$ are possible for the third side of a triangle whose "
     "other two sides are 5 and 11?", "9"),
    ("A triangle has sides 5 and 7 and a third side of length $n$, an integer. What is the "
     "largest possible value of $n$?", "11"),
    # given sides that are not whole numbers (the integer-triangles reader leaves it to this
    # one): 1.5 < x < 6.5 -> 2..6
    ("A triangle has sides 2.5 and 4 and an integer third side $x$. How many values of $x$ are "
     "possible?", "5"),
    # a length told once for two sides: 5, 5 and 0 < x < 10, so x = 9 and 5 + 5 + 9 (the
    # count "two" was once read as a length: 2, 5 and 3 < x < 7 gave 13)
    ("A triangle has two sides that each measure 5 cm. Its third side is a whole number of "
     "centimeters. What is the largest possible perimeter?", "19"),
    # 7, 7 and 0 < x < 14: x = 1, perimeter 15
    ("Two of the sides of a triangle are each 7 inches long, and the third side is a whole "
     "number of inches. What is the smallest possible perimeter?", "15"),
    # 4 < x < 16: 5 .. 15
    ("Two sides of a triangle are 6 and 10 units long. How many different whole-number "
     "lengths are possible for the third side?", "11"),
    # 5 < x < 11: the largest is 10
    ("A triangle has sides of lengths 3 and 8. What is the largest integer length the third "
     "side can have?", "10"),
    # 6 < x < 16: the smallest is 7
    ("The lengths of two sides of a triangle are 5 cm and 11 cm. What is the smallest possible "
     "integer length, in cm, of the third side?", "7"),
    # 0 < x < 14: 1 .. 13
    ("Two sides of a triangle measure seven and seven. How many integer lengths can the third "
     "side have?", "13"),
    # 1.5 < x < 6.5: the largest whole number is 6
    ("Two sides of a triangle are 2.5 and 4. What is the greatest whole number length of the "
     "third side?", "6"),
    # 5 < x < 13: x = 12, perimeter 4 + 9 + 12
    ("A triangle has two sides of 4 and 9. What is the greatest possible perimeter if the third "
     "side is an integer?", "25"),
    ("If the third side is an integer, what is its least possible length when two sides of a "
     "triangle are 12 and 20?", "9"),
    # 5 < x < 19: 6 .. 18
    ("The sides of a triangle have lengths 7 and 12 and the third side is a whole number. How "
     "many values can it take?", "13"),
    # 6 < x < 14: 7 + 8 + ... + 13
    ("A triangle has two sides of length 4 and 10. If the length of the third side is an "
     "integer, what is the sum of all possible lengths?", "70"),
    # a rhombus by its diagonals: half-diagonals 6 and 8 make a side of 10
    ("Find the perimeter of a rhombus whose diagonals measure 12 inches and 16 inches.", "40"),
    ("A rhombus has diagonals of lengths 6 and 8. What is its area?", "24"),
    ("A rhombus has an area of 60 and one diagonal of length 12. What is the other diagonal?",
     "10"),
    # a triangle by its base and height
    ("The area of a triangle is 40 square feet and its base is 10 feet. What is its height?",
     "8"),
    ("A triangle has a base of 12 cm and an altitude of 5 cm. Find its area.", "30"),
    # legs said with their units
    ("In centimeters, how long is the hypotenuse when a right triangle's legs measure 9 cm and "
     "40 cm?", "41"),
    ("What is the hypotenuse, in feet, of a right triangle with leg lengths of 30 and 40 feet?",
     "50"),
    # the base of a cone or cylinder: r = 4, r = 5
    ("A right circular cone has a volume of $16\\pi$ cubic inches and a height of 3 inches. "
     "What is the circumference of its base, in terms of $\\pi$?", "8\\pi"),
    ("A cylinder has a base circumference of $10\\pi$ and a height of 4. What is its volume?",
     "100\\pi"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_third_side_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # two different letters: which one is the third side is not said
    "The sides of a triangle are 4, $x$ and $y$. How many integer values of $x$ are possible "
    "for the third side?",
    # real lengths have no largest
    "Two sides of a triangle are 6 and 10. What is the largest possible length of the third "
    "side?",
    # a qualifier not applied
    "Two sides of an isosceles triangle are 6 and 10. How many integer lengths can the third "
    "side have?",
    "Two sides of a triangle are 6 and 10. How many integer lengths can the third side not "
    "have?",
    # a measure asked that is one of those given
    "A rhombus has an area of 60 and a diagonal of length 12. What is the diagonal?",
    "Two sides of an obtuse triangle are 6 and 10. What is the largest integer length of the "
    "third side?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_third_side_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
