"""Integer unknowns in a bounded range: every case is tried, twice over (the whole box,
and the last unknown solved for), and the value asked for read off the solutions."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # (m + 1)(n + 1) = 35 = 5 * 7 (35 * 1 needs n = 0): m + n = 10
        (r"Given that $m$ and $n$ are positive integers less than $12$ and $mn + m + n = 34$, "
         r"compute $m + n$.", "10"),
        (r"Let $m$ and $n$ be positive integers less than $12$ such that $mn + m + n = 34$. "
         r"Find $m + n$.", "10"),
        # 3(p + q)(q + r)(r + p) = 54: the pair sums are 2, 3, 3, so p + q + r = 4
        (r"Suppose $p, q,$ and $r$ are positive integers satisfying "
         r"$(p+q+r)^3 - p^3 - q^3 - r^3 = 54$. Find $p+q+r$.", "4"),
        # xy = 12 with 1 <= x, y <= 12: the greatest x + y is 13
        (r"The positive integers $x$ and $y$ satisfy $xy = 12$. What is the greatest possible "
         r"value of $x + y$?", "13"),
        (r"The positive integers $x$ and $y$ satisfy $xy = 12$. What is the least possible "
         r"value of $x + y$?", "7"),
    ],
)
def test_integer_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # xy = 12: x + y is 13, 8 or 7, not one value
        r"The positive integers $x$ and $y$ satisfy $xy = 12$. What is $x + y$?",
        # no bound on integers that may be negative
        r"If $m$ and $n$ are integers with $m - n = 3$, what is the value of $mn$?",
        # only m = n = 1 is below 2, and it gives 3, not 5: no solution is left
        r"Let $m$ and $n$ be positive integers less than $2$ such that $mn + m + n = 5$. "
        r"Find $m + n$.",
    ],
)
def test_integer_values_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
