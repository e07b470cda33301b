"""The matrix of a linear map named in words (axis and line reflections, projections and
reflections by a vector in space): phrasings of our own with matrices worked out by hand,
each confirmed by what defines the map; and declines where the map or its size is not
said. (M v = c v for all vectors of a said size is read only in a benchmark's own
sentence, so only its decline is asked here.)"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

MAPS = [
    ("What matrix represents reflecting through the $y$-axis?",
     r"\begin{pmatrix} -1 & 0 \\ 0 & 1 \end{pmatrix}"),
    ("Give the matrix for reflecting across the $x$-axis.",
     r"\begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}"),
    ("Which matrix represents reflecting through the line $y = x$?",
     r"\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}"),
    # 2P - I with P = v v^T / 2 for v = (1, -1): (1, -1) kept, (1, 1) reversed
    ("Find the matrix for reflecting over the line $y = -x$.",
     r"\begin{pmatrix} 0 & -1 \\ -1 & 0 \end{pmatrix}"),
    # along (1, 3): P = [[1, 3], [3, 9]] / 10, R = 2P - I
    ("Find the matrix that corresponds to reflecting over the line $y = 3x$.",
     r"\begin{pmatrix} -\frac{4}{5} & \frac{3}{5} \\ \frac{3}{5} & \frac{4}{5} \end{pmatrix}"),
    # along (2, 1): P = [[4, 2], [2, 1]] / 5
    (r"What matrix represents projecting onto the line $y = \frac{1}{2} x$?",
     r"\begin{pmatrix} \frac{4}{5} & \frac{2}{5} \\ \frac{2}{5} & \frac{1}{5} \end{pmatrix}"),
    # v v^T / 9 for v = (2, -1, 2)
    (r"What is the matrix of the projection of $\mathbf{u}$ onto the vector "
     r"$\begin{pmatrix} 2 \\ -1 \\ 2 \end{pmatrix}$?",
     r"\begin{pmatrix} \frac{4}{9} & -\frac{2}{9} & \frac{4}{9} \\ -\frac{2}{9} & \frac{1}{9} & "
     r"-\frac{2}{9} \\ \frac{4}{9} & -\frac{2}{9} & \frac{4}{9} \end{pmatrix}"),
    # 2P - I with P = v v^T / 9 for v = (2, 1, 2)
    (r"What is the matrix of the reflection of $\mathbf{u}$ across the vector "
     r"$\begin{pmatrix} 2 \\ 1 \\ 2 \end{pmatrix}$?",
     r"\begin{pmatrix} -\frac{1}{9} & \frac{4}{9} & \frac{8}{9} \\ \frac{4}{9} & -\frac{7}{9} & "
     r"\frac{4}{9} \\ \frac{8}{9} & \frac{4}{9} & -\frac{1}{9} \end{pmatrix}"),
    # planes through the origin: I - n n^T / (n . n), and I - 2 n n^T / (n . n)
    (r"Find the matrix $\mathbf{P}$ such that for any vector $\mathbf{v},$ $\mathbf{P} "
     r"\mathbf{v}$ is the projection of $\mathbf{v}$ onto the plane $x + y + z = 0.$",
     r"\begin{pmatrix} \frac{2}{3} & -\frac{1}{3} & -\frac{1}{3} \\ -\frac{1}{3} & \frac{2}{3} "
     r"& -\frac{1}{3} \\ -\frac{1}{3} & -\frac{1}{3} & \frac{2}{3} \end{pmatrix}"),
    # n = (1, 0, 1): I - n n^T swaps x and z with a sign
    (r"Let $Q$ be the plane passing through the origin with normal vector $\begin{pmatrix} 1 "
     r"\\ 0 \\ 1 \end{pmatrix}.$  Find the matrix $\mathbf{R}$ such that for any vector "
     r"$\mathbf{v},$ $\mathbf{R} \mathbf{v}$ is the reflection of $\mathbf{v}$ through plane "
     r"$Q.$", r"\begin{pmatrix} 0 & 0 & -1 \\ 0 & 1 & 0 \\ -1 & 0 & 0 \end{pmatrix}"),
    # n = (2, -1, 2), n . n = 9
    (r"Find the matrix that corresponds to projecting onto the plane $2x - y + 2z = 0.$",
     r"\begin{pmatrix} \frac{5}{9} & \frac{2}{9} & -\frac{4}{9} \\ \frac{2}{9} & \frac{8}{9} & "
     r"\frac{2}{9} \\ -\frac{4}{9} & \frac{2}{9} & \frac{5}{9} \end{pmatrix}"),
    # n = (1, -2, 2): I - 2 n n^T / 9
    (r"Find the matrix that corresponds to reflecting through the plane $x - 2y + 2z = 0.$",
     r"\begin{pmatrix} \frac{7}{9} & \frac{4}{9} & -\frac{4}{9} \\ \frac{4}{9} & \frac{1}{9} & "
     r"\frac{8}{9} \\ -\frac{4}{9} & \frac{8}{9} & \frac{1}{9} \end{pmatrix}"),
]


@pytest.mark.parametrize(("problem", "answer"), MAPS)
def test_the_matrix_of_a_map_named_in_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no size said: 2 by 2 and 3 by 3 both fit
    r"Find the matrix $\mathbf{B}$ such that for all vectors $\mathbf{w}$, $\mathbf{B} "
    r"\mathbf{w} = -3 \mathbf{w}$.",
    "What matrix represents reflecting through the $z$-axis?",
    r"Give the matrix for reflecting across the line $y = 1 - 3x$.",  # not through the origin
    r"Find the matrix that corresponds to projecting onto the plane $x + y + z = 1.$",
    # the plane is never told
    r"Find the matrix $\mathbf{R}$ such that for any vector $\mathbf{v},$ $\mathbf{R} "
    r"\mathbf{v}$ is the reflection of $\mathbf{v}$ through plane $Q.$",
])
def test_maps_not_said_fully_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
