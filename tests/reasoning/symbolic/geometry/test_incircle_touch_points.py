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
    # the equilateral triangle of side 4: r = 2 / sqrt 3
    ("A circle of radius $\\frac{2\\sqrt{3}}{3}$ is inscribed in triangle $ABC$ and touches "
     "$\\overline{AB}$ at $P$. Given $AP = 2$ and $PB = 2$, find the perimeter of "
     "$\\triangle ABC$.", "12"),
])
def test_incircle_touch_point(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the 3-4-5 triangle: r (h + r) = 1 * 6
    ("A circle of radius 1 is inscribed in a right triangle with hypotenuse 5. Find the area of "
     "the triangle.", "6"),
    # 20-21-29: 2 (29 + 6)
    ("right triangle, hypotenuse 29, inradius 6. whats the perimeter", "70"),
    ("The hypotenuse of a right triangle is 13 and the radius of its inscribed circle is 2. "
     "What is the sum of its legs?", "17"),
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
    # h^2 < 4r(h + r): no right triangle has that inscribed circle
    "A circle of radius 1 is inscribed in a right triangle with hypotenuse 4. Find the "
    "perimeter of the triangle.",
    # not said to be right: the hypotenuse and inradius alone fix nothing
    "A circle of radius 1 is inscribed in a triangle whose longest side is 5. Find the area of "
    "the triangle.",
])
def test_incircle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
