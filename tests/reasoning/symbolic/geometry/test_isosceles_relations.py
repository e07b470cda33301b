"""Relations between an isosceles triangle's base angle and its vertex angle
(geometry/isosceles_relations.py, read by isosceles_stories). Our own problems; answers
worked by hand from V + 2B = 180."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # B = 2V: 5V = 180
    ("In an isosceles triangle, each base angle is twice the vertex angle. What is the measure "
     "of the vertex angle?", "36"),
    # V = 2B: 4B = 180
    ("The vertex angle of an isosceles triangle is twice each base angle. What is the measure of "
     "a base angle?", "45"),
    # B = 4V: 9V = 180
    ("Each base angle of an isosceles triangle is 4 times the vertex angle. What is the vertex "
     "angle?", "20"),
    # V = B + 30: 3B + 30 = 180, B = 50, V = 80
    ("The vertex angle of an isosceles triangle is $30^\\circ$ more than each base angle. What "
     "is the vertex angle?", "80"),
    # B = V - 15: 3V - 30 = 180
    ("Each base angle of an isosceles triangle is $15^\\circ$ less than the vertex angle. What "
     "is the measure of the vertex angle?", "70"),
])
def test_base_and_vertex_angles_related(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # B = V + 90: V + 2V + 180 = 180 leaves no triangle
    "Each base angle of an isosceles triangle is $90^\\circ$ more than the vertex angle. What is "
    "the vertex angle?",
    # a relation and no question about an angle that it fixes alone
    "Each base angle of an isosceles triangle is twice the vertex angle. What is its perimeter?",
])
def test_base_and_vertex_angles_related_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
