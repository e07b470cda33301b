"""What a larger or smaller solid of the same material weighs or is worth
(geometry/scaled_solid_values.py): the value scales with the volume, by the cube of the ratio
of the lengths. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 120 * (4/2)^3
    ("A two-inch cube of platinum is worth $\\$120$. How much is a four-inch cube of platinum "
     "worth?", "960"),
    # 5 * (6/3)^3
    ("A 3-inch cube of brass weighs 5 pounds and is worth $\\$40$. How much does a 6-inch cube "
     "of brass weigh?", "40"),
    # 40 * 8: the worth asked, the weight told too
    ("A 3-inch cube of brass weighs 5 pounds and is worth $\\$40$. How much is a 6-inch cube of "
     "brass worth?", "320"),
    # 250 * (3/5)^3 = 54
    ("A cube of iron with edge 5 cm weighs 250 grams. How much does a cube of iron with edge "
     "3 cm weigh?", "54"),
    # 16 * (3/4)^3 = 27/4
    ("A glass ball of radius 4 inches weighs 16 ounces. How much does a glass ball of radius 3 "
     "inches weigh?", "\\frac{27}{4}"),
    # by diameters: 4 * (9/6)^3 = 27/2
    ("A sphere of diameter 6 inches weighs 4 pounds. What does a sphere of diameter 9 inches of "
     "the same material weigh?", "\\frac{27}{2}"),
])
def test_a_value_scaled_by_volume(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two materials
    "A 2-inch cube of silver weighs 3 pounds. How much does a 4-inch cube of gold weigh?",
    # two units of length
    "A 2-inch cube of silver weighs 3 pounds. How much does a 3-foot cube of silver weigh?",
    # a hollow cube is not solid material all through
    "A 2-inch cube of silver weighs 3 pounds. How much does a hollow 4-inch cube of silver "
    "weigh?",
    # painting goes with the surface, not the volume
    "A 2-inch cube costs $\\$30$ to paint. How much does it cost to paint a 4-inch cube?",
    # a cube and a sphere
    "A 2-inch cube of silver weighs 3 pounds. How much does a sphere of radius 2 inches of "
    "silver weigh?",
])
def test_a_value_scaled_by_volume_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
