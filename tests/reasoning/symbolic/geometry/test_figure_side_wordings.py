"""The one-figure reader's isosceles triangle (two equal legs, a base, the altitude to the
base), a rectangle told by "one side" (only what is the same for either side may then be
asked) and a trapezoid told by "one base" and "the other base". Our own problems, answers
worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # half the base 5, height 12: legs 13
    ("An isosceles triangle has a base of 10 and an area of 60. What is the length of each "
     "leg?", "13"),
    # legs 25, base 14: height 24, area 168
    ("The legs of an isosceles triangle are each 25 and its base is 14. What is its area?",
     "168"),
    # perimeter 64, legs 20: base 24, height 16, area 192
    ("An isosceles triangle has a perimeter of 64 and legs of length 20. What is its area?",
     "192"),
    # base 18, height 12: legs 15, perimeter 48
    ("An isosceles triangle has base 18 and height 12. What is its perimeter?", "48"),
    # legs 26, altitude to the base 10: half base 24, base 48
    ("An isosceles triangle has legs of length 26 and an altitude of 10 to its base. What is "
     "the length of the base?", "48"),
    # a rectangle: one side 9, diagonal 15 -> the other 12
    ("The diagonal of a rectangle is 15 and one side is 9. What is the area of the rectangle?",
     "108"),
    ("A rectangle has a side of 4 and a perimeter of 26. What is its area?", "36"),
    # a trapezoid: 72 = (9 + b) / 2 * 6, so b = 15
    ("A trapezoid has an area of 72, a height of 6 and one base of 9. What is the length of "
     "the other base?", "15"),
    # which base is "one" does not matter: 45 = (7 + b) / 2 * 5, so b = 11
    ("A trapezoid has an area of 45 and a height of 5. One base is 7. What is the other base?",
     "11"),
    # 99 = (7 + 15) / 2 * h, so h = 9
    ("One base of a trapezoid is 7 and the other base is 15. Its area is 99. What is its "
     "height?", "9"),
])
def test_isosceles_triangle_and_rectangle_side(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # legs 5 and area 12: the base is 6 or 8
    "An isosceles triangle has legs of length 5 and an area of 12. What is the length of its "
    "base?",
    # the altitude to a leg is not the triangle's height
    "An isosceles triangle has legs 10 and base 12. What is the length of the altitude to a "
    "leg?",
    # legs too short for the base: no triangle
    "An isosceles triangle has legs of length 3 and a base of length 10. What is its area?",
    # which side is 9 decides the width
    "The diagonal of a rectangle is 15 and one side is 9. What is the width of the rectangle?",
    # one base and the height leave the other base free
    "A trapezoid has one base 10 and height 5. What is its area?",
])
def test_isosceles_triangle_and_rectangle_side_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_triangles_altitude_to_the_corresponding_base() -> None:
    # 2 * 450 / 25
    assert_solved("The area of a triangle is 450 square feet. Find the altitude, in feet, of the "
                  "triangle if the length of the corresponding base is 25 feet.", "36")
