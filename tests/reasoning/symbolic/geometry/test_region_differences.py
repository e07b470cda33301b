"""The region inside one figure and outside another inscribed in it: the outer figure's
area (or volume) less the inner one's. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a circle of radius 7 in a square of side 14: 196 - 49 pi
    ("A circle is inscribed in a square whose side is 14. What is the area of the region "
     "inside the square but outside the circle? Express your answer in terms of $\\pi$.",
     "196-49\\pi"),
    # radius 4: the square's diagonal is 8, its area 32; the circle's 16 pi
    ("A square is inscribed in a circle of radius 4. Find the area of the region that is inside "
     "the circle and outside the square. Express your answer in terms of $\\pi$.",
     "16\\pi-32"),
    # the square's area 36: side 6, circle of radius 3
    ("A circle is inscribed in a square. The area of the square is 36. What is the area of the "
     "square not covered by the circle? Express your answer in terms of $\\pi$.", "36-9\\pi"),
    # "between": the outer one less the inner one, whichever is named first
    ("A square is inscribed in a circle with diameter 6. What is the area of the region between "
     "the square and the circle? Express your answer in terms of $\\pi$.", "9\\pi-18"),
    # side 3 in a circle of radius sqrt 3: 3 pi - 9 sqrt 3 / 4
    ("An equilateral triangle with side length 3 is inscribed in a circle. What is the area "
     "inside the circle but outside the triangle? Express your answer in terms of $\\pi$ and "
     "in simplest radical form.", "3\\pi-\\frac{9\\sqrt{3}}{4}"),
    # a sphere of radius 4 in a cube of edge 8: 512 - 256 pi / 3
    ("A sphere is inscribed in a cube with edge length 8. What is the volume of the space "
     "inside the cube but outside the sphere? Express your answer in terms of $\\pi$.",
     "512-\\frac{256\\pi}{3}"),
])
def test_the_region_between_a_figure_and_one_inscribed_in_it(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no figure is said to lie inside the other: the region is not a difference
    "A circle of radius 3 and a square of side 4 are drawn. What is the area of the region "
    "inside the square but outside the circle?",
    # the circle lies inside the square: nothing of it is outside
    "A circle is inscribed in a square of side 10. What is the area of the region inside the "
    "circle but outside the square?",
])
def test_a_region_without_one_figure_inside_the_other_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
