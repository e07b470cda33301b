"""An angle converted between degrees and radians (trigonometry/angle_units.py): several
phrasings, our own angles, answers by hand; an angle already in the unit asked, or one
with no unit or two, must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("Convert $\\frac{7\\pi}{4}$ radians to degrees.", "315"),  # 7 * 180 / 4
    ("Express $240^\\circ$ in radians.", "\\frac{4\\pi}{3}"),  # 240 / 180
    ("How many degrees are in $\\frac{5\\pi}{6}$ radians?", "150"),
    ("What is $105^\\circ$ in radians?", "\\frac{7\\pi}{12}"),
    ("Change $40$ degrees to radians.", "\\frac{2\\pi}{9}"),
    ("Find the radian measure of $54^\\circ$.", "\\frac{3\\pi}{10}"),
    ("Convert $\\frac{\\pi}{9}$ to degrees.", "20"),  # a multiple of pi: radians
    ("Convert $3$ radians to degrees.", "\\frac{540}{\\pi}"),
]

NEAR_MISSES = [
    "Convert $60^\\circ$ to degrees.",  # already in degrees
    "Convert $5$ to radians.",  # no unit given
    "Convert $30^\\circ$ radians to degrees.",  # two units
    "Convert $\\frac{\\pi}{4}$ degrees to degrees.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_angle_units_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_angle_units_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
