"""The acute angles of a right triangle (`geometry.angle_questions`): one told and the other
asked, or both told by their ratio. Our own problems, answers worked out by hand; near misses
(which other angle, the largest angle being the right one, an 'acute' angle of 90 or more)
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 90 - 38
    ("In a right triangle, one acute angle measures $38^\\circ$. What is the measure of the "
     "other acute angle?", "52"),
    ("One acute angle of a right triangle is 71 degrees. How many degrees are in the other "
     "acute angle?", "19"),
    # the right angle is one of the three: 180 - 90 - 44
    ("A right triangle has an angle of $44^\\circ$. What is the measure of the third angle?",
     "46"),
    # 90 split 1:5 and 5:13
    ("The acute angles of a right triangle are in the ratio 1:5. What is the larger acute "
     "angle?", "75"),
    ("In a right triangle, the acute angles are in the ratio 5:13. What is the measure of the "
     "smallest angle?", "25"),
    # any polygon's name (one table): 1080 - 7 * 130
    ("Seven angles of an octagon measure 130, 130, 130, 130, 130, 130 and 130 degrees. What "
     "is the eighth angle?", "170"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_right_triangle_angles_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # impossible polygons: an angle of 420 degrees, a straight angle of 180 at a corner
    "The angles of a hexagon are in the ratio 1:1:1:1:1:7. What is the largest angle?",
    "Four angles of a pentagon measure 100, 100, 100 and 60 degrees. What is the fifth angle?",
    "The angles of an octagon are in the ratio 1:1:1:1:2:2:2:2. What is the largest angle?",
    # the other angle: the right angle or the other acute one?
    "In a right triangle, one angle measures $35^\\circ$. What is the measure of the other "
    "angle?",
    # no acute angle is 90 degrees or more
    "In a right triangle, one acute angle measures $95^\\circ$. What is the measure of the "
    "other acute angle?",
    # the largest angle of a right triangle is the right angle, not an acute one
    "The acute angles of a right triangle are in the ratio 1:2. What is the largest angle?",
    # three numbers for two acute angles
    "The acute angles of a right triangle are in the ratio 1:2:3. What is the smallest angle?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_right_triangle_angles_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 540 degrees in 2 + 3 + 4 + 4 + 5 = 18 parts of 30
    ("The interior angles of a pentagon are in the ratio 2:3:4:4:5. What is the measure of the "
     "largest angle?", "150"),
    # 720 in 2 + 2 + 3 + 3 + 4 + 4 = 18 parts of 40: the smallest is 80
    ("The measures of the interior angles of a hexagon are in the ratio 2:2:3:3:4:4. What is "
     "the measure of the smallest interior angle?", "80"),
    # 360 - 70 - 95 - 110
    ("Three interior angles of a quadrilateral measure 70, 95 and 110 degrees. What is the "
     "fourth interior angle?", "85"),
])
def test_interior_angles_said_as_such(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_interior_angles_with_a_straight_angle_decline() -> None:
    # 540 in 18 parts of 30: the largest would be 180, no corner
    assert solve_now("The interior angles of a pentagon are in the ratio 2:3:3:4:6. What is the "
                     "measure of the largest angle?").answer is None
