"""What a solid holds is its volume (`solid_asking`): "a can holds 250 pi cubic centimeters
(of water when full)", "how tall must a cylinder with radius 2 be to hold ...", a cubical
box. Our own problems (answers worked by hand in the comments), and near misses that must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # pi * 4 * h = 40 pi
    ("How tall must a cylinder with radius 2 inches be to hold $40\\pi$ cubic inches of "
     "water?", "10"),
    # pi r^2 * 10 = 250 pi
    ("A cylindrical can has a height of 10 cm and holds $250\\pi$ cubic centimeters. What is "
     "the radius of the can?", "5"),
    ("A cubical box holds 216 cubic inches. What is the length of one edge?", "6"),
    # 4/3 pi r^3 = 288 pi: r^3 = 216
    ("A spherical tank can hold $288\\pi$ cubic feet of water. What is its radius?", "6"),
    # pi * 25 * h = 500 pi
    ("A cylindrical tank with a radius of 5 feet holds $500\\pi$ cubic feet of water when "
     "full. How tall is the tank?", "20"),
    # pi * 9 * h = 72 pi
    ("How tall is a cylinder of radius 3 that holds $72\\pi$ cubic units?", "8"),
    # 5 * 4 * h = 100
    ("A rectangular box with a length of 5 and a width of 4 holds 100 cubic inches. What is "
     "its height?", "5"),
    # pi * 16 * h = 48 pi
    ("A cylinder with radius 4 holds $48\\pi$ cubic inches. What is its height?", "3"),
    # 1/3 pi r^2 * 6 = 50 pi: r^2 = 25
    ("What radius must a cone with height 6 have to hold $50\\pi$ cubic inches?", "5"),
]

DECLINED = [
    # a square unit is no volume
    "How tall must a cylinder with radius 2 inches be to hold $40\\pi$ square inches of paint?",
    # half full: the water is not the whole can
    "A cylindrical can holds $250\\pi$ cubic centimeters of water when half full. Its height "
    "is 10 cm. What is its radius?",
    # ounces are not read
    "A cylindrical can holds 12 ounces of soda. What is its radius?",
    # something else in it
    "A cylinder with radius 4 holds $48\\pi$ cubic inches and 3 marbles. What is its height?",
    "How tall must a cylinder with radius 2 inches be to hold $40\\pi$ cubic inches of water "
    "if it is only half full?",
    # two units
    "A cylindrical can with height 10 cm holds $250\\pi$ cubic inches. What is its radius?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solid_holding_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_solid_holding_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
