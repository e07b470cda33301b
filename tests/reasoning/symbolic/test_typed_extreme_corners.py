"""The least or greatest value of absolute values of linear expressions in one variable: at
a corner, when the slopes beyond the corners do not let the expression run off (our own
problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the middle corner: 2 + 0 + 5
    (r"Find the minimum value of $|x - 1| + |x - 3| + |x - 8|$.", "7"),
    # at t = 2: 3 + 0 + 4
    (r"What is the smallest possible value of $|t + 1| + |t - 2| + |t - 6|$ over all real "
     r"$t$?", "7"),
    # -4 on the left, 4 on the right, rising in between
    (r"Find the maximum value of $|x + 1| - |x - 3|$.", "4"),
    (r"Find the minimum value of $|x + 1| - |x - 3|$.", "-4"),
    # corners 0 and 1: f(0) = 2, f(1) = -1; slopes -1 and 1 beyond them
    (r"Determine the least value of $2|w - 1| - |w|$.", "-1"),
    # corners 2 and -3: f(2) = 5, f(-3) = 10
    (r"What is the least possible value of $|2y - 4| + |y + 3|$?", "5"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_extremes_at_corners(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # slope 1 to the right and -3 to the left: no largest value
    r"Find the maximum value of $|x - 1| + 2|x + 2|$.",
    # falls without end to the right (slope -1 there)
    r"Find the minimum value of $|x| - 2|x - 1|$.",
    # a restriction on x is not read here
    r"Find the minimum value of $|x - 1| + |x - 3|$ for positive $x$.",
    # not linear between the corners
    r"Find the minimum value of $|x^2 - 4| + |x|$.",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
