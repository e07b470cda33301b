"""The sum or product of one coordinate over the solutions of a system of two polynomial
equations (`algebra.system_coordinates`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 = 100 - 36: x = 8 or -8
    (r"In solving the system $y = 6$ and $x^2 + y^2 = 100$, what is the sum of the solutions "
     r"for $x$?", "0"),
    (r"In solving the system $y = 6$ and $x^2 + y^2 = 100$, what is the product of the "
     r"solutions for $x$?", "-64"),
    # x + 3 = x^2 - 3: x = 3 or -2
    (r"Solve the system $y = x + 3$ and $y = x^2 - 3$. What is the sum of the $x$-values of "
     r"the solutions?", "1"),
    # (1, 3) and (3, 1)
    (r"The system $x + y = 4$ and $x^2 + y^2 = 10$ has two solutions. What is the product of "
     r"the $y$-coordinates of the solutions?", "3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_system_coordinates(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # (2, 4) and (-2, 4) share y = 4: counted once or twice?
    r"Solve the system $y = x^2$ and $y = 4$. What is the sum of the solutions for $y$?",
    # no real solution
    r"Solve the system $y = x^2 + 2$ and $y = 1$. What is the sum of the solutions for $x$?",
    # complex solutions besides the real ones
    r"Solve the system $y = x^2$ and $x = y^2$. What is the sum of the $x$-values of the "
    r"solutions?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
