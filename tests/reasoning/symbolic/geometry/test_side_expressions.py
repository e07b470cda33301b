"""A polygon's sides written in one letter and its perimeter told
(geometry/side_expressions.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 9 + (x + 2) + (2x + 4) = 30: x = 5, sides 9, 7, 14
    ("The lengths of the sides of a triangle are 9, $x+2$ and $2x+4$. The perimeter of the "
     "triangle is 30. What is the length of the longest side of the triangle?", "14"),
    # 10x = 40: sides 4, 8, 12, 16
    ("The sides of a quadrilateral have lengths $x$, $2x$, $3x$ and $4x$. The perimeter is 40. "
     "What is the length of the shortest side?", "4"),
    # 3n + 9 = 27: n = 6 (sides 6, 9, 12)
    ("The sides of a triangle are $n$, $n+3$ and $n+6$, and the perimeter is 27. What is the "
     "value of $n$?", "6"),
    # 9y = 36: sides 8, 12, 16
    ("A triangle has sides of length $2y$, $3y$ and $4y$ and a perimeter of 36. What is the "
     "shortest side?", "8"),
])
def test_sides_in_one_letter_and_the_perimeter(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x = 2 gives 2, 4 and 14: no triangle
    "The sides of a triangle are $x$, $x+2$ and $3x+8$, and the perimeter is 20. What is the "
    "longest side?",
    # four sides told for a triangle
    "The sides of a triangle are $x$, $x$, $2x$ and $2x$, and the perimeter is 30. What is the "
    "longest side?",
    # a side that is not linear in the letter
    "The sides of a triangle are $x$, $2x$ and $x^2$, and the perimeter is 24. What is the "
    "longest side?",
])
def test_sides_that_do_not_make_the_polygon_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
