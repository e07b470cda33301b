"""Lattice paths in unit steps of two kinds: all of them, those through a point, those
that avoid it. Our own problems; the answers are binomial coefficients by hand."""

from __future__ import annotations

from math import comb

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Moving only to the right or up, how many paths are there from (0,0) to (6,2)?",
     str(comb(8, 2))),
    ("How many paths from $(1,1)$ to $(4,6)$ use only steps one unit right or one unit up?",
     str(comb(8, 3))),
    ("An ant walks from $(0,0)$ to $(3,3)$ in unit steps, each either to the right or up. How "
     "many different paths can it take?", str(comb(6, 3))),
    ("Moving only north or east, how many routes are there from (-1,0) to (3,2)?",
     str(comb(6, 2))),
    # right or down: 2 steps right, 3 steps down
    ("Moving only right or down, how many paths are there from (0,4) to (2,1)?",
     str(comb(5, 2))),
    ("Moving only right or up, how many paths from (0,0) to (4,4) pass through (1,3)?",
     str(comb(4, 1) * comb(4, 3))),
    ("Moving only right or up, how many paths from (0,0) to (4,4) do not pass through (2,2)?",
     str(comb(8, 4) - comb(4, 2) ** 2)),
])
def test_lattice_paths(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the end lies behind the start
    "Moving only right or up, how many paths are there from (5,5) to (1,2)?",
    # both steps along one axis
    "Moving only up or down, how many paths are there from (0,0) to (2,3)?",
    # a point off every path
    "Moving only right or up, how many paths from (0,0) to (4,4) pass through (6,1)?",
    # a length that is not the shortest: another question
    "Moving only right or up, how many paths are there from (0,0) to (4,3) if each path has "
    "length 9?",
    # diagonal steps too
    "Moving only right, up or diagonally, how many paths are there from (0,0) to (2,2)?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
