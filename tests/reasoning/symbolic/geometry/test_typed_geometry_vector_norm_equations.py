"""The scalar for which a combination of given vectors has a given length (our own
problems, worked by hand); irrational or missing roots decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def col(*entries: object) -> str:
    return r"\begin{pmatrix} " + r" \\ ".join(str(e) for e in entries) + r" \end{pmatrix}"


SOLVED = [
    # (t, 3): t^2 + 9 = 25
    (rf"Find all real numbers $t$ such that $\left\| t {col(1, 0)} + {col(0, 3)} \right\| = 5$.",
     "-4, 4"),
    # (1, 2, 2 - c): 5 + (2 - c)^2 = 9
    (rf"Find all values of $c$ for which $\| {col(1, 2, 2)} - c {col(0, 0, 1)} \| = 3$.",
     "0, 4"),
    # (3m - 1, -4m - 2): 25m^2 + 10m + 5 = 5 gives m = 0 or m = -2/5
    (rf"Determine all real numbers $m$ so that \[\left\| m {col(3, -4)} - {col(1, 2)} \right\| "
     r"= \sqrt{5}.\] Enter all the solutions, separated by commas.", r"-\frac{2}{5}, 0"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vector_norm_equations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # 2t^2 = 1: t = plus or minus 1/sqrt(2)
    rf"Find all real numbers $t$ such that $\left\| t {col(1, 1)} \right\| = 1$.",
    # t^2 + 9 = 4 has no real root
    rf"Find all real numbers $t$ such that $\left\| t {col(1, 0)} + {col(0, 3)} \right\| = 2$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unanswerable_norm_equations_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
