"""A triangle's exterior angle and its interior angles (geometry/exterior_angles.py). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Two angles of a triangle are $38^\\circ$ and $71^\\circ$. What is the measure of the "
     "exterior angle at the third vertex?", "109"),
    ("In triangle $PQR$, $\\angle P = 45^\\circ$ and $\\angle Q = 65^\\circ$. What is the measure "
     "of the exterior angle at $R$?", "110"),
    # next to the told angle P: 180 - 45
    ("In triangle $PQR$, $\\angle P = 45^\\circ$ and $\\angle Q = 65^\\circ$. What is the measure "
     "of the exterior angle at $P$?", "135"),
    ("The exterior angle at vertex $R$ of triangle $PQR$ measures $140^\\circ$. If "
     "$\\angle P = 85^\\circ$, what is the measure of $\\angle Q$?", "55"),
])
def test_an_exterior_angle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the remote angle is larger than the exterior one
    "The exterior angle at vertex $R$ of triangle $PQR$ measures $50^\\circ$. If "
    "$\\angle P = 60^\\circ$, what is the measure of $\\angle Q$?",
    # no triangle has these angles
    "In triangle $PQR$, $\\angle P = 100^\\circ$ and $\\angle Q = 90^\\circ$. What is the measure "
    "of the exterior angle at $R$?",
])
def test_an_exterior_angle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the third angle is 80; the smallest interior angle 35 sits next to 145
    ("Two angles of a triangle measure 35 degrees and 65 degrees. What is the measure of the "
     "largest exterior angle of the triangle?", "145"),
    # next to the largest interior angle, 80
    ("Two angles of a triangle measure 35 degrees and 65 degrees. What is the smallest "
     "exterior angle of the triangle?", "100"),
    # third angle 20: the largest exterior angle 160
    ("Two interior angles of a triangle are 70 and 90 degrees. What is the greatest exterior "
     "angle?", "160"),
])
def test_largest_and_smallest_exterior_angles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_angles_that_make_no_triangle_decline() -> None:
    assert solve_now("Two angles of a triangle measure 100 degrees and 85 degrees. What is the "
                     "largest exterior angle of the triangle?").answer is None
