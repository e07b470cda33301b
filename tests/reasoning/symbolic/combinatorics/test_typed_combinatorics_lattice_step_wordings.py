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


@pytest.mark.parametrize(("problem", "answer"), [
    # C(3,2) C(4,2) = 3 * 6: "paths of length 7", the length the steps between the ends
    ("How many paths of length 7 are there from $(0,0)$ to $(4,3)$ that pass through the "
     "point $(2,1)$, if each step moves one unit right or one unit up?", "18"),
    # C(7,3) - C(6,3) C(1,1) = 35 - 20
    ("How many paths of length 7 from $(0,0)$ to $(4,3)$ do not pass through $(3,3)$, if each "
     "step is one unit right or one unit up?", "15"),
    # "a path from A to B consists of ... how many such paths"
    ("A path from $(0,0)$ to $(4,3)$ consists of unit steps right or up. How many such paths "
     "avoid the point $(2,1)$?", "17"),
    ("Each path from $(1,1)$ to $(5,4)$ is made up of unit steps up or right. How many such "
     "paths are there?", "35"),
])
def test_paths_of_a_length_and_such_paths(problem, answer):
    assert_solved(problem, answer)


def test_a_length_that_is_not_the_steps_between_the_ends_declines():
    assert solve_now("How many paths of length 8 are there from $(0,0)$ to $(4,3)$, if each "
                     "step moves one unit right or one unit up?").answer is None
