"""Conversions between square units and between cubic units (prealgebra/area_units.py): the
length factor squared or cubed. Our own wordings, answers worked out by hand; near misses (a
square unit against a cubic one, a length against an area, a volume said in square units)
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("How many square feet are in 5 square yards?", "45"),  # 5 * 3^2
    ("How many cubic inches are in a cubic foot?", "1728"),  # 12^3
    ("How many square inches are there in 3 square feet?", "432"),  # 3 * 144
    ("How many cubic feet are in 4 cubic yards?", "108"),  # 4 * 27
    ("How many square centimeters are in one square meter?", "10000"),
    ("Convert 1.5 square meters to square centimeters.", "15000"),
    ("2 cubic meters is how many cubic centimeters?", "2000000"),
    ("How many square yards are in 45 square feet?", "5"),  # 45 / 9
    ("A patio has an area of 12 square yards. What is its area in square feet?", "108"),
    ("How many cubic feet are in $1\\frac{1}{3}$ cubic yards?", "36"),  # 4/3 * 27
    ("how many square inches in a square foot", "144"),  # typed without "are"
    ("how many cubic feet in 2 cubic yards?", "54"),
]

NEAR_MISSES = [
    "How many square feet are in 3 cubic yards?",
    "How many square feet are in 3 yards?",
    # (3 yards)^2 or 3 square yards?
    "How many square feet are in 3 yards squared?",
    "A garden has an area of 2 cubic yards. What is its area in square feet?",
    "A tank has a volume of 2 square yards. What is its volume in square feet?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_area_units_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_area_units_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 81 / 27 = 3 cubic yards
    ("A crate has a volume of 81 cubic feet. How many cubic yards are in the volume of the "
     "crate?", "3"),
    # 72 / 9 = 8 square yards
    ("A patio has an area of 72 square feet. How many square yards is that?", "8"),
    # 2 * 100^3 cubic centimeters
    ("A pool holds 2 cubic meters of water. How many cubic centimeters is that?", "2000000"),
])
def test_a_thing_measured_then_other_units(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_an_area_in_cubic_units_declines() -> None:
    assert solve_now("A patio has an area of 72 cubic feet. How many cubic yards is "
                     "that?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 2 cubic yards = 54 cubic feet, at $5 each
    ("Topsoil costs $\\$5$ per cubic foot. What is the cost, in dollars, of 2 cubic yards of "
     "topsoil?", "270"),
    # 3 square yards = 27 square feet, at $2 each
    ("Tile costs $\\$2$ per square foot. How much do 3 square yards of tile cost?", "54"),
])
def test_a_price_per_unit_and_an_amount_in_another(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a price per square foot, an amount in cubic yards
    "Tile costs $\\$2$ per square foot. How much do 3 cubic yards of tile cost?",
    # the amount asked is of another thing
    "Tile costs $\\$2$ per square foot. How much do 3 square yards of carpet cost?",
])
def test_a_price_per_unit_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
