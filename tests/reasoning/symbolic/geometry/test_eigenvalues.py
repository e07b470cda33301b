"""The eigenvalues of a matrix of numbers, asked by name or as the scalars k with M v = k v
for a nonzero v (our own problems, worked by hand); eigenvalues that are not real, a
rotation with no real value, and a matrix with letters decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (1 - k)^2 = 9: k = -2 or 4
    (r"Find all real numbers $k$ for which there exists a nonzero, 2-dimensional vector "
     r"$\mathbf{v}$ such that \[\begin{pmatrix} 1 & 3 \\ 3 & 1 \end{pmatrix} \mathbf{v} = "
     r"k \mathbf{v}.\]Enter all the solutions, separated by commas.", "-2, 4"),
    # k^2 - 7k + 10 = 0
    (r"What are the eigenvalues of the matrix $\begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$?",
     "2, 5"),
    # triangular: the diagonal
    (r"Find the eigenvalues of $\begin{pmatrix} 3 & 7 \\ 0 & -1 \end{pmatrix}$.", "-1, 3"),
    # 2, and k^2 = 25 from the lower block
    (r"Find all real numbers $\lambda$ for which there exists a nonzero vector $\mathbf{v}$ "
     r"such that $\begin{pmatrix} 2 & 0 & 0 \\ 0 & 3 & 4 \\ 0 & 4 & -3 \end{pmatrix} "
     r"\mathbf{v} = \lambda \mathbf{v}$.", "-5, 2, 5"),
    # k^2 - 5k - 2 = 0
    (r"Find all real numbers $k$ for which there exists a nonzero vector $\mathbf{v}$ such "
     r"that $\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \mathbf{v} = k \mathbf{v}$.",
     r"\frac{5}{2} - \frac{\sqrt{33}}{2}, \frac{5}{2} + \frac{\sqrt{33}}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_eigenvalues(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a quarter turn: eigenvalues i and -i
    r"Find the eigenvalues of $\begin{pmatrix} 0 & -1 \\ 1 & 0 \end{pmatrix}$.",
    # ... and no real k at all
    r"Find all real numbers $k$ for which there exists a nonzero vector $\mathbf{v}$ such "
    r"that $\begin{pmatrix} 0 & -1 \\ 1 & 0 \end{pmatrix} \mathbf{v} = k \mathbf{v}$.",
    # a letter in the matrix
    r"Find the eigenvalues of $\begin{pmatrix} a & 1 \\ 1 & 2 \end{pmatrix}$.",
    # a second condition besides M v = k v
    r"Find all real numbers $k$ for which there exists a nonzero vector $\mathbf{v}$ such "
    r"that $\begin{pmatrix} 1 & 3 \\ 3 & 1 \end{pmatrix} \mathbf{v} = k \mathbf{v}$ and "
    r"$k < 0$.",
    # the scalar named is not the one in the equation
    r"Find all real numbers $c$ for which there exists a nonzero vector $\mathbf{v}$ such "
    r"that $\begin{pmatrix} 1 & 3 \\ 3 & 1 \end{pmatrix} \mathbf{v} = k \mathbf{v}$.",
])
def test_non_real_or_unclear_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
