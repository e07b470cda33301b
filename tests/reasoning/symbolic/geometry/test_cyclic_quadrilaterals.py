"""Opposite angles of a quadrilateral inscribed in a circle (geometry/cyclic_quadrilaterals.py)
add up to 180 degrees. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("A quadrilateral is inscribed in a circle. One of its angles measures $62^\\circ$. What is "
     "the measure of the opposite angle?", "118"),
    ("A cyclic quadrilateral has an angle of $100^\\circ$. What is the measure of the opposite "
     "angle?", "80"),
    ("Quadrilateral $WXYZ$ is inscribed in a circle and $\\angle X = 84^\\circ$. What is the "
     "measure of $\\angle Z$?", "96"),
])
def test_opposite_angles_of_a_cyclic_quadrilateral(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an adjacent angle is not fixed
    "Quadrilateral $WXYZ$ is inscribed in a circle and $\\angle X = 84^\\circ$. What is the "
    "measure of $\\angle Y$?",
    # not inscribed in a circle
    "A quadrilateral has an angle of $75^\\circ$. What is the measure of the opposite angle?",
])
def test_opposite_angles_of_a_cyclic_quadrilateral_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
