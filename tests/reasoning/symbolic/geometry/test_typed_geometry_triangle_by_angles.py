"""A triangle whose angles are told in words and one side (`geometry.triangle_by_angles`):
the special right triangles and the law of sines. Our own problems (answers worked out by
hand in the comments) and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the angle told after the hypotenuse, in TeX degrees: 16 sin 30; 18 sin 60; 10 / sqrt 2
    ("A right triangle has a hypotenuse of 16 and one angle of $30^\\circ$. What is the length "
     "of the shorter leg?", "8"),
    ("A right triangle has a hypotenuse of 18 and an acute angle of $60^\\circ$. What is the "
     "length of the longer leg?", "9\\sqrt{3}"),
    ("In a 45-45-90 triangle, the hypotenuse is 10. What is the length of each leg?",
     "5\\sqrt{2}"),
    # the hypotenuse is twice the shorter leg
    ("In a 30-60-90 triangle, the shorter leg has length 5. What is the length of the "
     "hypotenuse?", "10"),
    # the longer leg is the hypotenuse times sqrt 3 / 2
    ("The hypotenuse of a 30-60-90 triangle is 12. What is the length of the longer leg?",
     "6\\sqrt{3}"),
    # shorter leg 3 sqrt 3: area 27 sqrt 3 / 2
    ("The longer leg of a 30-60-90 triangle is 9. What is the area of the triangle?",
     "\\frac{27\\sqrt{3}}{2}"),
    ("In a 30-60-90 triangle, the hypotenuse is 10. What is the perimeter?", "15 + 5\\sqrt{3}"),
    ("A 45-45-90 triangle has a leg of length 7. How long is its hypotenuse?", "7\\sqrt{2}"),
    # 8 / sin 30 * sin 45
    ("Two angles of a triangle measure 30 and 45 degrees. The side opposite the 30-degree angle "
     "is 8. How long is the side opposite the 45-degree angle?", "8\\sqrt{2}"),
    ("A right triangle has a 60 degree angle and a hypotenuse of 10. What is the length of the "
     "side opposite the 60 degree angle?", "5\\sqrt{3}"),
    # 45-60-75 with k = 4 sqrt 2: 2 sqrt 6 and 2 + 2 sqrt 3
    ("Two angles of a triangle measure 45 and 60 degrees. The side opposite the 45-degree angle "
     "is 4. What is the sum of the lengths of the two remaining sides?",
     "2 + 2\\sqrt{3} + 2\\sqrt{6}"),
    # 6 / sin 60 * sin 45
    ("Two angles of a triangle measure 60 and 45 degrees. If the side of the triangle opposite "
     "the 60-degree angle measures 6 units, what is the length of the side opposite the "
     "45-degree angle?", "2\\sqrt{6}"),
    ("In a 30-60-90 triangle, the hypotenuse is 8. Find the sum of the other two sides.",
     "4 + 4\\sqrt{3}"),
    ("A right triangle has a 30 degree angle. Its longer leg is 6. How long is the shorter "
     "leg?", "2\\sqrt{3}"),
    # 30-30-120: the longest side is sqrt 3 times a short one
    ("Two angles of a triangle measure 30 and 30 degrees. The longest side is 6. What is the "
     "length of the shortest side?", "2\\sqrt{3}"),
    # two sides tie for shortest, with one length: the longest is sqrt 3 times it
    ("Two angles of a triangle measure 30 and 30 degrees. The shortest side is 6. What is the "
     "longest side?", "6\\sqrt{3}"),
]

DECLINED = [
    # which leg is 5 (opposite the 30 degree angle or next to it) is not said
    "A right triangle has a leg of 5 and one angle of $30^\\circ$. What is the hypotenuse?",
    # one leg of a 30-60-90 triangle: the shorter or the longer?
    "In a 30-60-90 triangle, the hypotenuse is 14. What is the length of one leg?",
    # 25 degrees has no sine in radicals
    "Two angles of a triangle measure 25 and 65 degrees. The hypotenuse is 10. What is the "
    "shorter leg?",
    # a 30-60-90 triangle has no single 'leg'
    "In a 30-60-90 triangle, the leg has length 5. What is the hypotenuse?",
    # the angles do not add up to 180
    "In a 30-70-90 triangle, the shorter leg is 5. What is the hypotenuse?",
    # a second triangle
    "In a 30-60-90 triangle, the shorter leg is 5. What is the length of the hypotenuse of the "
    "other triangle?",
    # no angle of 50 degrees
    "Two angles of a triangle measure 30 and 30 degrees. The side opposite the 50-degree angle "
    "is 6. What is the longest side?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_triangle_by_angles_solved(problem: str, answer: str | None) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_triangle_by_angles_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # hypotenuse 14, a 30 degree angle: legs 7 and 7 sqrt 3
    ("The hypotenuse of a right triangle is 14 and one of its angles is $30^\\circ$. What is the "
     "area of the triangle? Express your answer in simplest radical form.",
     "\\frac{49\\sqrt{3}}{2}"),
    # a 45 degree angle: both legs 5
    ("In a right triangle, one acute angle is $45^\\circ$ and a leg has length 5. What is the "
     "hypotenuse? Express your answer in simplest radical form.", "5\\sqrt{2}"),
    # a 60 degree angle, hypotenuse 20: the shorter leg is half of it
    ("In a right triangle, one acute angle measures 60 degrees and the hypotenuse is 20. What "
     "is the length of the shorter leg?", "10"),
])
def test_a_right_triangle_with_one_angle_said_apart(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_leg_of_a_right_triangle_with_unequal_legs_declines() -> None:
    # a 30 degree angle and "a leg": the shorter or the longer one
    assert solve_now("In a right triangle, one acute angle is $30^\\circ$ and a leg has length "
                     "6. What is the hypotenuse?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # legs 5 and 5 sqrt 3: area 25 sqrt 3 / 2
    ("What is the area of a 30-60-90 triangle whose hypotenuse is 10? Express your answer in "
     "simplest radical form.", "\\frac{25\\sqrt{3}}{2}"),
    # the third angle 90: the hypotenuse is twice the shortest side
    ("A triangle has angles of $60^\\circ$ and $30^\\circ$ and its shortest side is 7. What is "
     "the length of its longest side?", "14"),
    # legs 4 sqrt 2: area 16
    ("A triangle has angles $45^\\circ$, $90^\\circ$ and $45^\\circ$, and its hypotenuse is 8. "
     "What is its area?", "16"),
    # 10 / sin 30 = 20, 20 sin 45 = 10 sqrt 2
    ("A triangle has angles of $45^\\circ$ and $30^\\circ$. The side opposite the $30^\\circ$ "
     "angle is 10. What is the length of the side opposite the $45^\\circ$ angle? Express your "
     "answer in simplest radical form.", "10\\sqrt{2}"),
])
def test_angles_listed_and_a_side_said_with_whose(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 50 + 60 + 80 is not 180
    "A triangle has angles $50^\\circ$, $60^\\circ$ and $80^\\circ$, and its longest side is 10. "
    "What is its area?",
    # 100 + 90 leaves no third angle
    "A triangle has angles of $100^\\circ$ and $90^\\circ$ and its shortest side is 4. What is "
    "the length of its longest side?",
])
def test_angles_listed_that_make_no_triangle_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # both legs told one length: area 5 * 5 / 2; hypotenuse 9 sqrt 2; perimeter 6 + 3 sqrt 2
    ("the legs of a 45-45-90 triangle are 5 each. whats its area", "\\frac{25}{2}"),
    ("An isosceles right triangle has legs of length 9. How long is its hypotenuse?",
     "9\\sqrt{2}"),
    ("Both legs of a 45-45-90 triangle measure 3. What is its perimeter?", "6 + 3\\sqrt{2}"),
])
def test_both_legs_told_one_length(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_equal_legs_of_a_triangle_whose_legs_differ_decline() -> None:
    assert solve_now("A 30-60-90 triangle has legs of length 4. What is its area?").answer is None
