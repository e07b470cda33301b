"""A count before "sides" is no side length (`geometry.triangle_sides`): "a triangle with
two sides 3 and 4" was read as sides 2, 3 and 4 (area 3√15/4, perimeter 9). Two sides
alone fix neither the area nor the perimeter: decline. Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

DECLINED = [
    "Find the area of a triangle with two sides 3 and 4.",
    "What is the perimeter of a triangle with two sides 6 and 9?",
    "A triangle has two side lengths 7 and 9. Find its perimeter.",
    "What is the area of a triangle whose 2 sides are 5 and 6?",
]

SOLVED = [
    # s = 6, sqrt(6 * 3 * 2 * 1) = 6: "three" counts the sides that follow
    ("A triangle has three sides 3, 4 and 5. What is its area?", "6"),
    # the word "two" is a length here: 2 + 3 + 4
    ("Find the perimeter of a triangle with sides two, 3 and 4.", "9"),
    ("What is the perimeter of a triangle whose sides measure 4, 5 and 6?", "15"),
]


@pytest.mark.parametrize("problem", DECLINED)
def test_two_sides_alone_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_three_sides_still_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
