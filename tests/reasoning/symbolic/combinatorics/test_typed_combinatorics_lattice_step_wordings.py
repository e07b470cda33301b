"""Lattice paths whose steps are described in more ways (`combinatorics.lattice_paths`):
"using steps of one unit right or up" (no "only"), "each step moves ...", "one unit at a
time". Our own problems; each count found again here by counting paths point by point."""

from __future__ import annotations

from functools import cache

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@cache
def _paths(a: int, b: int) -> int:
    return 1 if a == 0 or b == 0 else _paths(a - 1, b) + _paths(a, b - 1)


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many paths lead from $(0,0)$ to $(5,2)$ moving only right or up one unit at a time?",
     _paths(5, 2)),
    ("How many lattice paths go from $(1,1)$ to $(4,5)$ using steps of one unit right or up?",
     _paths(3, 4)),
    ("How many paths are there from $(0,0)$ to $(3,6)$ if each step moves one unit up or one "
     "unit right?", _paths(3, 6)),
    ("Find the number of paths from $(2,0)$ to $(6,3)$ with steps of one unit right or up.",
     _paths(4, 3)),
    ("How many routes are there from $(0,0)$ to $(2,5)$ where every move goes right or up, "
     "one step at a time?", _paths(2, 5)),
])
def test_lattice_step_wordings(problem: str, answer: int) -> None:
    assert_solved(problem, str(answer))


def test_a_third_kind_of_step_declines() -> None:
    problem = ("How many paths are there from $(0,0)$ to $(3,2)$ using steps of one unit right, "
               "up or diagonally?")
    assert solve_now(problem).answer is None
