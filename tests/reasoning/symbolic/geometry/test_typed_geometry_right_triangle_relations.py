"""A right triangle told by relations between its sides (`geometry.right_triangle_relations`):
a leg as a multiple of the other plus or minus a number, consecutive whole-number legs, the
area, the perimeter, a side's value. Our own problems (answers worked out by hand in the
comments) and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # s = 5, l = 12
    ("In a right triangle, the longer leg is 7 more than the shorter leg and the hypotenuse is "
     "13. What is the area of the triangle?", "30"),
    # 15 = 2 * 9 - 3: h = sqrt(81 + 225)
    ("The shorter leg of a right triangle is 9 and the longer leg is 3 less than twice the "
     "shorter leg. What is the hypotenuse?", "3\\sqrt{34}"),
    # 6, 8, 10
    ("The legs of a right triangle are consecutive even integers and the hypotenuse is 10. What "
     "is the perimeter?", "24"),
    # 20, 21, 29
    ("The legs of a right triangle are consecutive whole numbers and its hypotenuse is 29. What "
     "is the sum of the legs?", "41"),
    # s^2 = 25
    ("The longer leg of a right triangle is twice the shorter leg and the area is 25. What is "
     "the shorter leg?", "5"),
    # s (s + 2) / 2 = 24: s = 6, l = 8
    ("The longer leg of a right triangle is 2 cm longer than the shorter leg. The area of the "
     "triangle is 24 square cm. How long is the hypotenuse?", "10"),
    # told by the hypotenuse and the area: s l = 60, s^2 + l^2 = 169: 5 and 12
    ("A right triangle has hypotenuse 13 and area 30. What is the length of its shorter leg?",
     "5"),
    ("A right triangle has a hypotenuse of 13 and an area of 30. What is the length of the "
     "longer leg?", "12"),
    # s + l = 31, s^2 + l^2 = 625: 2 s l = 336
    ("A right triangle has a hypotenuse of 25 and a perimeter of 56. What is its area?", "84"),
]

DECLINED = [
    # no consecutive whole numbers have 25 as hypotenuse
    "The legs of a right triangle are consecutive whole numbers and its hypotenuse is 25. What "
    "is the sum of the legs?",
    # one fact only
    "The longer leg of a right triangle is twice the shorter leg. What is the hypotenuse?",
    # a word the reading does not know ("median")
    "The longer leg of a right triangle is twice the shorter leg and the area is 25. What is "
    "the median to the hypotenuse?",
    # a longer leg shorter than the shorter one
    "The longer leg of a right triangle is 3 less than the shorter leg and the hypotenuse is "
    "15. What is the area?",
    # the largest area on a hypotenuse of 10 is 25
    "A right triangle has hypotenuse 10 and area 30. What is the length of its shorter leg?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_right_triangle_relations_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_right_triangle_relations_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 3:4 with hypotenuse 35: 21, 28, 35
    ("A right triangle has legs in the ratio $3:4$ and hypotenuse 35. What is its perimeter?",
     "84"),
    # 5:12 with hypotenuse 39: 15 and 36, area 270
    ("The legs of a right triangle are in the ratio $5:12$ and its hypotenuse is 39. What is its "
     "area?", "270"),
    # 7 to 24, hypotenuse 50: 14 and 48
    ("The legs of a right triangle are in the ratio 7 to 24 and the hypotenuse is 50. What is "
     "the length of the shorter leg?", "14"),
    # 1:2 with area 25: k^2 = 25, legs 5 and 10, hypotenuse 5 sqrt 5
    ("The ratio of the legs of a right triangle is $1:2$ and its area is 25. What is the length "
     "of the hypotenuse? Express your answer in simplest radical form.", "5\\sqrt{5}"),
])
def test_legs_in_a_ratio(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_ratio_alone_does_not_fix_the_triangle() -> None:
    assert solve_now("The legs of a right triangle are in the ratio $3:4$. What is its "
                     "perimeter?").answer is None
