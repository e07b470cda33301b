"""The parameter at which a point of a line p + t d is closest to a given point (our own
problems: t = (a - p) . d / (d . d) worked by hand); a line with no direction declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (3, 4) . (3, -1) = 5 over |d|^2 = 10
    (r"For which value of $s$ is $\begin{pmatrix} 1 \\ 2 \end{pmatrix} + s \begin{pmatrix} 3 "
     r"\\ -1 \end{pmatrix}$ closest to $\begin{pmatrix} 4 \\ 6 \end{pmatrix}$?", r"\frac{1}{2}"),
    # (3, 2, 4) . (1, 2, 2) = 15 over 9
    (r"Find the value of $t$ for which the vector $\mathbf{u} = \begin{pmatrix} 0 \\ 1 \\ -1 "
     r"\end{pmatrix} + t \begin{pmatrix} 1 \\ 2 \\ 2 \end{pmatrix}$ is closest to "
     r"$\mathbf{b} = \begin{pmatrix} 3 \\ 3 \\ 3 \end{pmatrix}$.", r"\frac{5}{3}"),
    # (-2, 5) . (1, 1) = 3 over 2
    (r"For what value of $k$ is $\begin{pmatrix} 2 \\ 0 \end{pmatrix} + k \begin{pmatrix} 1 \\ "
     r"1 \end{pmatrix}$ closest to $\begin{pmatrix} 0 \\ 5 \end{pmatrix}$?", r"\frac{3}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_closest_parameter(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_line_without_direction_declines() -> None:
    assert solve_now(r"For which value of $s$ is $\begin{pmatrix} 1 \\ 2 \end{pmatrix} + s "
                     r"\begin{pmatrix} 0 \\ 0 \end{pmatrix}$ closest to $\begin{pmatrix} 4 \\ 6 "
                     r"\end{pmatrix}$?").answer is None
