"""One unnamed isosceles triangle told in words (`geometry.isosceles_stories`): legs L, base
b, base angle B and vertex angle 180 - 2B. Our own problems in several wordings (answers
worked out by hand in the comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # "each leg" asked: (36 - 14) / 2; base angles "are each" / "are" 40: 180 - 80
    ("An isosceles triangle has a perimeter of 36 and a base of 14. How long is each leg?",
     "11"),
    ("The base angles of an isosceles triangle are each 40 degrees. What is the vertex angle?",
     "100"),
    ("The base angles of an isosceles triangle are 65 degrees. What is the vertex angle?", "50"),
    # "two sides of length 10" with the base told apart: the equal sides; height 8, area 48
    ("An isosceles triangle has two sides of length 10 and a base of length 12. What is its "
     "area?", "48"),
    # 17 + 17 + 16
    ("An isosceles triangle has two sides measuring 17 and a base of 16. Find its perimeter.",
     "50"),
    # 180 - 2 * 35
    ("In an isosceles triangle, one of the base angles is $35^\\circ$. How many degrees are "
     "in the vertex angle?", "110"),
    # "one base angle": 180 - 2 * 41
    ("In an isosceles triangle, one base angle measures $41^\\circ$. What is the measure of the "
     "vertex angle, in degrees?", "98"),
    # (180 - 64) / 2
    ("The vertex angle of an isosceles triangle measures 64 degrees. What is the measure, in "
     "degrees, of each base angle?", "58"),
    # 120 must be the vertex angle: (180 - 120) / 2
    ("An isosceles triangle has an angle of $120^{\\circ}$. What is the measure of one of its "
     "smallest angles?", "30"),
    # a base angle of 25: the vertex angle 130 is the largest
    ("In an isosceles triangle, one of the angles opposite an equal side measures "
     "$25^\\circ$. What is the measure of the triangle's largest angle?", "130"),
    # both base angles told: 180 - 2 * 66
    ("The base angles of an isosceles triangle each measure $66^\\circ$. What is the measure "
     "of the vertex angle?", "48"),
    # 3 + 3 < 8, so the equal sides are 8: 8 + 8 + 3
    ("Two sides of an isosceles triangle are 3 inches and 8 inches long. What is its perimeter, "
     "in inches?", "19"),
    # legs 13, base 10: height 12, area 60
    ("An isosceles triangle has two congruent sides of length 13 and a base of length 10. What "
     "is its area?", "60"),
    # 2L + 14 = 50
    ("The perimeter of an isosceles triangle is 50 cm and its base is 14 cm. What is the length "
     "of each of the equal sides?", "18"),
    # legs 17, base 16: height 15
    ("An isosceles triangle has legs of length 17 and a base of 16. Find the length of the "
     "altitude to the base.", "15"),
    # 2 * 2 < 7, so the third side is 7
    ("Two sides of an isosceles triangle measure 2 and 7. What is the length of the third "
     "side?", "7"),
]

DECLINED = [
    # two different sides with no base told: 10, 10, 12 or 12, 12, 10
    "An isosceles triangle has two sides of length 10 and 12. What is its perimeter?",
    # the base is not told
    "An isosceles triangle has two sides of length 10. What is its area?",
    # 50 may be a base angle or the vertex angle
    "An isosceles triangle has an angle of $50^\\circ$. What is its largest angle?",
    # 6 and 7 can both be the base
    "Two sides of an isosceles triangle are 6 and 7. What is its perimeter?",
    # an exterior angle is another question
    "An exterior angle of an isosceles triangle is $100^\\circ$. What is the vertex angle?",
    # the other angles are not one measure asked
    "In an isosceles triangle one base angle is $40^\\circ$. What are the other two angles?",
    # legs 3 and a base 7 make no triangle
    "An isosceles triangle has legs of length 3 and a base of length 7. What is its area?",
    # a named triangle is not this reader's
    "In isosceles triangle $ABC$, the vertex angle is $40^\\circ$. Find the base angle $B$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_isosceles_story_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_isosceles_story_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
