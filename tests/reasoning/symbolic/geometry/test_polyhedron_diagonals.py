"""Diagonals of prisms and pyramids (geometry.polyhedron_diagonals): space and face
diagonals, a diagonal defined in the words, facts about the solid checked; "diagonals" of a
solid with no word saying which declines."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import solve_problem


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many space diagonals does a hexagonal prism have?", "18"),
    ("a triangular prism has how many face diagonals", "6"),
    ("What is the total number of interior diagonals of a cube?", "4"),
    ("How many face diagonals does a pentagonal pyramid have?", "5"),
    ("A segment that joins two corners not joined by an edge is called a diagonal. How many "
     "diagonals does a pentagonal prism have?", "30"),
    ("A cube has 8 vertices and 12 edges. A line segment which connects two vertices that do "
     "not lie on a common face is called a space diagonal. How many space diagonals does a "
     "cube have?", "4"),
])
def test_diagonals_of_a_solid(problem: str, answer: str) -> None:
    sol = solve_problem(problem, time_limit=30)
    assert sol.answer == answer, sol.declined
    assert sol.confirmed


@pytest.mark.parametrize("problem", [
    "How many diagonals does a hexagonal prism have?",  # on the faces too, or inside only
    "A cube has 8 vertices and 10 edges. How many space diagonals does a cube have?",
    "A cube is painted red. How many space diagonals does a cube have?",
])
def test_unsaid_or_wrong_facts_decline(problem: str) -> None:
    assert solve_problem(problem, time_limit=30).answer is None
