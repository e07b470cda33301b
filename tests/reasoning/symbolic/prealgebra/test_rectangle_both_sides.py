"""Both sides of a rectangle asked at once (prealgebra/rectangle_stories.py): "what are its
dimensions", "find the length and width", typed as a student types them, with the sides fixed
by the perimeter and the area. Our own wordings, answers worked by hand (both sides put back
into the perimeter and the area); near misses (sides not fixed, no whole rectangle, a square
asked for two sides) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2(4 + 9) = 26, 4 * 9 = 36
    ("a rectangle has perimeter 26 and area 36. what are its dimensions", "4, 9"),
    ("The perimeter of a rectangle is 34 and its area is 72. Find the length and width.",
     "8, 9"),
    ("a rectangle has an area of 18 and a perimeter of 22. what are its sides", "2, 9"),
    ("a rectangular garden has area 48 and perimeter 28. how long is the shorter side", "6"),
    # the story fixes which is the length: w = 3, l = 7
    ("a rectangle is 4 cm longer than it is wide and its perimeter is 20 cm. find the width "
     "and length", "3, 7"),
]

NEAR_MISSES = [
    # the perimeter alone does not fix the sides
    "a rectangle has perimeter 26. what are its dimensions",
    # no rectangle has perimeter 10 and area 20 (l + w = 5, l w = 20 has no real roots)
    "a rectangle has perimeter 10 and area 20. what are its dimensions",
    # a square has one side
    "a square has perimeter 24. what are its dimensions",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_both_sides_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_both_sides_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
