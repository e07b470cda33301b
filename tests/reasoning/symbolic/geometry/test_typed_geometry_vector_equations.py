"""Unknown numbers in equations between vectors: our own problems in several phrasings
(answers worked out by hand), and near misses that decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def col(*entries: object) -> str:
    return r"\begin{pmatrix} " + r" \\ ".join(str(e) for e in entries) + r" \end{pmatrix}"


SOLVED = [
    # 1 + 3t = s and 2 + t = 5 - 2s: 7t = 1
    (f"There are real numbers $t$ and $s$ with ${col(1, 2)} + t {col(3, 1)} = {col(0, 5)} + s "
     f"{col(1, -2)}$. Enter the ordered pair $(t,s)$.", r"\left(\frac{1}{7}, \frac{10}{7}\right)"),
    # (k - 3)^2 + (2k - 1)^2 = 25: k^2 - 2k - 3 = 0
    (rf"Find all real numbers $k$ such that $\left\| k {col(1, 2)} - {col(3, 1)} \right\| = 5$. "
     "Enter all the solutions, separated by commas.", "-1, 3"),
    # 6 + 4k = 10
    (f"Find $k$ such that ${col(2, 'k')} \\cdot {col(3, 4)} = 10$.", "1"),
    # (a, 1, c) x (0, 0, 1) = (1, -a, 0); equal to (1, -3, 0) and c from a second equation
    (f"For some constants $a$ and $c$, ${col('a', 1, 'c')} \\times {col(0, 0, 1)} = "
     f"{col(1, -3, 0)}$ and ${col('a', 1, 'c')} \\cdot {col(1, 1, 1)} = 6$. Enter the ordered "
     "pair $(a,c)$.", "(3, 2)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_unknown_numbers_in_vector_equations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # one equation for two letters: not fixed
    f"For some constants $a$ and $c$, ${col('a', 1, 'c')} \\times {col(1, 0, 2)} = "
    f"{col(2, -3, -1)}$. Enter the ordered pair $(a,c)$.",
])
def test_vector_equations_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
