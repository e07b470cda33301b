"""The matrix of a linear map named in words (axis and line reflections, projections and
reflections by a vector in the plane or in space, a multiple of the identity of a said
size): phrasings of our own with matrices worked out by hand, each confirmed by what
defines the map; and declines where the map or its size is not said."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

MAPS = [
    ("Find the matrix that corresponds to reflecting over the $y$-axis.",
     r"\begin{pmatrix} -1 & 0 \\ 0 & 1 \end{pmatrix}"),
    ("Find the matrix that corresponds to reflecting across the $x$-axis.",
     r"\begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}"),
    ("Find the matrix that corresponds to reflecting over the line $y = x$.",
     r"\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}"),
    # v v^T / 9 for v = (1, 2, 2)
    (r"Find the matrix $\mathbf{P}$ such that for any vector $\mathbf{v},$ $\mathbf{P} "
     r"\mathbf{v}$ is the projection of $\mathbf{v}$ onto the vector $\begin{pmatrix} 1 \\ 2 "
     r"\\ 2 \end{pmatrix}.$",
     r"\begin{pmatrix} \frac{1}{9} & \frac{2}{9} & \frac{2}{9} \\ \frac{2}{9} & \frac{4}{9} & "
     r"\frac{4}{9} \\ \frac{2}{9} & \frac{4}{9} & \frac{4}{9} \end{pmatrix}"),
    # 2P - I with P = v v^T / 2 for v = (1, 0, 1)
    (r"Find the matrix that corresponds to reflecting over the vector $\begin{pmatrix} 1 \\ 0 "
     r"\\ 1 \end{pmatrix}.$", r"\begin{pmatrix} 0 & 0 & 1 \\ 0 & -1 & 0 \\ 1 & 0 & 0 "
     r"\end{pmatrix}"),
    (r"Find the $3 \times 3$ matrix $\mathbf{M}$ such that $\mathbf{M} \mathbf{v} = -2 "
     r"\mathbf{v}$ for all three-dimensional vectors $\mathbf{v}.$",
     r"\begin{pmatrix} -2 & 0 & 0 \\ 0 & -2 & 0 \\ 0 & 0 & -2 \end{pmatrix}"),
]


@pytest.mark.parametrize(("problem", "answer"), MAPS)
def test_the_matrix_of_a_map_named_in_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no size said: 2 by 2 and 3 by 3 both fit
    r"Find the matrix $\mathbf{M}$ such that $\mathbf{M} \mathbf{v} = 4 \mathbf{v}$ for all "
    r"vectors $\mathbf{v}.$",
    "Find the matrix that corresponds to reflecting over the $z$-axis.",
    r"Find the matrix that corresponds to reflecting over the line $y = 2x + 1$.",
])
def test_maps_not_said_fully_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
