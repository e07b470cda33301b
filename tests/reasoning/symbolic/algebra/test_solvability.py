"""The constants for which a linear equation, or a system of two, has infinitely many
solutions or none (`algebra.solvability`). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3x + 3b = 3x + 12: b = 4
    ("For what value of $b$ does the equation $3(x + b) = 3x + 12$ have infinitely many "
     "solutions?", "4"),
    # 10 + 5py = 20y + 10: p = 4
    ("If infinitely many values of $y$ satisfy $5(2 + py) = 20y + 10$, what is $p$?", "4"),
    # (n - 7) t = 2 - 9: none when n = 7
    ("For which value of $n$ does $nt + 9 = 7t + 2$ have no solution?", "7"),
    # (k^2 - 9) x = k - 3: infinitely many at k = 3 only
    ("For what value of $k$ does $k^2 x = 9x + k - 3$ have infinitely many solutions?", "3"),
    # ... and none at k = -3
    ("For what value of $k$ does $k^2 x = 9x + k - 3$ have no solutions?", "-3"),
    # both constants fixed: c = 2, d = -7
    ("The equation $cx + d = 2x - 7$ is true for infinitely many $x$. What is $c - d$?", "9"),
    # rows (3, 2 | 4) and (6, m | 8): m = 4 makes them proportional
    ("Find $m$ so that the system $3x + 2y = 4$, $6x + my = 8$ has infinitely many "
     "solutions.", "4"),
    # (1, 3 | 5) and (2, q | 11): q = 6 makes the left sides proportional, 10 is not 11
    ("For what value of $q$ does the system of equations $x + 3y = 5$ and $2x + qy = 11$ have "
     "no solution?", "6"),
])
def test_the_constants_that_make_it_degenerate(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # every k works: no one value
    "For what value of $k$ does $5x + k = 5x + k$ have infinitely many solutions?",
    # a quadratic is another question
    "For what value of $k$ does $x^2 + kx + 9 = 0$ have no real solutions?",
    # two constants and one condition for none: not fixed
    "For what value of $a$ does $ax + 2 = bx + 3$ have no solution?",
    # no value gives infinitely many: 2x + 1 = 2x + 3 for every k is impossible
    "For what value of $k$ does $2x + k = 2x + k + 3$ have infinitely many solutions?",
])
def test_no_single_value_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


DEGENERATE_SYSTEMS = [
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


@pytest.mark.parametrize(("problem", "answer"), DEGENERATE_SYSTEMS)
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
