"""The remainder or units digit of a term of a sequence given by a rule between terms
(`number_theory.recurrence_residues`). Our own problems; the terms listed in comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the Fibonacci numbers repeat every 24 modulo 6, and F_2 = 1
    (r"Let $G_1 = G_2 = 1$ and $G_n = G_{n-1} + G_{n-2}$ for $n \ge 3$. Find the remainder "
     r"when $G_{50}$ is divided by 6.", "1"),
    # 1, 5, 17, 53, 161, 485 = 7 * 69 + 2
    ("if a_0 = 1 and a_n = 3a_{n-1} + 2 for every n >= 1, what is the remainder when a_5 is "
     "divided by 7", "2"),
    # 3, 7, 47, 2207, ... each term is 2 (mod 5) from the second on
    (r"Let $a_1 = 3$ and $a_{n+1} = a_n^2 - 2$ for $n \ge 1$. What is the remainder when "
     r"$a_{6}$ is divided by 5?", "2"),
    # units digits 2, 3, 6, 8, 8, 4, 2, 8, 6, 8, 8, 4
    (r"Let $u_1 = 2$, $u_2 = 3$ and $u_n = u_{n-1} \cdot u_{n-2}$ for $n \geq 3$. What is the "
     r"units digit of $u_{12}$?", "4"),
    # 1, 3, 7, 15, ...: b_n = 2^n - 1, and 2^40 - 1 ends in 5
    (r"Let $b_1 = 1$ and $b_{n} = 2b_{n-1} + 1$ for $n \ge 2$. Find the last digit of "
     r"$b_{40}$.", "5"),
    # Lucas numbers: the units digits repeat every 12; 2023 = 12 * 168 + 7 and L_7 = 29
    (r"The Lucas numbers are given by $L_0 = 2$, $L_1 = 1$, and $L_n = L_{n-1} + L_{n-2}$. "
     r"What is the units digit of $L_{2023}$?", "9"),
    # 3, 5, 9, 17, ...: b_n = 2^n + 1, and 2^10 + 1 = 1025 = 4 * 256 + 1
    (r"Define $b_1 = 3$ and $b_{n+1} = 2b_n - 1$ for $n \geq 1$. What is the remainder when "
     r"$b_{10}$ is divided by 4?", "1"),
])
def test_recurrence_residues(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the terms are not integers: 1, 3/2, 7/4, ...
    r"Let $b_1 = 1$ and $b_n = b_{n-1}/2 + 1$ for $n \ge 2$. What is the remainder when $b_5$ "
    r"is divided by 3?",
    # no first term told
    r"Let $a_{n+1} = 2a_n + 1$ for $n \ge 1$. What is the remainder when $a_{10}$ is divided "
    r"by 3?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
