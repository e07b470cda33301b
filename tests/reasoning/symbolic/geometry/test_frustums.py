"""A frustum of a cone or of a square pyramid told in words (geometry/frustums.py): our own
problems, worked by hand; the surface area without "lateral" or "total" asks back."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # h/3 (36 + 9 + 18) pi with h = 4
    ("A truncated cone has base radii 6 and 3 and height 4. What is its volume? Express your "
     "answer in terms of pi.", "84\\pi"),
    # s = 5 (lean 3, height 4): pi (6 + 3) 5
    ("A frustum of a right circular cone has a lower base radius of 6 inches, an upper base "
     "radius of 3 inches, and a height of 4 inches. What is its lateral surface area?",
     "45\\pi"),
    # 6/3 (100 + 16 + 40)
    ("Find the volume of a frustum of a square pyramid with base edges 10 and 4 and height 6.",
     "312"),
    # lean 3, slant 5: height 4
    ("A frustum of a cone has a lower base radius of 5 cm, an upper base radius of 2 cm and a "
     "slant height of 5 cm. Find its height.", "4"),
    # s = 2 sqrt 13: 24 sqrt 13 pi + 64 pi + 16 pi
    ("A truncated cone has bases with radii 8 and 4 and a height of 6. What is its total "
     "surface area?", "80\\pi+24\\sqrt{13}\\pi"),
    # radii 5 and 2, lean 3, height 4: slant 5
    ("A frustum of a cone has a lower base diameter of 10 and an upper base diameter of 4, and "
     "its height is 4. Find its slant height.", "5"),
    # lean 4, slant 5
    ("Find the height of a frustum of a cone with base radii 7 and 3 and slant height 5.", "3"),
    # lean 3, slant 5: 4 trapezoids (8 + 2)/2 * 5
    ("A frustum of a square pyramid has a lower base edge of 8 and an upper base edge of 2. Its "
     "height is 4. What is its lateral surface area?", "100"),
    ("The truncated right circular cone has a large base radius $7$ cm and a small base radius "
     "of $3$ cm. The height of the truncated cone is $3$ cm. What is the volume of this solid?",
     "79\\pi"),
    # the unit asked as a piece of maths: 3/3 (25 + 4 + 10) pi
    ("A truncated right circular cone has base radii $5$ cm and $2$ cm and a height of $3$ cm. "
     "How many $\\text{cm}^3$ are in its volume?", "39\\pi"),
    ("How many cubic inches are in the volume of a frustum of a cone with base radii 5 and 2 "
     "inches and height 3 inches?", "39\\pi"),
    # the measures told in sentences of their own: lean 6, height 8, slant 10
    ("A truncated cone has base radii 9 and 3. The height of the truncated cone is 8. Find the "
     "slant height of this solid.", "10"),
    # lean 2, slant 3: height sqrt 5; sqrt5/3 (36 + 4 + 12)
    ("A frustum of a square pyramid has base edges 6 and 2. The slant height of the frustum is "
     "3. What is its volume?", "\\frac{52\\sqrt{5}}{3}"),
])
def test_frustums(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "A truncated cone has base radii 6 and 3. What is its volume?",  # no height
    "A frustum of a cone has base radii 5 and 5 and height 3. What is its volume?",  # cylinder
    "A truncated cone has base radii 6 and 3, height 4 and slant height 9. What is its volume?",
    "A frustum of a cone has base radii 7 and 3 and slant height 2. What is its volume?",
    # two units of length
    "What is the volume of a frustum of a cone with a lower base radius of 5 feet, an upper "
    "base radius of 24 inches and a height of 3 feet?",
])
def test_frustums_that_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_surface_area_alone_asks_which() -> None:
    sol = solve_now("A truncated cone has bases with radii 8 and 4 and a height of 6. What is "
                    "its surface area?")
    assert sol.answer is None
    told = f"{sol.declined} {sol.detail}"
    assert "lateral surface alone" in told and "with both bases" in told
