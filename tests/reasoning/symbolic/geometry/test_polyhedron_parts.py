"""Faces, edges and vertices of prisms and pyramids (geometry/polyhedron_parts.py): our own
questions; a prism on an n-gon has 2n, 3n, n + 2; a pyramid n + 1, 2n, n + 1."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many vertices does a heptagonal prism have?", "14"),
    ("How many edges does a square pyramid have?", "8"),
    ("A decagonal prism has how many faces?", "12"),
    ("What is the total number of edges of a pentagonal prism?", "15"),
    # the base found from a count told: 3n = 24 gives n = 8, faces 10; 2n = 14 gives 8 faces
    ("How many faces does a prism with 24 edges have?", "10"),
    ("How many faces does a pyramid with 14 edges have?", "8"),
])
def test_parts_of_prisms_and_pyramids(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many faces does a prism with 20 edges have?",  # 3n = 20 has no whole n
    "How many edges does a hexagonal prism have if one of its faces is removed?",
    "How many diagonals does a hexagonal prism have?",
])
def test_parts_decline_what_does_not_fit(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 + 8 + 5
    ("What is the sum of the number of faces, edges and vertices of a square pyramid?", "18"),
    # 10 + 15 + 7
    ("What is the sum of the number of faces, edges and vertices of a pentagonal prism?", "32"),
    # edges 18 and vertices 12
    ("What is the sum of the number of edges and vertices of a hexagonal prism?", "30"),
])
def test_sums_of_parts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # a cube and a box are prisms on a square, a tetrahedron a pyramid on a triangle
    ("How many edges does a cube have?", "12"),
    ("A cube has how many vertices?", "8"),
    ("What is the total number of faces, edges and vertices of a rectangular box?", "26"),
    ("How many edges does a regular tetrahedron have?", "6"),
    ("What is the number of faces of a tetrahedron?", "4"),
])
def test_solids_named_otherwise(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a cube cut up: its parts are not asked
    "A cube is cut into 8 smaller cubes. How many edges does a smaller cube have in all of "
    "them?",
    "How many edges does an octahedron have?",  # not a prism or a pyramid
])
def test_solids_named_otherwise_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_each_count_is_a_product_or_sum_the_checker_confirms() -> None:
    from tutor.reasoning.symbolic.engine import solve_now
    from tutor.verify.api import check_steps
    from tutor.verify.verdict import Verdict

    problem = "How many faces does an octagonal prism have?"
    sol = solve_now(problem)
    assert sol.answer == "10"
    assert "$2 \\cdot 8 = 16$ vertices" in sol.steps[0].text
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts), [v.summary for v in verdicts]
