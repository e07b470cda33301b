"""The sum of a convex polygon's exterior angles is one full turn, whatever the number of
sides; the step pairs each exterior angle with its interior one. Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize("problem", [
    "What is the sum of the exterior angles of a hexagon, in degrees?",
    "Find the sum of the measures of the exterior angles of a convex polygon with 15 sides.",
    "In degrees, what is the sum of the exterior angles of a regular decagon?",
])
def test_exterior_angles_add_to_a_full_turn(problem: str) -> None:
    assert_solved(problem, "360")


def test_the_step_pairs_exterior_and_interior_angles() -> None:
    solution = solve_now("What is the sum of the exterior angles of an octagon?")
    assert solution.answer == "360"
    assert "180 \\cdot 8 - 180 \\cdot (8 - 2) = 360" in solution.steps[0].text


def test_one_exterior_angle_still_needs_a_regular_polygon() -> None:
    assert solve_now("What is the measure of an exterior angle of a pentagon?").answer is None
