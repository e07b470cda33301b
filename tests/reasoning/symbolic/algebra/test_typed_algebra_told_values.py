"""Functions known only by told values (one by one or in a table) and their inverses: a
value of an expression in them (our own problems, answers worked out by hand); values that
are not told, and functions with no inverse, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # g^{-1}(1) = 6, g^{-1}(0) = 4: g^{-1}(6 - 4 - 1) = g^{-1}(1) = 6
    (r"If $g(1) = 4$, $g(4) = 0$ and $g(6) = 1$, what is $g^{-1}(g^{-1}(1) - g^{-1}(0) - 1)$?",
     "6"),
    # h^{-1}(2) = 0, h(1) = 3
    (r"A function $h$ is given by the table below. \begin{tabular}{|c|c|c|c|c|} \hline $t$ & 0 & "
     r"1 & 2 & 3 \\ \hline $h(t)$ & 2 & 3 & 0 & 1 \\ \hline \end{tabular} Assuming $h^{-1}$ "
     r"exists, compute $h(h^{-1}(2) + 1)$.", "3"),
    # q(p(1)) = q(3) = 2, p(q(5)) = p(1) = 3
    (r"Let $p$ and $q$ be functions with $p(1) = 3$, $p(3) = 5$, $q(3) = 2$ and $q(5) = 1$. "
     r"Find $q(p(1)) + p(q(5))$.", "5"),
    # -2 -> 5 -> 0 -> -2
    (r"The function $F$ satisfies $F(-2) = 5$, $F(0) = -2$ and $F(5) = 0$. Evaluate "
     r"$F(F(F(-2)))$.", "-2"),
]

DECLINED = [
    # r(1) = r(2): no inverse
    r"If $r(1) = 2$, $r(2) = 2$ and $r(3) = 1$, what is $r^{-1}(1)$?",
    # g(7) is not told
    r"If $g(2) = 5$ and $g(5) = 7$, what is $g(g(g(2)))$?",
    # no input is told to give 9
    r"Suppose $k(0) = 1$ and $k(1) = 4$. Evaluate $k^{-1}(9)$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_expressions_in_told_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_told_values_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
