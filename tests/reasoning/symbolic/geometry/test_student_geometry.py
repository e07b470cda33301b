"""Geometry typed the way a student types it into the tutor (session 42): no question word
("volume of a prism with length 5, width 4 and height 3"), "pls", special right triangles
written "45-45-90" or "30 60 90", a hypotenuse asked with its legs and no triangle named,
"the complement of 28 degrees", a trigonometric ratio told in an unnamed right triangle,
"angle C = 90" and "sin A" typed plainly. Our own problems, answers worked by hand (in the
comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 5 * 4 * 3
    ("volume of a rectangular prism with length 5, width 4 and height 3", "60"),
    # 2(6 + 8 + 12)
    ("surface area of a rectangular prism 2 by 3 by 4", "52"),
    # pi * 3 * 5
    ("lateral surface area of a cone with radius 3 and slant height 5", "15\\pi"),
    # 36 * 10 / 3
    ("volume of a pyramid with a square base of side 6 and height 10", "120"),
    # 4 pi 7^2
    ("surface area of a sphere with radius 7?", "196\\pi"),
    # sqrt(64 + 225)
    ("pls find the hypotenuse if the legs are 8 and 15", "17"),
    ("the legs are 5 and 12, how long is the hypotenuse", "13"),
    # 6 sqrt 2
    ("45-45-90 triangle with leg 6 whats the hypotenuse", "6\\sqrt{2}"),
    # 10 / 2 * sqrt 3
    ("in a 30 60 90 triangle the hypotenuse is 10 find the longer leg", "5\\sqrt{3}"),
    ("30 60 90 triangle with short leg 5 find the long leg", "5\\sqrt{3}"),
    ("45 45 90 triangle with hypotenuse 10 find the leg", "5\\sqrt{2}"),
    # 90 - 28, 90 - 35, 180 - 120
    ("complement of 28 degrees", "62"),
    ("whats the complement of 35 degrees", "55"),
    ("find the supplement of 120 degrees", "60"),
    ("supplement of 45.5 degrees", "134.5"),
    # a ratio told in an unnamed right triangle: 3-4-5, 5-12-13, 3-4-5
    ("in a right triangle, sin A = 3/5. what is cos A?", "\\frac{4}{5}"),
    ("tan A = 5/12 in a right triangle, whats sin A", "\\frac{5}{13}"),
    ("in a right triangle cos B = 0.6, find tan B", "\\frac{4}{3}"),
    ("For a right triangle, $\\cos\\theta = \\frac{12}{13}$. Find $\\tan\\theta$.",
     "\\frac{5}{12}"),
    # a named right triangle typed plainly: "angle C = 90", "sin A"; 8 = sqrt(100 - 36)
    ("in right triangle ABC, angle C = 90, AB = 10 and BC = 6. find AC", "8"),
    ("in right triangle ABC with right angle at C, AC = 3 and BC = 4. what is sin A?",
     "\\frac{4}{5}"),
    ("in triangle PQR, angle R = 90 degrees, PQ = 13 and QR = 5. whats cos Q", "\\frac{5}{13}"),
    # a measure written with its letter: pi 2^2 7, 8 * 3
    ("What is the volume of a cylinder with radius $r=2$ and height $h=7$?", "28\\pi"),
    ("find the area of a rectangle with length $l = 8$ and width $w = 3$", "24"),
    # a rectangle "7 by 3" typed without "is": 21, sqrt(36 + 64), 2(4 + 9)
    ("whats the area of a rectangle 7 by 3", "21"),
    ("a rectangle 6 by 8, how long is the diagonal", "10"),
    ("perimeter of a rectangle 4 by 9 cm", "26"),
    # "two angles" kept in words when "whats" is said in full: 180 - 35 - 75
    ("two angles of a triangle are 35 and 75. whats the third", "70"),
    # similar figures typed plainly: (1/4)^2; 10 * 3^3; sqrt of 8/27 is not asked: (8/27)^(1/3)
    ("the sides of two similar triangles are in ratio 1 to 4. what is the ratio of their areas",
     "\\frac{1}{16}"),
    ("two similar cylinders have radii 2 and 6. if the small one has volume 10, whats the "
     "volume of the big one", "270"),
    ("two similar cones have volumes in ratio 8 to 27. find the ratio of their radii",
     "\\frac{2}{3}"),
    # "the missing side" of a right triangle: sqrt(625 - 49), sqrt(100 - 36), sqrt(25 + 144)
    ("find the missing side of a right triangle if the hypotenuse is 25 and one leg is 7", "24"),
    ("the hypotenuse of a right triangle is 10 and one leg is 6. whats the missing side", "8"),
    ("a right triangle has legs of 5 and 12, find the third side", "13"),
    # 180 - 2 * 65
    ("the base angles of an isosceles triangle are 65 degrees each, whats the vertex angle",
     "50"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_student_geometry_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    "what is the complement of 100 degrees",  # no such angle
    "what is the complement of 30 degrees and 40 degrees",  # two angles
    "a 30 60 80 triangle with leg 5 find the hypotenuse",  # not a right triangle
    "volume of a rectangular prism with length 5 and width 4",  # no height
    "find the hypotenuse if the legs are 8",  # one leg
    "volume of a cylinder with radius 3",  # no height
    "In a right triangle, $\\sin A = 1$. What is $\\cos A$?",  # A may be the right angle
    "in a right triangle sin A = 3/5 and cos B = 1/2, find cos A",  # two angles told
    "in a right triangle, sin A = 3/5. what is the hypotenuse?",  # no length told
    "in a right triangle, sin A = 3/2. what is cos A?",  # no such angle
    "in triangle ABC, angle C = 2, AB = 10 and BC = 6. find AC",  # 2 degrees or radians?
    "a rectangle 4 by 9 by 2 whats the area",  # three dimensions: no rectangle
    "two angles of a triangle are 35 and 75. whats the fourth",  # a triangle has three
    # two figures asked at once (main answered 20, the larger one's alone)
    "two similar triangles have sides 3 and 6. the small triangle has area 5. whats the area "
    "of the big one and the small one",
    "two similar cones have volumes in ratio 8 to 27. find the ratio of their colors",
    "a right triangle has sides 5 and 12, find the third side",  # legs or a hypotenuse?
]


@pytest.mark.parametrize("problem", DECLINED)
def test_student_geometry_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
