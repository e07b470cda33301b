"""The total volume or surface area of several identical solids (`geometry.solid_counts`).
Our own problems (answers by hand, in the comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 6 cubes of 5^3 = 125: 750
    ("What is the total volume, in cubic meters, of six boxes where each box is a cube with "
     "edge length $5$ meters?", "750"),
    # 4 * 2^3 = 32
    ("What is the total volume of four cubes, each with an edge of $2$ feet?", "32"),
    # 3 * 4 pi 2^2 = 48 pi
    ("Find the total surface area of $3$ spheres, each with radius $2$ cm. Express your answer "
     "in terms of $\\pi$.", "48\\pi"),
    # 7 * 3^3 = 189
    ("What is the combined volume of $7$ cubes, each of which has an edge length of $3$ "
     "inches?", "189"),
]

DECLINED = [
    # not a whole number of cubes
    "What is the total volume of $2.5$ cubes, each with an edge of $2$ feet?",
    # another solid with no size
    "What is the total volume of four cubes, each with an edge of $2$ feet and a sphere?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solid_counts_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_solid_counts_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
