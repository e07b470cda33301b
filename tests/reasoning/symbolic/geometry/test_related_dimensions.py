"""One dimension of a figure told through another, and a measure of the whole told
(geometry/related_dimensions.py): our own problems, the one equation solved by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # pi r^2 (2r) = 16 pi: r = 2
    ("A cylinder's height is twice its radius. If its volume is $16\\pi$, what is its radius?",
     "2"),
    # w (w + 4) = 60: w = 6, l = 10, P = 32
    ("A rectangle has a length that is 4 more than its width, and its area is 60. What is its "
     "perimeter?", "32"),
    ("A rectangle has a length that is 4 more than its width, and its area is 60. What is its "
     "width?", "6"),
    # l (l - 5) = 84: l = 12
    ("The width of a rectangle is 5 cm less than its length. The area of the rectangle is 84 "
     "square centimeters. What is the length of the rectangle?", "12"),
    # 2(w + 2) + 2w = 40: w = 9, l = 11
    ("A rectangle's length is 2 more than its width. If its perimeter is 40, what is its "
     "area?", "99"),
    # (2h) h / 2 = 25
    ("The base of a triangle is twice its height. The area of the triangle is 25. What is the "
     "height of the triangle?", "5"),
    # r^3 + 4 r^2 = 5: r = 1
    ("The height of a cylinder is 4 more than its radius. Its volume is $5\\pi$. What is its "
     "height?", "5"),
])
def test_related_dimensions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 4w + 4 = 2: no positive width
    "A rectangle's length is 2 more than its width. If its perimeter is 2, what is its area?",
    # a negative area
    "A rectangle has a length that is 4 more than its width, and its area is -60. What is its "
    "perimeter?",
    # two relations
    "A rectangle's length is 2 more than its width and its width is 3 times its length. If its "
    "area is 40, what is its perimeter?",
])
def test_related_dimensions_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
