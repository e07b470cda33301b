"""The value of a constant for which a linear equation or system has infinitely many
solutions or none (our own problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 8/6 = 16/12 = 4/3, so a/3 = 4/3: the first equation is 4/3 times the second
    (r"For what value of $a$ does the system $ax + 8y = 16$, $3x + 6y = 12$ have infinitely "
     r"many solutions?", "4"),
    # k = 5: 2x + 5y = 3 against 2x + 5y = 1/2, parallel lines
    (r"For what value of $k$ does the system $2x + ky = 3$ and $4x + 10y = 1$ have no "
     r"solution?", "5"),
    (r"Find the value of $m$ for which the system $2x - y = 5$, $mx + 3y = 2$ has no "
     r"solutions.", "-6"),
    # 3 * (x - 2y) = 3x - 6y = 15: c = 15
    (r"The system $x - 2y = 5$ and $3x - 6y = c$ has infinitely many solutions. Find $c$.",
     "15"),
    # 4x - 4k = 4x + 12: k = -3
    (r"For what value of $k$ does the equation $4(x - k) = 4x + 12$ have infinitely many "
     r"solutions?", "-3"),
    # the second row is 6x + 4y = 10 + a, twice the first when 10 + a = 8
    ("For what value of the constant $a$ does the system of equations below have infinitely "
     "many solutions? \\begin{align*} 3x + 2y &= 4,\\\\ 6x &= 10 + a - 4y \\end{align*}", "-2"),
    # det k^2 - 4: k = 2 gives the same line twice, k = -2 parallel lines
    (r"For what values of $k$ does the system $kx + 2y = 2$, $2x + ky = 2$ have no solution?",
     "-2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_degenerate_systems(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # at k = 3 the equations are the same line: infinitely many, never none
    r"For what value of $k$ does the system $2x + ky = 5$ and $4x + 6y = 10$ have no solution?",
    # fewer equations than unknowns
    r"For what value of $k$ does the equation $kx + y = 3$ have infinitely many solutions?",
    # every value of k: the equations never meet
    r"For what value of $k$ does the system $x + y = k$, $x + y = k + 1$ have no solution?",
])
def test_degenerate_system_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
