"""The line or plane a projection or reflection matrix is for (our own matrices, built by hand
from the vector); a matrix that is no such map, or a vector asked of the wrong kind, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

TWO = (r" Enter your answer in the form $\begin{pmatrix} a \\ b \end{pmatrix},$ where $a$ and "
       r"$b$ are integers, $a > 0,$ and $\gcd(|a|,|b|) = 1.$")
THREE = (r" Enter your answer in the form $\begin{pmatrix} a \\ b \\ c \end{pmatrix},$ where "
         r"$a,$ $b,$ and $c$ are integers, $a > 0,$ and $\gcd(|a|,|b|,|c|) = 1.$")

SOLVED = [
    # d = (3, 1): d d^T / 10
    (r"Line $m$ passes through the origin, and the matrix for projecting onto line $m$ is "
     r"$\begin{pmatrix} \frac{9}{10} & \frac{3}{10} \\ \frac{3}{10} & \frac{1}{10} "
     r"\end{pmatrix}$.  Find the direction vector of line $m.$" + TWO,
     r"\begin{pmatrix} 3 \\ 1 \end{pmatrix}"),
    # d = (1, -2): 2 d d^T / 5 - I
    (r"The matrix $\begin{pmatrix} -\frac{3}{5} & -\frac{4}{5} \\ -\frac{4}{5} & \frac{3}{5} "
     r"\end{pmatrix}$ is the matrix for reflecting over a certain line $k$ which passes "
     r"through the origin.  Find a direction vector of line $k.$" + TWO,
     r"\begin{pmatrix} 1 \\ -2 \end{pmatrix}"),
    # n = (2, 1, -2): I - n n^T / 9
    (r"A certain plane $Q$ passes through the origin, and the matrix for projecting onto "
     r"plane $Q$ is $\begin{pmatrix} \frac{5}{9} & -\frac{2}{9} & \frac{4}{9} \\ -\frac{2}{9} & "
     r"\frac{8}{9} & \frac{2}{9} \\ \frac{4}{9} & \frac{2}{9} & \frac{5}{9} \end{pmatrix}$.  "
     r"Find the normal vector of plane $Q.$" + THREE,
     r"\begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix}"),
    # n = (1, 0, -1): I - 2 n n^T / 2 swaps x and z
    (r"The matrix for reflecting through a certain plane $Q,$ which passes through the origin, "
     r"is $\begin{pmatrix} 0 & 0 & 1 \\ 0 & 1 & 0 \\ 1 & 0 & 0 \end{pmatrix}$.  Find the "
     r"normal vector of plane $Q.$" + THREE, r"\begin{pmatrix} 1 \\ 0 \\ -1 \end{pmatrix}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_matrix_axes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not a projection: rebuilding the map from a column does not give this matrix
    r"The matrix for projecting onto a certain line $m,$ which passes through the origin, is "
    r"$\begin{pmatrix} \frac{1}{2} & \frac{1}{2} \\ 0 & \frac{1}{2} \end{pmatrix}$.  Find the "
    r"direction vector of line $m.$" + TWO,
    # a reflection matrix said to be a projection
    r"The matrix for projecting onto a certain line $k,$ which passes through the origin, is "
    r"$\begin{pmatrix} -\frac{3}{5} & -\frac{4}{5} \\ -\frac{4}{5} & \frac{3}{5} "
    r"\end{pmatrix}$.  Find the direction vector of line $k.$" + TWO,
    # a line has no normal vector in space
    r"The matrix for projecting onto a certain line $m,$ which passes through the origin, is "
    r"$\begin{pmatrix} \frac{9}{10} & \frac{3}{10} \\ \frac{3}{10} & \frac{1}{10} "
    r"\end{pmatrix}$.  Find the normal vector of line $m.$" + TWO,
])
def test_other_maps_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
