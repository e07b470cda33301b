"""One dimension of a figure told as a multiple or a percent of another, the other told as a
number: our own wordings and numbers (answers worked out by hand), and near misses that
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # r = 5, h = 10: pi * 25 * 10
    ("A cylinder has a radius of 5 and a height twice its radius. Find its volume.",
     "250\\pi"),
    # d = 12, h = 9: (1/3) pi 36 * 9
    ("A cone has a diameter of 12 inches and a height that is $75\\%$ of the diameter. What is "
     "the volume of the cone?", "108\\pi"),
    # r = 2, h = 6: pi * 4 * 6
    ("A right circular cylinder has a radius of 2 meters and a height three times its radius. "
     "What is its volume in cubic meters?", "24\\pi"),
    # l = 16, w = 4: area 64
    ("A rectangle has a length of 16 and a width that is one fourth of its length. What is "
     "its area?", "64"),
    # l = 10, w = 5: perimeter 30
    ("A rectangle has a length of 10 cm and a width half its length. Find its perimeter.",
     "30"),
    # r = 3, h = 12: lateral area 2 pi 3 12
    ("A cylinder with a radius of 3 has a height which is 4 times the radius. What is its "
     "lateral surface area?", "72\\pi"),
    # r = 6, h = 12: (1/3) pi 36 * 12
    ("The radius of a cone is 6 and its height is two times its radius. What is the volume of "
     "the cone?", "144\\pi"),
    # 8 by 3 by 3
    ("A rectangular box has a length of 8, a width of 3 and a height equal to its width. What "
     "is its volume?", "72"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_dimension_relation_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a measure of another figure
    "A cylinder has a radius of 4 and a cone has a height twice the radius of the cylinder and "
    "a radius of 3. What is the volume of the cone?",
    # the radius is never told
    "A cone has a height twice its radius. What is its volume?",
    # both measures told: which to believe
    "A cylinder has a radius of 4 and a height of 9 and a height twice its radius. What is "
    "its volume?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_dimension_relation_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "equal to 50% of", a figure named by its adjective ("a conical pile"): r 4, h 4
    ("A conical pile of gravel has a diameter of 8 feet and a height equal to 50% of the "
     "diameter. What is its volume in cubic feet?", "\\frac{64\\pi}{3}"),
    ("A cylinder has a radius of 2 and a height equal to 5 times its radius. What is its "
     "volume?", "40\\pi"),
    ("A rectangle has a length of 20 and a width equal to 15% of its length. What is its area?",
     "60"),
])
def test_a_dimension_equal_to_a_part_of_another(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # a fraction of the other: h = 2/3 * 9 = 6, pi 81 * 6
    ("A cylinder has a radius of 9 and a height that is 2/3 of its radius. What is its volume? "
     "Express your answer in terms of $\\pi$.", "486\\pi"),
    # LaTeX fraction of the base diameter: h = 5/4 * 12 = 15, r = 6: pi 36 * 15 / 3
    ("A right cone has a base diameter of $12$ and a height equal to $\\frac{5}{4}$ of the "
     "diameter. Find its volume in terms of $\\pi$.", "180\\pi"),
    # a percent of its base diameter: h = 0.25 * 20 = 5, r = 10: pi 100 * 5 / 3
    ("a cone has a height that is 25% of its base diameter and the diameter is 20 inches. what "
     "is the volume of the cone", "\\frac{500\\pi}{3}"),
])
def test_a_dimension_a_fraction_of_another(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a whole number "of the radius" is not a fraction of it
    "A cylinder has a radius of 9 and a height that is 2 of its radius. What is its volume?",
    # the radius of another figure
    "A cylinder has a height that is 2/3 of the radius of a sphere. What is its volume?",
])
def test_a_whole_number_of_a_dimension_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
