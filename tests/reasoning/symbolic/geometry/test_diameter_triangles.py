"""A triangle with one side a diameter of its circle (geometry/diameter_triangles.py): the
angle opposite the diameter is right. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Triangle $XYZ$ is inscribed in a circle with $XY$ as a diameter. If $\\angle X = 22^\\circ$, "
     "what is the measure of $\\angle Y$?", "68"),
    ("$PQ$ is a diameter of a circle and $R$ is a point on the circle. If $\\angle RPQ = "
     "41^\\circ$, what is the measure of $\\angle PQR$?", "49"),
    ("$PQ$ is a diameter of a circle and $R$ is a point on the circle. If $\\angle RPQ = "
     "41^\\circ$, what is the measure of $\\angle PRQ$?", "90"),
    ("Triangle $DEF$ is inscribed in a circle so that $EF$ is a diameter. If $\\angle E = "
     "64^\\circ$, what is the measure of $\\angle F$?", "26"),
])
def test_a_triangle_on_a_diameter(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the told angle is the right angle itself: the others are not fixed
    "Triangle $XYZ$ is inscribed in a circle with $XY$ as a diameter. If $\\angle Z = 35^\\circ$, "
    "what is the measure of $\\angle Y$?",
    # an angle at an end of the diameter cannot be obtuse
    "Triangle $XYZ$ is inscribed in a circle with $XY$ as a diameter. If $\\angle X = 95^\\circ$, "
    "what is the measure of $\\angle Y$?",
])
def test_a_triangle_on_a_diameter_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
