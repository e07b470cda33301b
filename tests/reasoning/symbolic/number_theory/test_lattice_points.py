"""Points with integer coordinates on a bounded curve (number_theory/lattice_points.py)
and on a curve whose square terms factor (through factored_solutions, every sign).
Our own equations; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (+-1, +-2), (+-2, +-1)
    ("How many ordered pairs of integers $(x, y)$ satisfy $x^2 + y^2 = 5$?", "8"),
    # (0, +-10), (+-10, 0), (+-6, +-8), (+-8, +-6)
    ("How many lattice points lie on the circle $x^2 + y^2 = 100$?", "12"),
    # y = 0: x = +-6; y = +-3: x = 0
    ("How many points with integer coordinates lie on the graph of $x^2 + 4y^2 = 36$?", "4"),
    # a = +-1, b = +-5; a = +-2, b = +-4; a = +-3, b = +-1; a = 0: 28 is not a square
    ("Find the number of ordered pairs of integers $(a, b)$ such that $3a^2 + b^2 = 28$.",
     "12"),
    ("How many lattice points are on the circle $x^2 + y^2 = 7$?", "0"),
    # (x - y)(x + y) = 9: (1, 9), (9, 1), (3, 3) and their negatives -> (5, 4), (5, -4),
    # (3, 0) and negatives
    ("How many lattice points lie on the hyperbola $x^2 - y^2 = 9$?", "6"),
    # the places of the +-2 in (+-2, 0, 0); three odd squares add up to 3 mod 8
    ("How many ordered triples of integers $(x, y, z)$ satisfy $x^2 + y^2 + z^2 = 4$?", "6"),
]

DECLINED = [
    # a pair asked of three letters
    "How many ordered pairs of integers $(x, y)$ satisfy $x^2 + y^2 + z^2 = 4$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_lattice_points_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_lattice_points_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_listed_points_are_checkable_claims() -> None:
    sol = assert_solved("How many lattice points lie on the circle $x^2 + y^2 = 100$?", "12")
    assert "8^{2} + 6^{2} = 100" in sol.steps[-1].latex
