"""The area of the region straight lines bound (our own problems): three lines bound one
triangle; four with one parallel pair bound a trapezoid, when the words say so."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the area of the triangle formed by the lines $y = 2x + 1$, $y = -x + 7$ and "
     "the $x$-axis?", "\\frac{75}{4}"),
    ("A trapezoid is bounded by $y = 6$, $y = 2$, the $y$-axis and $y = x$. How many square "
     "units are in its area?", "16"),
    ("The lines $y = 3x - 3$ and $y = -2x + 12$ and the $y$-axis enclose a triangle. "
     "What is its area?", "\\frac{45}{2}"),
    ("Together with the $x$-axis, the lines $y = x + 2$ and $y = -2x + 8$ form a triangle. "
     "Find the area of this triangle.", "12"),
    ("Compute the area of the triangle bounded by $x + y = 6$, $x - y = 2$ and $y = -1$.",
     "9"),
])
def test_regions_bounded_by_lines(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two of the three lines are parallel: no bounded region
    "What is the area of the triangle formed by $y = 2x$, $y = 2x + 3$ and the $x$-axis?",
    # three lines through one point
    "What is the area of the triangle formed by $y = x$, $y = -x$ and the $x$-axis?",
    # four lines, but the shape is not named (a triangle is cut off too)
    "What is the area of the region bounded by $y = x$, $y = 6$, $y = 2$ and the $y$-axis?",
    # a curve, not a line
    "What is the area of the region bounded by $y = x^2$, $y = 4$ and the $y$-axis?",
    # the two other lines cross between the parallels
    "What is the area of the trapezoid bounded by $y = 0$, $y = 4$, $y = x$ and $y = 4 - x$?",
])
def test_bounded_regions_decline_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # corners (0,0), (6,0), (6,6)
    ("The lines y = x, x = 6 and y = 0 bound a triangle. What is its area?", "18"),
    # corners (0,0), (3,0), (3,6)
    ("The lines y = 2x, y = 0 and x = 3 bound a triangle. Find the area of the triangle.", "9"),
])
def test_lines_that_bound_a_triangle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_two_lines_bound_no_region() -> None:
    assert solve_now("The lines y = x and y = 2x bound a region. What is its area?").answer is None
