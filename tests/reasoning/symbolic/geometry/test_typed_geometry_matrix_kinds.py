"""Letters in a 2 x 2 matrix fixed by the kind of map it is (our own matrices, built by hand
from a vector); letters left free, numbers no such map can have, or another kind of map,
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # v = (3, 2): v v^T / 13
    (r"Some real numbers $a$ and $c$ make $\begin{pmatrix} a & \frac{6}{13} \\ c & "
     r"\frac{4}{13} \end{pmatrix}$ the matrix of a projection.  Find the ordered pair $(a,c).$",
     r"\left( \frac{9}{13}, \frac{6}{13} \right)"),
    # v = (5, 1): 2 v v^T / 26 - I = [[12/13, 5/13], [5/13, -12/13]]
    (r"If $\begin{pmatrix} p & q \\ \frac{5}{13} & -\frac{12}{13} \end{pmatrix}$ represents a "
     r"reflection, what is the ordered pair $(p,q)$?",
     r"\left( \frac{12}{13}, \frac{5}{13} \right)"),
    # v = (1, 1): trace 1 and det 0 force both diagonal entries to 1/2
    (r"Suppose $\begin{pmatrix} r & \frac{1}{2} \\ \frac{1}{2} & s \end{pmatrix}$ is a "
     r"projection matrix.  Determine the ordered pair $(r,s).$",
     r"\left( \frac{1}{2}, \frac{1}{2} \right)"),
    # v = (2, 1): 2 v v^T / 5 - I = [[3/5, 4/5], [4/5, -3/5]]
    (r"For some real numbers $u$ and $w$, $\begin{pmatrix} u & \frac{4}{5} \\ w & -\frac{3}{5} "
     r"\end{pmatrix}$ corresponds to a reflection.  Give the ordered pair $(u,w).$",
     r"\left( \frac{3}{5}, \frac{4}{5} \right)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_matrix_kinds(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x = y = 3/5 and x = y = -3/5 both make a reflection: the letters are not fixed
    r"If $\begin{pmatrix} -\frac{4}{5} & x \\ y & \frac{4}{5} \end{pmatrix}$ represents a "
    r"reflection, what is the ordered pair $(x,y)$?",
    # every entry a letter: many reflections
    r"Suppose $\begin{pmatrix} a & b \\ c & d \end{pmatrix}$ is a reflection matrix.  "
    r"Determine the ordered quadruple $(a,b,c,d).$",
    # symmetric with trace 1 gives [[0, 1], [1, 1]], whose square is not itself
    r"If $\begin{pmatrix} a & 1 \\ c & 1 \end{pmatrix}$ represents a projection, what is the "
    r"ordered pair $(a,c)$?",
    # a rotation is not read by this reader
    r"If $\begin{pmatrix} a & -\frac{3}{5} \\ \frac{3}{5} & d \end{pmatrix}$ represents a "
    r"rotation, what is the ordered pair $(a,d)$?",
])
def test_unfixed_kinds_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
