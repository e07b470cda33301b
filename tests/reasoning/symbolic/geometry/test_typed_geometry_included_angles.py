"""A triangle or parallelogram told by two sides and the angle between them (a rhombus by its
side and an angle): area, third side, diagonals, perimeter, or a side's letter from the area.
Our own wordings and numbers (answers worked out by hand), and near misses that must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # areas: (1/2) a b sin C, or a b sin C
    ("Two sides of a triangle measure 12 and 9, and the angle between them is $30^\\circ$. "
     "What is the area of the triangle?", "27"),
    ("A triangle has sides of length 6 cm and 10 cm that form a $120^\\circ$ angle. Find its "
     "area in square centimeters.", "15\\sqrt{3}"),
    ("Find the area of a parallelogram whose adjacent sides are 5 and 14 and meet at a "
     "$45^\\circ$ angle.", "35\\sqrt{2}"),
    ("The sides of a parallelogram are 9 and 4, and one of its angles measures 150 degrees. "
     "Compute its area.", "18"),
    ("A rhombus has sides of length 8 and an angle of $60^\\circ$. What is the area of the "
     "rhombus?", "32\\sqrt{3}"),
    # the third side: 5^2 + 3^2 + 15 = 49
    ("A triangle has two sides of 5 and 3 with an included angle of $120^\\circ$. How long is "
     "the third side?", "7"),
    ("Two sides of a triangle are 8 and 3 and they meet at a 60-degree angle. Find the third "
     "side.", "7"),
    # diagonals: 36 + 64 -+ 48
    ("A parallelogram has sides 6 and 8 forming a $60^\\circ$ angle. What is the length of the "
     "shorter diagonal?", "2\\sqrt{13}"),
    ("A parallelogram has adjacent sides 6 and 8 and one angle of $120^\\circ$. Find the "
     "longer diagonal.", "2\\sqrt{37}"),
    # a letter from the area: 3k * k * (1/2) = 24
    ("A parallelogram has adjacent sides of $k$ and $3k$ that make a $30^\\circ$ angle. Its area "
     "is 24. What is the value of $k$?", "4"),
    ("Two sides of a triangle are $x$ and $2x$ and the angle between them is $90^\\circ$. The "
     "area of the triangle is 25. Find $x$.", "5"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_included_angle_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the angle may not be the one between the two sides
    "Two sides of a triangle are 8 and 5 and one of its angles is $30^\\circ$. What is its "
    "area?",
    # an angle whose sine is not known exactly
    "Two sides of a triangle are 8 and 5 and the angle between them is $25^\\circ$. What is "
    "the area of the triangle?",
    # a triangle has no diagonal
    "Two sides of a triangle are 8 and 5 and the angle between them is $60^\\circ$. Find the "
    "longer diagonal.",
    # a word not read
    "Two sides of an isosceles triangle are 8 and 5 and the angle between them is $60^\\circ$. "
    "What is its area?",
    # two units of length
    "A parallelogram has sides of 2 feet and 18 inches that meet at a $30^\\circ$ angle. What "
    "is its area?",
    # a rhombus has one side length
    "A rhombus has sides 5 and 8 and an angle of $60^\\circ$. What is its area?",
    # no angle can be 200 degrees
    "A parallelogram has sides 6 and 8 forming a $200^\\circ$ angle. What is its area?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_included_angle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_rhombus_with_an_interior_angle() -> None:
    # the shorter diagonal faces the 60 degree angle: an equilateral triangle of side 5
    assert_solved("A rhombus has sides of length 5 and an interior angle of $120^\\circ$. What is "
                  "the length of its shorter diagonal?", "5")


def test_an_exterior_angle_is_not_the_included_angle() -> None:
    assert solve_now("A triangle has sides 5 and 8 and an exterior angle of $120^\\circ$ between "
                     "them. What is its area?").answer is None
