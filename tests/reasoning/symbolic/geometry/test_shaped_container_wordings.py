"""A container told by the solid it is shaped like (solid_references.py: "a cup shaped like a
cone" without "is", "the vase will be a cylinder"), and a cone-shaped tank holding water to a
part of its capacity (cone_fill_levels.py: "cone-shaped" read as a cone), with the depth asked
outright or in an a cbrt(b) form. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # h = 3 * 60 / (9 pi) = 20 / pi = 6.37
    ("A paper cup shaped like a cone has a radius of 3 cm. How tall must the cup be to hold 60 "
     "cubic cm of water? Express your answer to the nearest whole number.", "6"),
    # "will be": h = 200 / (16 pi) = 3.98
    ("The vase will be a right circular cylinder with a four-inch radius. How tall will the "
     "vase need to be to hold 200 cubic inches of water? Express your answer to the nearest "
     "whole number.", "4"),
    # h = 50 / (4 pi) = 3.98
    ("A new mug will be a cylinder with radius 2 inches. How tall will the mug need to be to "
     "hold 50 cubic inches of coffee? Round to the nearest tenth.", "4.0"),
    # a part 1/8 of the volume: the water is a cone of half the height
    ("An inverted cone-shaped tank has radius 6 and height 24. The water in it is 12.5% of the "
     "tank's capacity. How deep is the water?", "12"),
    # 30 cbrt(1/2) = 15 cbrt 4
    ("An upside-down cone-shaped tank has height 30 feet and radius 10 feet. The water fills "
     "$50\\%$ of the tank's capacity. The depth of the water can be written as $a\\sqrt[3]{b}$, "
     "where $b$ has no perfect cube factors. What is $a+b$?", "19"),
])
def test_shaped_container(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # which way up the tank stands is not told
    "A cone-shaped tank has radius 6 and height 24. The water in it is 12.5% of the tank's "
    "capacity. How deep is the water?",
    # a cup of no told shape
    "A paper cup has a radius of 3 cm. How tall must the cup be to hold 60 cubic cm of water? "
    "Express your answer to the nearest whole number.",
])
def test_shaped_container_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
