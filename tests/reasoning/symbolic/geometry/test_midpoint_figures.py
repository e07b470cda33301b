"""The figure made by joining the midpoints of a figure's sides
(geometry/midpoint_figures.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a quarter of the area
    ("The midpoints of the sides of a triangle with area 48 are joined to form a smaller "
     "triangle. What is the area of the smaller triangle?", "12"),
    ("The midpoints of the sides of a triangle with area $A$ are joined to form a triangle with "
     "area $B$. What is the ratio of $B$ to $A$? Express your answer as a common fraction.",
     "\\frac{1}{4}"),
    # half the square's area: 64 / 2
    ("The midpoints of the sides of a square with side length 8 are connected to form a smaller "
     "square. What is the area of the smaller square?", "32"),
    # Varignon: half of any quadrilateral
    ("The midpoints of the sides of a quadrilateral with area 42 are joined in order to form a "
     "parallelogram. What is the area of the parallelogram?", "21"),
    # half the perimeter
    ("The midpoints of the sides of a triangle with perimeter 26 are joined to form a smaller "
     "triangle. What is the perimeter of the smaller triangle?", "13"),
])
def test_midpoint_figures(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # nothing told about the triangle's size
    "The midpoints of the sides of a triangle are joined to form a smaller triangle. What is the "
    "area of the smaller triangle?",
    # a quadrilateral's perimeter does not fix the midpoint figure's
    "The midpoints of the sides of a quadrilateral with perimeter 20 are joined in order. What "
    "is the perimeter of the new figure?",
])
def test_midpoint_figures_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
