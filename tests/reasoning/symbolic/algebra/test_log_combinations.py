"""A logarithm written through given logarithms named by letters (our own problems, answers
worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 18 = 2 * 3^2
    (r"If $\log_{10} 2 = a$ and $\log_{10} 3 = b$, express $\log_{10} 18$ in terms of $a$ and "
     r"$b$.", "a + 2b"),
    # 8/75 = 2^3 / (3 * 5^2): 3x - y - 2
    (r"Given $\log_5 2 = x$ and $\log_5 3 = y$, write $\log_5 \frac{8}{75}$ in terms of $x$ "
     r"and $y$.", "3x - y - 2"),
    # 50 = 2 * 5^2
    (r"Let $\ln 2 = p$ and $\ln 5 = q$. Express $\ln 50$ in terms of $p$ and $q$.", "p + 2q"),
    # no base needed: 6 = 2 * 3
    (r"If $\log 2 = m$ and $\log 3 = n$, express $\log 6$ in terms of $m$ and $n$.", "m + n"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_log_combinations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 7 is made of none of the given numbers
    r"If $\log_{10} 2 = a$, express $\log_{10} 7$ in terms of $a$.",
    # log 20 = log 2 + log 10: the base of a bare log is not said
    r"If $\log 2 = a$ and $\log 3 = b$, express $\log 20$ in terms of $a$ and $b$.",
    # two bases
    r"If $\log_2 3 = a$ and $\log_3 5 = b$, express $\log_2 15$ in terms of $a$ and $b$.",
])
def test_log_combination_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
