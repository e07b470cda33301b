"""A second solid told as so many times as long, wide and high as a first
(geometry/solid_size_relations.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.solid_size_relations import times_as_large


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 4 * 5 * 8
    ("A box is 3 feet by 4 feet by 5 feet. A second box is twice as long, twice as wide and "
     "twice as high. What is the volume of the second box?", "480"),
    # 30 * 27
    ("A box has a volume of 30 cubic inches. A larger box is three times as long, three times "
     "as wide and three times as tall as the smaller box. What is the volume of the second "
     "box?", "810"),
    # edge 4 -> 8
    ("A cube has edge 4. A second cube has edges twice as long. What is the volume of the "
     "second cube?", "512"),
    # surface area 54: edge 3 -> 12, area 6 * 144
    ("A cube has a surface area of 54. A second cube has edges 4 times as long as those of the "
     "first cube. What is the surface area of the second cube?", "864"),
])
def test_a_second_solid_so_many_times_as_large(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the height of the second box is not told
    "A box has a volume of 40 cubic inches. A second box is twice as long and twice as wide. "
    "What is the volume of the second box?",
    # the second cylinder's radius is not told
    "A cylinder has radius 2 and height 5. A second cylinder is twice as tall. What is the "
    "volume of the second cylinder?",
])
def test_a_second_solid_not_fixed_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_factors_that_differ_are_left_as_written() -> None:
    text = "a second box is twice as long, three times as wide and twice as high."
    assert times_as_large(text, []) == text
    assert times_as_large("a second box is twice as long, twice as wide and twice as high.",
                          []) == "a second box rel_2_length__width__height the first box."
    told = "a second box is @1@ times as long, @2@ times as wide and @3@ times as high."
    assert times_as_large(told, ["9", "3", "3", "3"]) == \
        "a second box rel_p1_length__width__height the first box."
    assert times_as_large(told, ["9", "3", "2", "3"]) == told
