"""Matrix powers with exponents in the thousands (years are common exponents): computed with
SymPy and again by repeated multiplication in plain fractions; our own matrices."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved

POWERS = [
    # a quarter turn: the 2021st power is the first (2021 = 4 * 505 + 1)
    (r"What is $\mathbf{R}^{2021}$, where $\mathbf{R} = \begin{pmatrix} 0 & 1 \\ -1 & 0 "
     r"\end{pmatrix}$?", r"\begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}"),
    # a shear: n times the corner
    (r"Given the matrix $\mathbf{S} = \begin{pmatrix} 1 & 0 \\ -3 & 1 \end{pmatrix}$, what "
     r"is $\mathbf{S}^{1500}$?",
     r"\begin{pmatrix} 1 & 0 \\ -4500 & 1 \end{pmatrix}"),
    # its square is the identity: an even power
    (r"Simplify $\begin{pmatrix} 0 & 2 \\ \frac{1}{2} & 0 \end{pmatrix}^{2000}.$",
     r"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}"),
]


@pytest.mark.parametrize(("problem", "answer"), POWERS)
def test_large_matrix_powers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
