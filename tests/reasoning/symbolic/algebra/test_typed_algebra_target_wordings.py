"""Wordings of 'the value of an expression over a system': the greatest or least of
finitely many values, letters named by 'for some' or as a solution pair."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # (u + v)^2 = 50 + 2 * 7 = 64: u + v = 8 or -8
        (r"What is the largest possible value of $u+v$ such that $u^2 + v^2 = 50$ and "
         r"$uv = 7$?", "8"),
        (r"Find the smallest possible value of $u + v$ if $u^2 + v^2 = 50$ and $uv = 7$.",
         "-8"),
        # e1 = 2, e2 = -5, e3 = 3: p^3 + q^3 + r^3 = 8 + 30 + 9 = 47
        (r"Suppose that for some $p,q,r$ we have $p+q+r = 2$, $pq+pr+qr = -5$ and "
         r"$pqr = 3$. What is $p^3+q^3+r^3$?", "47"),
        # xy = 4, (x + y)(xy + 1) = 25: x + y = 5, x^2 + y^2 = 17
        (r"If $(x,y)$ is a solution to the system $xy = 4$, $x^2 y + x y^2 + x + y = 25$, "
         r"find $x^2 + y^2$.", "17"),
    ],
)
def test_target_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # u + v = 8 or -8: 'what is' asks for one value
        r"What is $u+v$ if $u^2 + v^2 = 50$ and $uv = 7$?",
        # uv = -7: u and v have opposite signs, so no solution has both negative
        r"What is the greatest possible value of $u + v$ if $u$ and $v$ are negative, "
        r"$u^2 + v^2 = 50$ and $uv = -7$?",
    ],
)
def test_target_wordings_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
