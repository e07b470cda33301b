"""A solid's measure asked through what it holds (geometry/solid_asking.py), a relation told
with "whose" (solid_wording), a size told as "a 2-inch radius". Our own problems; answers
worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.solid_asking import asked_through_volume


@pytest.mark.parametrize(("problem", "answer"), [
    # 1/3 pi 16 h = 64: h = 12/pi
    ("A right circular cone has radius 4 inches. How tall must it be to hold 64 cubic inches?",
     "\\frac{12}{\\pi}"),
    # pi 4 h = 80: h = 20/pi
    ("A cylinder has a radius of 2 feet. What height must it have to hold 80 cubic feet?",
     "\\frac{20}{\\pi}"),
    # 1/3 pi 9 h = 40: h = 40/(3 pi) = 4.24...
    ("A drinking cup is shaped like a right circular cone with a 3-inch radius. How tall will "
     "the cup need to be to hold 40 cubic inches of water? Express your answer to the nearest "
     "whole number.", "4"),
    # pi r^2 8 = 200 pi
    ("A cylinder is 8 cm tall. What radius must it have to hold 200\\pi cubic cm?", "5"),
    ("How many cubic inches are in a cube with edges of 6 inches?", "216"),
    ("How many cubic meters are in a sphere of radius 3 meters?", "36\\pi"),
    # radius 5, height 4: 1/3 pi 25 4
    ("A conical pile of sand has a diameter of 10 feet and a height that was 40% of the "
     "diameter. How many cubic feet of sand are in the pile? Express your answer in terms of "
     "pi.", "\\frac{100\\pi}{3}"),
    # 2 * 4/3 pi 27 = 4/3 pi r^3: r = 3 cbrt 2
    ("What is the radius of a sphere whose volume is twice the volume of a sphere of radius 3?",
     "3\\sqrt[3]{2}"),
    ("What is the radius of a sphere whose volume is 27 times the volume of a sphere of radius "
     "1?", "3"),
    # 6 e^2 = 150 / 2
    ("What is the edge of a cube whose surface area is half the surface area of a cube with "
     "edge 5?", "\\frac{5\\sqrt{2}}{2}"),
])
def test_a_solid_asked_through_what_it_holds(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two different measures related
    "What is the radius of a sphere whose volume is twice the surface area of a sphere of "
    "radius 6?",
    # no size at all
    "How many cubic inches are in a cube?",
    # the cone is not a sized solid: nothing but the volume told
    "How tall must a cone be to hold 50 cubic inches?",
    # the measure asked is told already
    "A cone has a height of 6. How tall must it be to hold 50 cubic inches?",
])
def test_a_solid_asked_through_what_it_holds_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_partly_filled_solid_keeps_its_question() -> None:
    """Water in a half-full tank is not the tank's volume: the question is left as it is."""
    text = "a cylinder n_tank is half full of water. how many cubic feet of water are in the " \
        "cylinder n_tank?"
    assert asked_through_volume(text) == text
    assert asked_through_volume("how many cubic feet of salt are in the cone n_pile?") == \
        "what is the volume of the cone n_pile?"
