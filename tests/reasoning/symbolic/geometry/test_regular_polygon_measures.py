"""Regular polygons other than the hexagon with their inscribed and circumscribed circles
(figure_measures.REGULAR_MEASURES for one figure, solids.REGULAR for a polygon inscribed in
or about a circle): the apothem, the inradius and circumradius. Our own problems; answers
worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # s = 8 from the apothem 4 sqrt 3 = s sqrt 3 / 2; area 3 sqrt 3 s^2 / 2
    ("The apothem of a regular hexagon is 4\\sqrt{3}. What is its area?", "96\\sqrt{3}"),
    # s = 2 a tan(pi / 8) = 6 (sqrt 2 - 1)
    ("A regular octagon has an apothem of 3. What is the length of each side?",
     "6\\sqrt{2} - 6"),
    ("A regular octagon has side length 4. What is its apothem?", "2 + 2\\sqrt{2}"),
    ("What is the apothem of a regular hexagon with perimeter 36?", "3\\sqrt{3}"),
    ("A regular hexagon has side length 6. What is the radius of its inscribed circle?",
     "3\\sqrt{3}"),
    # R = s / (2 sin 18 degrees) = 1 + sqrt 5 for s = 2
    ("A regular decagon has side length 2. What is the radius of its circumscribed circle?",
     "1 + \\sqrt{5}"),
    ("The radius of the circumscribed circle of a regular hexagon is 5. What is the perimeter "
     "of the hexagon?", "30"),
    # r = s / (2 tan(pi / 8)) = 1 + sqrt 2 for s = 2
    ("A circle is inscribed in a regular octagon with side length 2. What is the radius of the "
     "circle?", "1 + \\sqrt{2}"),
    # 12 triangles of area sin(30 degrees) / 2
    ("A regular dodecagon is inscribed in a circle of radius 1. What is the area of the "
     "dodecagon?", "3"),
    # 5 sides of 2 sin 36 degrees
    ("A regular pentagon is inscribed in a circle of radius 1. What is the perimeter of the "
     "pentagon?", "\\frac{5\\sqrt{10 - 2\\sqrt{5}}}{2}"),
    # the angles still need no side
    ("A stop sign is a regular octagon. What is the measure of each of its interior angles?",
     "135"),
])
def test_a_regular_polygon_and_its_circles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not said regular: no apothem
    "A hexagon has side length 6. What is its apothem?",
    # nothing fixes the size
    "What is the apothem of a regular octagon?",
])
def test_a_regular_polygon_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
