"""The angles of an unnamed triangle told by their roles (geometry/triangle_angle_roles.py):
an exterior angle and its remote interior angles, the two acute angles of a right triangle.
Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the exterior angle is the sum of the remote interior angles: 124 - 58
    ("An exterior angle of a triangle measures 124 degrees. One of the two remote interior "
     "angles measures 58 degrees. What is the measure of the other remote interior angle?",
     "66"),
    # P + Q = 150, P = Q + 30: Q = 60, P = 90
    ("An exterior angle of a triangle measures $150^\\circ$ and one remote interior angle is "
     "$30^\\circ$ more than the other. What is the measure of the larger remote interior "
     "angle?", "90"),
    # P + Q = 105, P = 2Q: Q = 35
    ("The exterior angle of a triangle is $105^\\circ$. One of the remote interior angles is "
     "twice the other. What is the smaller remote interior angle?", "35"),
    # P + Q = 90, P = Q + 14: P = 52
    ("In a right triangle, one acute angle is $14^\\circ$ more than the other. What is the "
     "measure of the larger acute angle?", "52"),
    # P + Q = 90, P = 5Q: Q = 15
    ("One acute angle of a right triangle is five times the other. What is the measure of the "
     "smaller acute angle?", "15"),
    # P = 2Q + 15, P + Q = 90: Q = 25, P = 65
    ("In a right triangle, one acute angle is 15 degrees more than twice the other. What is "
     "the larger acute angle?", "65"),
])
def test_angles_by_role(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a remote interior angle larger than the exterior angle: no triangle
    "An exterior angle of a triangle measures 70 degrees. One of the remote interior angles "
    "measures 80 degrees. What is the measure of the other remote interior angle?",
    # one remote interior angle alone is not fixed
    "An exterior angle of a triangle measures 100 degrees. What is the measure of one remote "
    "interior angle?",
    # acute angles cannot differ by 90 degrees or more
    "In a right triangle, one acute angle is $100^\\circ$ more than the other. What is the "
    "larger acute angle?",
    # equal acute angles have no larger one
    "In a right triangle, one acute angle is equal to the other. What is the larger acute "
    "angle?",
])
def test_angles_by_role_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
