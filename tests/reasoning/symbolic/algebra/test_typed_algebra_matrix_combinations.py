"""A power or the inverse of a given matrix written as p A + q I (our own problems, the
scalars worked out by hand from the characteristic polynomial); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # trace 4, determinant 3: B^2 = 4B - 3I, so B^3 = 4B^2 - 3B = 13B - 12I
    (r"Suppose $\mathbf{B} = \begin{pmatrix} 3 & 0 \\ 2 & 1 \end{pmatrix}$, and scalars $s$, "
     r"$t$ satisfy $\mathbf{B}^3 = s \mathbf{B} + t \mathbf{I}$.  Enter $(s,t)$ as an "
     r"ordered pair.", "(13, -12)"),
    # N^2 = N + I, so N^{-1} = N - I
    (r"For $\mathbf{N} = \begin{pmatrix} 0 & 1 \\ 1 & 1 \end{pmatrix}$ there are numbers $c$ "
     r"and $d$ such that $\mathbf{N}^{-1} = c \mathbf{N} + d \mathbf{I}$.  Enter the ordered "
     r"pair $(c,d)$.", "(1, -1)"),
    # eigenvalues 2 and 3: x^2 = 5x - 6 at both
    (r"Let $\mathbf{C} = \begin{pmatrix} 2 & 0 & 0 \\ 0 & 3 & 0 \\ 0 & 0 & 3 \end{pmatrix}.$  "
     r"Then there exist real numbers $u$ and $v$ such that $\mathbf{C}^2 = u \mathbf{C} + v "
     r"\mathbf{I}.$  Enter the ordered pair $(u,v).$", "(5, -6)"),
    # the identity term first and the pair asked in the other order: B^2 = 4B - 3I
    (r"Let $\mathbf{B} = \begin{pmatrix} 1 & 2 \\ 0 & 3 \end{pmatrix}.$  Find constants $m$ "
     r"and $n$ such that $\mathbf{B}^2 = n \mathbf{I} + m \mathbf{B}.$  Enter the ordered pair "
     r"$(n,m).$", "(-3, 4)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_power_as_combination(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 2I: every power is a multiple of I, the pair is not determined
    r"Suppose $\mathbf{D} = \begin{pmatrix} 5 & 0 \\ 0 & 5 \end{pmatrix}$, and scalars $g$, $h$ "
    r"satisfy $\mathbf{D}^4 = g \mathbf{D} + h \mathbf{I}$.  Enter $(g,h)$ as an ordered pair.",
    # no inverse
    r"For $\mathbf{S} = \begin{pmatrix} 3 & 6 \\ 1 & 2 \end{pmatrix}$ there are numbers $x$ and "
    r"$y$ such that $\mathbf{S}^{-1} = x \mathbf{S} + y \mathbf{I}$.  Enter the ordered pair "
    r"$(x,y)$.",
])
def test_undetermined_combinations_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
