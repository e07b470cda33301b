"""An angle of a triangle told by its three sides (geometry/triangle_side_angles.py): the
angle opposite a side, between two sides, or the largest or smallest, in degrees or as a
cosine. Our own problems; answers worked by hand with the law of cosines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # opposite 14: (36 + 100 - 196) / 120 = -1/2
    ("The three sides of a triangle are 6, 10 and 14 units long. What is the measure, in "
     "degrees, of its largest angle?", "120"),
    # opposite 13 in 7, 8, 13: (49 + 64 - 169) / 112 = -1/2
    ("A triangle has side lengths 7, 8, and 13. What is the measure of the angle opposite the "
     "side of length 13?", "120"),
    # opposite 7 in 3, 7, 8: (9 + 64 - 49) / 48 = 1/2
    ("What is the measure of the angle opposite the side of length 7 in a triangle with sides "
     "3, 7 and 8?", "60"),
    # between 5 and 3 (opposite 7): (25 + 9 - 49) / 30 = -1/2
    ("The sides of a triangle measure 5, 3 and 7. Find the measure of the angle between the "
     "sides of lengths 5 and 3.", "120"),
    # smallest, opposite 2 in 2, 3, 4: (9 + 16 - 4) / 24 = 7/8
    ("What is the cosine of the smallest angle of a triangle whose sides are 2, 3 and 4? "
     "Express your answer as a common fraction.", "\\frac{7}{8}"),
    # largest, opposite 4: (4 + 9 - 16) / 12 = -1/4
    ("A triangle has sides 2, 3 and 4. What is the cosine of its largest angle?",
     "-\\frac{1}{4}"),
    # 1, 1, sqrt 2: a right angle
    ("A triangle has sides $1$, $1$ and $\\sqrt{2}$. How many degrees are in its largest "
     "angle?", "90"),
])
def test_an_angle_from_three_sides(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 4, 5, 6: the largest angle's cosine is 1/8, not an exact number of degrees
    "A triangle has sides 4, 5 and 6. What is the measure of its largest angle?",
    # 1, 2, 5 make no triangle
    "A triangle has sides 1, 2 and 5. What is the cosine of its largest angle?",
    # 3, 4, 7 is flat
    "A triangle has sides 3, 4 and 7. What is the measure of its largest angle?",
    # a side that is not one of the triangle's
    "A triangle has sides 5, 7 and 8. What is the measure of the angle opposite the side of "
    "length 9?",
    # two angles asked
    "A triangle has sides 5, 7 and 8. What are the measures of its largest and smallest "
    "angles?",
    # the sides in a ratio only
    "The sides of a triangle are in the ratio 3:5:7. What is the measure of its largest angle?",
])
def test_an_angle_from_three_sides_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
