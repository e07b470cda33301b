"""A value fixed by a system whose solutions need cubic or quartic radicals: read off the
polynomial that elimination gives for it, the root chosen by the numerical solutions."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # p^2 q^2 = ((p^2 + q^2)^2 - (p^4 + q^4)) / 2 = 1/2, and both are positive
        (r"The positive numbers $p$ and $q$ have $p^2 + q^2 = 3$ and $p^4 + q^4 = 8$. "
         r"Compute $pq$.", r"\frac{\sqrt{2}}{2}"),
        # (u - v)^3 = u^3 - v^3 - 3uv(u - v): 27 = 45 - 9uv
        (r"Two real numbers $u$ and $v$ satisfy $u - v = 3$ and $u^3 - v^3 = 45$. What is $uv$?",
         "2"),
        # (c + d)^3 = c^3 + d^3 + 3cd(c + d): 125 = 35 + 15cd
        (r"Two reals $c$ and $d$ are such that $c + d = 5$ and $c^3 + d^3 = 35$. Find the "
         r"value of $cd$.", "6"),
        # w + 1/w = +-1 (w not real): w^3 + 1/w^3 = (w + 1/w)^3 - 3(w + 1/w) = -+2
        (r"Given that $\left(w + \frac{1}{w}\right)^2 = 1$, what is $\left(w^3 + "
         r"\frac{1}{w^3}\right)^2$?", "4"),
    ],
)
def test_eliminated_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # p q = +-sqrt(2)/2 without a sign said: two values
        r"Given $p^2 + q^2 = 3$ and $p^4 + q^4 = 8$, find $pq$.",
        # w + 1/w = +-1: its cube part is +-2, not one value
        r"Given that $\left(w + \frac{1}{w}\right)^2 = 1$, what is $w^3 + \frac{1}{w^3}$?",
        # positive p, q with p^2 + q^2 = 1 and p^4 + q^4 = 2 do not exist
        r"The positive numbers $p$ and $q$ have $p^2 + q^2 = 1$ and $p^4 + q^4 = 2$. "
        r"Compute $pq$.",
    ],
)
def test_eliminated_value_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
