"""Geometry readers that drop unit words as glue (shadows, similar figures, isosceles stories,
median relations, parallel cuts of a cone, constructions on a named triangle) must not answer
a question asked in a unit other than the one the lengths are told in: "... 4-foot shadow. How
tall is the tree in inches?" was answered in feet (45 for 540). Such a problem declines unless
a reader converts it; the same problem asked in its own unit is still answered. Our own
wordings; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.answers import equivalent

ANOTHER_UNIT = [
    ("A tree casts a 30 foot shadow at the same time that a 6 foot man casts a 4 foot shadow. "
     "How tall is the tree in inches?", "540"),
    ("A 5-meter pole casts a 2-meter shadow. At the same time a tower casts a 12-meter shadow. "
     "How tall is the tower? Express your answer in centimeters.", "3000"),
    ("A 6-foot man casts a 4-foot shadow. At the same time, a tree casts a 20-foot shadow. How "
     "tall is the tree in yards?", "10"),
    ("Two similar triangles have corresponding sides 3 cm and 6 cm. The smaller has area 10 "
     "square cm. What is the area of the larger in square mm?", "4000"),
    ("Two similar rectangles have widths 2 feet and 5 feet. The smaller one has a perimeter of 12 "
     "feet. What is the perimeter of the larger one, in inches?", "360"),
    ("An isosceles triangle has two sides of 5 inches and a base of 6 inches. What is its area "
     "in square feet?", "\\frac{1}{12}"),
    ("The base of an isosceles triangle is 10 cm and each of its equal sides is 13 cm. What is "
     "its height in millimeters?", "120"),
    ("In triangle ABC, AB = 10 cm, AC = 6 cm and the bisector of angle A meets BC at D. If "
     "BC = 8 cm, what is BD in mm?", "50"),
    ("A cone has radius 6 inches and height 9 inches. A plane parallel to its base cuts it 3 "
     "inches below the vertex. What is the volume of the small cone that is cut off, in cubic "
     "feet?", "\\frac{\\pi}{432}"),
    ("In right triangle ABC, AB = 5 cm and BC = 12 cm with a right angle at B. What is AC in "
     "meters?", "\\frac{13}{100}"),
]

SAME_UNIT = [
    ("A tree casts a 30 foot shadow at the same time that a 6 foot man casts a 4 foot shadow. "
     "How tall is the tree in feet?", "45"),  # 30 * 6 / 4
    ("A 6-foot man casts a 4-foot shadow at the same time a tree casts a 20-foot shadow. How "
     "tall is the tree? Express your answer in feet.", "30"),  # 20 * 6 / 4
    ("Two similar triangles have corresponding sides 3 cm and 6 cm. The smaller has area 10 "
     "square cm. What is the area of the larger in square cm?", "40"),  # 10 * 2^2
    ("An isosceles triangle has two sides of 5 inches and a base of 6 inches. What is its area "
     "in square inches?", "12"),  # 6 * 4 / 2
    ("In triangle ABC, AB = 10 cm, AC = 6 cm and the bisector of angle A meets BC at D. If "
     "BC = 8 cm, what is BD in cm?", "5"),  # 8 * 10 / 16
    ("A cone has radius 6 inches and height 9 inches. A plane parallel to its base cuts it 3 "
     "inches below the vertex. What is the volume of the small cone that is cut off, in cubic "
     "inches?", "4\\pi"),  # radius 2, height 3: 4 pi
    ("In right triangle ABC, AB = 5 cm and BC = 12 cm with a right angle at B. What is AC in "
     "cm?", "13"),
    # a drawing's "unitsize(0.5 cm)" is no unit of the problem: h_A = 5 sqrt(3) / 2, GP = h_A / 3
    ("In triangle $ABC$, $AB = 5$, $AC = 7$ and $BC = 8$. The medians $AD$, $BE$ and $CF$ meet "
     "at the centroid $G$, and $P$ is the foot of the perpendicular from $G$ to $BC$. What is "
     "$GP$?\n\n[asy]\nunitsize(0.5 cm);\npair A, B, C, G, P;\nB = (0,0);\nC = (8,0);\n"
     "A = (5/2,5/2*sqrt(3));\nG = (A + B + C)/3;\nP = (G.x,0);\ndraw(A--B--C--cycle);\n"
     "draw(G--P);\nlabel(\"$A$\", A, N);\nlabel(\"$G$\", G, NE);\nlabel(\"$P$\", P, S);\n[/asy]",
     "\\frac{5\\sqrt{3}}{6}"),
]


@pytest.mark.parametrize(("problem", "converted"), ANOTHER_UNIT)
def test_asked_in_another_unit_is_never_answered_in_the_told_one(problem: str,
                                                                 converted: str) -> None:
    answer = solve_now(problem).answer
    assert answer is None or equivalent(converted, answer, timeout=10.0), answer


@pytest.mark.parametrize(("problem", "answer"), SAME_UNIT)
def test_asked_in_the_told_unit_is_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
