"""Areas of triangles and parallelograms whose vertices are given vectors, in the plane and
in space (our own problems: a determinant or a cross product, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # |4 * 3 - 2 * (-1)| = 14
    (r"Let $\mathbf{u} = \begin{pmatrix} 4 \\ 2 \end{pmatrix}$ and $\mathbf{v} = "
     r"\begin{pmatrix} -1 \\ 3 \end{pmatrix}.$  Find the area of the parallelogram with "
     r"vertices $\mathbf{0},$ $\mathbf{u},$ $\mathbf{v},$ and $\mathbf{u} + \mathbf{v}.$", "14"),
    # half of |2 * 5 - 1 * 1| = 9/2
    (r"Let $\mathbf{p} = \begin{pmatrix} 2 \\ 1 \end{pmatrix}$ and $\mathbf{q} = "
     r"\begin{pmatrix} 1 \\ 5 \end{pmatrix}$.  Find the area of the triangle whose vertices are "
     r"$\mathbf{0}$, $\mathbf{p}$, and $\mathbf{q}$.", r"\frac{9}{2}"),
    # cross product (1,0,0) x (0,2,2) = (0,-2,2), length 2 sqrt 2, half is sqrt 2
    (r"Let $\mathbf{a} = \begin{pmatrix} 1 \\ 0 \\ 0 \end{pmatrix}$ and $\mathbf{b} = "
     r"\begin{pmatrix} 0 \\ 2 \\ 2 \end{pmatrix}$.  Find the area of the triangle with "
     r"vertices $\mathbf{0}$, $\mathbf{a}$, and $\mathbf{b}$.", r"\sqrt{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vector_areas(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_collinear_vertices_decline() -> None:
    assert solve_now(r"Let $\mathbf{p} = \begin{pmatrix} 2 \\ 1 \end{pmatrix}$ and $\mathbf{q} = "
                     r"\begin{pmatrix} 4 \\ 2 \end{pmatrix}$.  Find the area of the triangle "
                     r"whose vertices are $\mathbf{0}$, $\mathbf{p}$, and $\mathbf{q}$.").answer \
        is None
