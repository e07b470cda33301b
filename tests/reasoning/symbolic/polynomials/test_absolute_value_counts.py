"""How many real solutions an equation with absolute values has (our own problems, counted
by hand); an equation true on a whole interval declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x - 4 = -(x + 6): x = -1 only
    (r"How many distinct solutions are there to the equation $|x - 4| = |x + 6|$?", "1"),
    # 3x - 2 = x + 6 (x = 4) or 3x - 2 = -x - 6 (x = -1)
    (r"How many real solutions does the equation $|3x - 2| = |x + 6|$ have?", "2"),
    # x^2 = 6 or x^2 = 4
    (r"How many solutions does $|x^2 - 5| = 1$ have?", "4"),
    # x >= 0: x = 3x + 2 gives x = -1, no; x < 0: -x = 3x + 2 gives x = -1/2
    (r"How many real numbers $x$ satisfy $|x| = 3x + 2$?", "1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_absolute_value_counts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_solutions_on_a_whole_interval_decline() -> None:
    assert solve_now(r"How many solutions does $|x - 2| + |x - 6| = 4$ have?").answer is None
