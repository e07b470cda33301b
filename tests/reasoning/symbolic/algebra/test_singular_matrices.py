"""The values of a letter that make a matrix not invertible (`algebra.singular_matrices`),
in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 5(2 + y) - 4(1 - y) = 9y + 6 = 0
    (r"For what value of $y$ is the matrix $\begin{pmatrix} 2 + y & 4 \\ 1 - y & 5 "
     r"\end{pmatrix}$ not invertible?", r"-\frac{2}{3}"),
    # 3 * 10 - 5k = 0
    (r"Find $k$ such that the matrix $\begin{pmatrix} 3 & k \\ 5 & 10 \end{pmatrix}$ has no "
     r"inverse.", "6"),
    # s^2 - 9 = 0
    (r"Find all values of $s$ for which $\begin{pmatrix} s & 9 \\ 1 & s \end{pmatrix}$ is "
     r"singular.", "-3, 3"),
    # 1(3d - 2) - 0 + 1(0 - d) = 2d - 2 = 0
    (r"Find $d$ such that the matrix $\begin{pmatrix} 1 & 0 & 1 \\ 0 & d & 2 \\ 1 & 1 & 3 "
     r"\end{pmatrix}$ is not invertible.", "1"),
    # "find all" without "values of": w^2 - 25 = 0
    (r"Find all $w$ such that the matrix $\begin{pmatrix} w & 5 \\ 5 & w \end{pmatrix}$ is "
     r"not invertible.", "-5, 5"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_values_that_make_a_matrix_singular(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # b^2 - 10 = 0 has two roots, and one value is asked for
    r"For what value of $b$ does the matrix $\begin{pmatrix} b & 2 \\ 5 & b \end{pmatrix}$ not "
    r"have an inverse?",
    # m^2 + 4 is never zero for a real m
    r"Find $m$ such that the matrix $\begin{pmatrix} m & 2 \\ -2 & m \end{pmatrix}$ is not "
    r"invertible.",
    # no letter in the matrix: its determinant is 0 for every k
    r"Find $k$ such that the matrix $\begin{pmatrix} 3 & 1 \\ 6 & 2 \end{pmatrix}$ is not "
    r"invertible.",
])
def test_unclear_singular_values_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
