"""Triangles given by the list of their three sides (`geometry.triangle_sides`): a named
triangle ("triangle $PQR$ has sides ...") and two named triangles compared by the ratio of
their areas or perimeters, by Heron's formula. Our own problems (answers worked out by hand
in the comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # s = 9, sqrt(9 * 4 * 3 * 2) = 6 sqrt 6
    ("Triangle $KLM$ has sides of length 5, 6 and 7. What is the area of triangle $KLM$? "
     "Express your answer in simplest radical form.", "6\\sqrt{6}"),
    # 9 + 10 + 17
    ("The sides of triangle $UVW$ measure 9, 10 and 17 centimeters. What is its perimeter?",
     "36"),
    # areas 30 (5-12-13) and 84 (13-14-15): 30/84
    ("Triangle $ABC$ has sides of length 5, 12 and 13 units, and triangle $PQR$ has sides of "
     "length 13, 14 and 15 units. What is the ratio of the area of triangle $ABC$ to the area "
     "of triangle $PQR$? Express your answer as a common fraction.", "\\frac{5}{14}"),
    # perimeters 12 and 36, the later-named triangle first
    ("Triangle $GHI$ has sides of length 3, 4 and 5. Triangle $JKL$ has sides of length 9, 12 "
     "and 15. What is the ratio of the perimeter of triangle $JKL$ to the perimeter of "
     "triangle $GHI$?", "3"),
]

DECLINED = [
    # 2 + 3 < 6: no triangle
    "Triangle $ABC$ has sides of length 2, 3 and 6, and triangle $DEF$ has sides of length 3, "
    "4 and 5. What is the ratio of the area of triangle $ABC$ to the area of triangle $DEF$?",
    # a triangle asked that was not given
    "Triangle $ABC$ has sides of length 3, 4 and 5, and triangle $DEF$ has sides of length 6, "
    "8 and 10. What is the ratio of the area of triangle $ABC$ to the area of triangle $XYZ$?",
    # two different names for the one triangle
    "Triangle $ABC$ has sides of length 3, 4 and 5. What is the area of triangle $ABD$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_triangle_side_lists_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_triangle_side_lists_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
