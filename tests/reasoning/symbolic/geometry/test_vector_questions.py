"""The cosine of the angle between two vectors (`geometry.vector_questions`), in phrasings of
our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (2*1 + 1*3) / (sqrt 5 * sqrt 10) = 5 / (5 sqrt 2)
    (r"Find the cosine of the angle between $\begin{pmatrix} 2 \\ 1 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 1 \\ 3 \end{pmatrix}$.", r"\frac{\sqrt{2}}{2}"),
    # (1*2 + 2*2 + 2*(-1)) / (3 * 3) = 4/9
    (r"Find the cosine of the angle between the vectors $\begin{pmatrix} 1 \\ 2 \\ 2 "
     r"\end{pmatrix}$ and $\begin{pmatrix} 2 \\ 2 \\ -1 \end{pmatrix}$.", r"\frac{4}{9}"),
    # named vectors: (3*0 + 4*5) / (5 * 5) = 4/5
    (r"Let $\mathbf{u} = \begin{pmatrix} 3 \\ 4 \end{pmatrix}$ and $\mathbf{v} = "
     r"\begin{pmatrix} 0 \\ 5 \end{pmatrix}$. Find the cosine of the angle between "
     r"$\mathbf{u}$ and $\mathbf{v}$.", r"\frac{4}{5}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_cosines_of_angles_between_vectors(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the zero vector makes no angle
    r"Find the cosine of the angle between $\begin{pmatrix} 0 \\ 0 \end{pmatrix}$ and "
    r"$\begin{pmatrix} 1 \\ 3 \end{pmatrix}$.",
    # vectors of different sizes
    r"Find the cosine of the angle between $\begin{pmatrix} 1 \\ 2 \end{pmatrix}$ and "
    r"$\begin{pmatrix} 1 \\ 2 \\ 2 \end{pmatrix}$.",
])
def test_cosines_that_do_not_exist_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
