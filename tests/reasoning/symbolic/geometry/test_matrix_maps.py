"""The matrix that does the same thing to every matrix or vector of letters
(geometry/matrix_maps.py): our own maps and wordings, answers worked by hand; a map no
matrix does declines unless the problem says to enter the zero matrix."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the first row of M picks the second row, and so on
    (r"Find the matrix $\mathbf{M}$ that swaps the rows of a matrix.  In other words, "
     r"$\mathbf{M} \begin{pmatrix} a & b \\ c & d \end{pmatrix} = \begin{pmatrix} c & d \\ a & "
     r"b \end{pmatrix}.$  If no such matrix $\mathbf{M}$ exists, then enter the zero matrix.",
     r"\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}"),
    # multiplying on the left mixes rows, never columns
    (r"Find the matrix $\mathbf{M}$ that swaps the columns of a matrix.  In other words, "
     r"$\mathbf{M} \begin{pmatrix} a & b \\ c & d \end{pmatrix} = \begin{pmatrix} b & a \\ d & "
     r"c \end{pmatrix}.$  If no such matrix $\mathbf{M}$ exists, then enter the zero matrix.",
     r"\begin{pmatrix} 0 & 0 \\ 0 & 0 \end{pmatrix}"),
    # on the right it can
    (r"Find the matrix $\mathbf{M}$ such that $\begin{pmatrix} p & q \\ r & s \end{pmatrix} "
     r"\mathbf{M} = \begin{pmatrix} q & p \\ s & r \end{pmatrix}.$",
     r"\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}"),
    (r"Find the matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} a & b \\ c & d "
     r"\end{pmatrix} = \begin{pmatrix} 3a & 3b \\ c & d \end{pmatrix}.$",
     r"\begin{pmatrix} 3 & 0 \\ 0 & 1 \end{pmatrix}"),
    # row 2 + 2 row 1
    (r"Find the matrix $\mathbf{M}$ that adds twice the first row to the second row.  In "
     r"other words, $\mathbf{M} \begin{pmatrix} a & b \\ c & d \end{pmatrix} = "
     r"\begin{pmatrix} a & b \\ c + 2a & d + 2b \end{pmatrix}.$",
     r"\begin{pmatrix} 1 & 0 \\ 2 & 1 \end{pmatrix}"),
    (r"Find the $2 \times 2$ matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} x \\ y "
     r"\end{pmatrix} = \begin{pmatrix} 2x - y \\ x + 3y \end{pmatrix}$ for all real numbers "
     r"$x$ and $y.$", r"\begin{pmatrix} 2 & -1 \\ 1 & 3 \end{pmatrix}"),
    (r"Find the $3 \times 3$ matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} x \\ y "
     r"\\ z \end{pmatrix} = \begin{pmatrix} y \\ z \\ x + y + z \end{pmatrix}$ for all real "
     r"numbers $x,$ $y,$ and $z.$",
     r"\begin{pmatrix} 0 & 1 & 0 \\ 0 & 0 & 1 \\ 1 & 1 & 1 \end{pmatrix}"),
]

NEAR_MISSES = [
    # no matrix swaps columns from the left, and the problem does not say what to enter
    r"Find the matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} a & b \\ c & d "
    r"\end{pmatrix} = \begin{pmatrix} b & a \\ d & c \end{pmatrix}.$",
    # a constant added: no linear map
    r"Find the matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} a & b \\ c & d "
    r"\end{pmatrix} = \begin{pmatrix} a + 1 & b \\ c & d \end{pmatrix}.$",
    # the size said does not fit
    r"Find the $3 \times 3$ matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} x \\ y "
    r"\end{pmatrix} = \begin{pmatrix} y \\ x \end{pmatrix}.$",
    # the letters said are not the letters of the matrix
    r"Find the matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} x \\ y \\ z "
    r"\end{pmatrix} = \begin{pmatrix} y \\ z \\ x \end{pmatrix}$ for all real numbers $x$ and "
    r"$y.$",
    # a description not restated by an equation
    r"Find the matrix $\mathbf{M}$ that swaps the rows of a matrix.",
    # an inverse of a written matrix asked as well: not this reader's
    r"Find the invertible matrix $\mathbf{M}$ such that $\mathbf{M} \begin{pmatrix} a & b \\ c "
    r"& d \end{pmatrix} = \begin{pmatrix} 0 & 0 \\ 0 & 0 \end{pmatrix}.$",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_matrix_maps_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_matrix_maps_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
