"""An angle given in radians to a figure whose formulas are in degrees: declined, never
read as degrees (a wrong answer found in session 41: the arc of radius 5 and central angle
pi/3 was answered pi^2/108, pi/3 taken as degrees)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

RADIANS = [
    "Find the length of the arc of a circle of radius 5 with central angle pi/3.",
    r"A sector has radius 6 and central angle $\frac{\pi}{4}$. Find its area.",
    "A circle has radius 4. An arc of the circle has central angle 2pi/3. How long is the arc?",
]


@pytest.mark.parametrize("problem", RADIANS)
def test_an_angle_in_radians_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_same_in_degrees_is_answered() -> None:
    # 60 / 360 of 2 pi 5
    assert_solved("Find the length of the arc of a circle of radius 5 with central angle "
                  "60 degrees.", r"\frac{5\pi}{3}")
    # 45 / 360 of pi 36
    assert_solved(r"A sector has radius 6 and central angle $45^\circ$. Find its area.",
                  r"\frac{9\pi}{2}")
