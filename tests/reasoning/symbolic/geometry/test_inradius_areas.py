"""A triangle's area, perimeter and inscribed radius (geometry/inradius_areas.py). Our own
problems; answers worked by hand with area = r * s."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 36 / 2
    ("A circle of radius 3 is inscribed in a triangle with perimeter 36. What is the area of "
     "the triangle?", "54"),
    # 2 * 60 / 40
    ("The area of a triangle is 60 and its perimeter is 40. What is the radius of its inscribed "
     "circle?", "3"),
    ("A triangle has perimeter 28 and an inscribed circle of radius 2. What is its area?", "28"),
    # 2 * 60 / 3 (s / r = 20 / 3, above 3 sqrt 3)
    ("A triangle has area 60 and an inscribed circle of radius 3. What is its perimeter?", "40"),
    # s / r = 3 sqrt 3: the equilateral triangle of side 6
    ("A circle of radius $\\sqrt{3}$ is inscribed in a triangle with perimeter 18. What is the "
     "area of the triangle? Express your answer in simplest radical form.", "9\\sqrt{3}"),
])
def test_inradius_and_area(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # s / r = 3.75 < 3 sqrt 3: no such triangle
    "A circle of radius 4 is inscribed in a triangle with perimeter 30. What is the area of the "
    "triangle?",
    # s / r = 5 < 3 sqrt 3
    "A triangle has area 45 and an inscribed circle of radius 3. What is its perimeter?",
    # only one measure told
    "A triangle has perimeter 28. What is the radius of its inscribed circle?",
])
def test_inradius_and_area_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
