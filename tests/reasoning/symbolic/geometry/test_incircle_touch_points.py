"""A triangle's inscribed circle told by its radius and where it touches a side, and a right
triangle told by its hypotenuse and inradius (geometry/incircle_touch_points.py). Our own
problems; answers worked by hand from the tangent lengths (z = r^2 (x + y) / (xy - r^2), the
legs of a right triangle adding up to h + 2r)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # tangent lengths 10, 3 and z = 4 * 13 / 26 = 2: the 5-12-13 triangle
    ("The incircle of triangle KLM has radius 2 and touches KL at N, where KN = 10 and NL = 3. "
     "What is the perimeter of triangle KLM?", "30"),
    # 12, 5 and z = 9 * 17 / 51 = 3: the 8-15-17 triangle, area r s = 3 * 20
    ("In triangle ABC, the inscribed circle has radius 3 and touches BC at D with BD = 12 and "
     "DC = 5. Find the area of triangle ABC.", "60"),
    # 4, 21 and z = 9 * 25 / 75 = 3: XY = 3 + 4
    ("The inscribed circle of $\\triangle XYZ$ is tangent to $\\overline{YZ}$ at $W$ and has "
     "radius $3$. If $YW = 4$ and $WZ = 21$, find $XY$.", "7"),
    # 6, 2 and z = 4 * 8 / 8 = 4: the 6-8-10 triangle
    ("incircle of triangle def touches de at g, dg = 6, ge = 2 and its radius is 2. whats the "
     "area", "24"),
    # a touch point named M beside lengths in cm: 3, 10 and z = 2, the 5-12-13 triangle
    ("The incircle of triangle KLN touches KL at M, with KM = 3 cm and ML = 10 cm. Its radius "
     "is 2 cm. Find the perimeter of triangle KLN.", "30"),
    # the equilateral triangle of side 4: r = 2 / sqrt 3
    ("A circle of radius $\\frac{2\\sqrt{3}}{3}$ is inscribed in triangle $ABC$ and touches "
     "$\\overline{AB}$ at $P$. Given $AP = 2$ and $PB = 2$, find the perimeter of "
     "$\\triangle ABC$.", "12"),
])
def test_incircle_touch_point(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # r^2 + 17 r = 60: r = 3, the 8-15-17 triangle, area x y = 5 * 12
    ("The incircle of a right triangle divides the hypotenuse into segments of 5 and 12. What "
     "is the area of the triangle?", "60"),
    # tangents 14 and 15 on the hypotenuse of the 20-21-29 triangle: r = 6
    ("In right triangle PQR with the right angle at R, the inscribed circle touches PQ at S. "
     "PS = 14 and SQ = 15. Find the radius of the inscribed circle.", "6"),
    # r^2 + 5 r = 6: r = 1, the 3-4-5 triangle
    ("a right triangle has an incircle that touches the hypotenuse at a point which divides it "
     "into pieces of lengths 2 and 3. find the perimeter", "12"),
    # no names: z = 16 * 15 / 40 = 6, perimeter 2 (7 + 8 + 6)
    ("A triangle's inscribed circle has radius 4 and cuts one side into segments of 7 and 8. "
     "Find the perimeter of the triangle.", "42"),
])
def test_incircle_splits_a_side(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the 3-4-5 triangle: r (h + r) = 1 * 6
    ("A circle of radius 1 is inscribed in a right triangle with hypotenuse 5. Find the area of "
     "the triangle.", "6"),
    # 20-21-29: 2 (29 + 6)
    ("right triangle, hypotenuse 29, inradius 6. whats the perimeter", "70"),
    ("The hypotenuse of a right triangle is 13 and the radius of its inscribed circle is 2. "
     "What is the sum of its legs?", "17"),
    # legs 9 and 12: 2 (15 + 3)
    ("The hypotenuse of a right-angled triangle measures 15 cm and the radius of the inscribed "
     "circle is 3 cm. What is the perimeter?", "36"),
    # legs 5 +- sqrt 7: area r (h + r) = 9
    ("A right triangle has a hypotenuse of length 8 and an incircle of radius 1. What is its "
     "area?", "9"),
])
def test_right_triangle_inradius(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x y = 24 < r^2 = 25: no triangle
    "The inscribed circle of triangle ABC has radius 5 and touches AB at P, with AP = 4 and "
    "PB = 6. Find the perimeter of triangle ABC.",
    # no radius: the third tangent length is not fixed
    "The incircle of triangle ABC touches AB at P, where AP = 5 and PB = 7. What is the area "
    "of triangle ABC?",
    # a circle touching one side is not the inscribed one
    "A circle of radius 2 touches side AB of triangle ABC at P, with AP = 10 and PB = 3. "
    "What is the perimeter of triangle ABC?",
    # a piece of another side told
    "The incircle of triangle ABC has radius 2 and touches AB at P. AP = 10 and BC = 5. What "
    "is the perimeter of triangle ABC?",
    # the excircle
    "The excircle of triangle ABC opposite C has radius 2 and touches AB at P, with AP = 10 "
    "and PB = 3. What is the perimeter of triangle ABC?",
    # no radius and no right angle: the third tangent length is not fixed
    "The incircle of a triangle divides one side into segments of 4 and 6. What is the area of "
    "the triangle?",
    # a leg touched, not the hypotenuse
    "The incircle of a right triangle divides one side into segments of 4 and 6. What is the "
    "area of the triangle?",
    # the right angle at a corner of the touched side
    "In triangle ABC the right angle is at A and the incircle touches AB at P, with AP = 2 and "
    "PB = 3. Find the area of triangle ABC.",
    # radius 3 and a right angle at C do not fit AP = 4, PB = 6 (that triangle has r = 2)
    "In triangle ABC the incircle has radius 3 and touches AB at P, with AP = 4 and PB = 6, and "
    "C is a right angle. Find the perimeter of triangle ABC.",
    # h^2 < 4r(h + r): no right triangle has that inscribed circle
    "A circle of radius 1 is inscribed in a right triangle with hypotenuse 4. Find the "
    "perimeter of the triangle.",
    # not said to be right: the hypotenuse and inradius alone fix nothing
    "A circle of radius 1 is inscribed in a triangle whose longest side is 5. Find the area of "
    "the triangle.",
])
def test_incircle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
