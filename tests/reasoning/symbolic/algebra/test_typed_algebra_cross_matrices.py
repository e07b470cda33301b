"""The matrix that crosses every vector with a fixed vector (our own problems: the rows
(0, -a3, a2), (a3, 0, -a1), (-a2, a1, 0) written out by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"Which matrix $\mathbf{N}$ satisfies $\mathbf{N} \mathbf{w} = \begin{pmatrix} 1 \\ 4 \\ "
     r"-2 \end{pmatrix} \times \mathbf{w}$ for every vector $\mathbf{w}$?",
     r"\begin{pmatrix} 0 & 2 & 4 \\ -2 & 0 & -1 \\ -4 & 1 & 0 \end{pmatrix}"),
    (r"What matrix $\mathbf{A}$ satisfies \[\mathbf{A} \mathbf{x} = \begin{pmatrix} 0 \\ 3 "
     r"\\ 7 \end{pmatrix} \times \mathbf{x}\]for each vector $\mathbf{x}$?",
     r"\begin{pmatrix} 0 & -7 & 3 \\ 7 & 0 & 0 \\ -3 & 0 & 0 \end{pmatrix}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_cross_product_matrices(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_crossing_a_different_vector_is_not_read() -> None:
    assert solve_now(r"Which matrix $\mathbf{N}$ satisfies $\mathbf{N} \mathbf{w} = "
                     r"\begin{pmatrix} 1 \\ 4 \\ -2 \end{pmatrix} \times \mathbf{u}$ for every "
                     r"vector $\mathbf{w}$?").answer is None
