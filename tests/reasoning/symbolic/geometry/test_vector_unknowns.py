"""Values of a letter that make two vectors parallel or orthogonal
(geometry/vector_unknowns.py), when all of them are asked: our own vectors, answers by hand;
one value asked where there are two must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (2, m) parallel to (m, 8): 16 - m^2 = 0
    (r"Find all values of $m$ for which the vectors $\begin{pmatrix} 2 \\ m \end{pmatrix}$ "
     r"and $\begin{pmatrix} m \\ 8 \end{pmatrix}$ are parallel.", "-4, 4"),
    # (c, 1, 2) . (c, -9, 0) = c^2 - 9 = 0
    (r"Find all real numbers $c$ such that the vectors $\begin{pmatrix} c \\ 1 \\ 2 "
     r"\end{pmatrix}$ and $\begin{pmatrix} c \\ -9 \\ 0 \end{pmatrix}$ are orthogonal.",
     "-3, 3"),
]

NEAR_MISSES = [
    # one value asked, two found
    r"Find $m$ so that the vectors $\begin{pmatrix} 2 \\ m \end{pmatrix}$ and "
    r"$\begin{pmatrix} m \\ 8 \end{pmatrix}$ are parallel.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_all_values_listed(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_one_value_asked_of_two_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
