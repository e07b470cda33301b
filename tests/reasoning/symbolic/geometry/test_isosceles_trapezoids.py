"""An isosceles trapezoid told by its bases and its legs, height or diagonals
(geometry/isosceles_trapezoids.py): our own problems, worked out by hand from the two right
triangles the heights cut off."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (20 - 8)/2 = 6: h = sqrt(100 - 36)
    ("An isosceles trapezoid has bases 8 and 20 and legs 10. What is its height?", "8"),
    ("An isosceles trapezoid has bases 8 and 20 and legs 10. What is its perimeter?", "48"),
    # half difference 3, h = 4: (10 + 16)/2 * 4
    ("What is the area of an isosceles trapezoid with bases 10 and 16 and legs 5?", "52"),
    # half difference 4: leg = sqrt(9 + 16)
    ("An isosceles trapezoid has bases of 6 and 14 and a height of 3. How long is each leg?",
     "5"),
    # half difference 5, h = 12; half sum 12: diagonal sqrt(144 + 144)
    ("An isosceles trapezoid has parallel sides of length 7 and 17 and legs of length 13. What "
     "is the length of a diagonal?", "12\\sqrt{2}"),
    # half sum 7: h = sqrt(625 - 49) = 24, area 7 * 24
    ("An isosceles trapezoid has bases 4 cm and 10 cm and diagonals of 25 cm. What is its "
     "area?", "168"),
    # the lengths told as the subject: half difference 4, h = sqrt(25 - 16)
    ("The bases of an isosceles trapezoid are 12 and 20, and its legs are 5. Find its height.",
     "3"),
])
def test_isosceles_trapezoids(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # legs too short to reach across the overhang of 6
    "An isosceles trapezoid has bases 8 and 20 and legs 5. What is its height?",
    # equal bases: a rectangle
    "An isosceles trapezoid has bases 8 and 8 and legs 5. What is its height?",
    # legs and height both told: they may disagree
    "An isosceles trapezoid has bases 8 and 20 and legs 10 and a height of 8. What is its area?",
    # not said to be isosceles: the legs may differ
    "A trapezoid has bases 8 and 20 and legs 10 and 12. What is its height?",
])
def test_isosceles_trapezoids_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
