"""Diagonals of a polygon (combinatorics/polygon_diagonals.py): named or told by its sides,
with its sides said again in brackets, after worked examples that fit n(n - 3)/2. Our own
wordings, answers by hand; an example or a bracket that disagrees must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 8 * 5 / 2
    ("How many distinct diagonals of a convex octagon (8-sided polygon) can be drawn?", "20"),
    # 11 * 8 / 2
    ("How many diagonals can be drawn in a convex 11-gon?", "44"),
    # examples 4*1/2 = 2 and 6*3/2 = 9 fit; 12 * 9 / 2 = 54
    ("A square has two diagonals, and a convex hexagon has nine diagonals.  How many diagonals "
     "does a convex dodecagon have?", "54"),
    # 5*2/2 = 5 fits; 20 * 17 / 2 = 170
    ("A convex pentagon has 5 diagonals. How many diagonals does a convex 20-gon have?", "170"),
    ("How many diagonals does a square have?", "2"),
]

NEAR_MISSES = [
    # the bracket says another number of sides
    "How many distinct diagonals of a convex octagon (9-sided polygon) can be drawn?",
    # a hexagon has 9 diagonals, not 8: the example does not fit the rule
    "A square has two diagonals, and a convex hexagon has eight diagonals.  How many diagonals "
    "does a convex dodecagon have?",
    # a fact about the polygon that is not read
    "A convex heptagon has exactly one right angle. How many diagonals does it have?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polygon_diagonals_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_polygon_diagonals_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
