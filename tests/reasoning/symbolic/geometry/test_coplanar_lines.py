"""The letter that makes two lines in space coplanar or meet (geometry/coplanar_lines.py): our
own lines and wordings, answers worked by hand with the triple product; lines that are
never coplanar, a condition that holds for every value, or lines with two letters decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # Q - P = (1, 2, -2), D x E = (1 - k, 2k - 1, -1): 3k + 1 = 0
    (r"One line is described by $\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix} + t \begin{pmatrix} "
     r"1 \\ 1 \\ k \end{pmatrix}.$  Another line is described by $\begin{pmatrix} 2 \\ 4 \\ 1 "
     r"\end{pmatrix} + u \begin{pmatrix} 2 \\ 1 \\ 1 \end{pmatrix}.$  If the lines are coplanar, "
     r"then find $k.$", r"-\frac{1}{3}"),
    # Q - P = (-1, 1, 2 - a), D x E = (1, 0, -1): a - 3 = 0
    (r"The lines $\begin{pmatrix} 1 \\ 0 \\ a \end{pmatrix} + t \begin{pmatrix} 1 \\ 2 \\ 1 "
     r"\end{pmatrix}$ and $\begin{pmatrix} 0 \\ 1 \\ 2 \end{pmatrix} + u \begin{pmatrix} 1 \\ 1 "
     r"\\ 1 \end{pmatrix}$ intersect.  Find $a.$", "3"),
    # Q - P = (1, 3, 2), D x E = (m^2, -m, 1): m^2 - 3m + 2 = 0
    (r"One line is described by $\begin{pmatrix} 0 \\ 0 \\ 0 \end{pmatrix} + s \begin{pmatrix} "
     r"1 \\ m \\ 0 \end{pmatrix}.$  Another line is described by $\begin{pmatrix} 1 \\ 3 \\ 2 "
     r"\end{pmatrix} + v \begin{pmatrix} 0 \\ 1 \\ m \end{pmatrix}.$  If the lines are coplanar "
     r"(i.e. there is a plane that contains both lines), then find all possible values of $m.$",
     "1, 2"),
]

NEAR_MISSES = [
    # Q - P = (1, 0, 0) and (D x E) . (1, 0, 0) = -1: never coplanar
    r"One line is described by $\begin{pmatrix} 0 \\ 0 \\ 0 \end{pmatrix} + t \begin{pmatrix} 1 "
    r"\\ k \\ 1 \end{pmatrix}.$  Another line is described by $\begin{pmatrix} 1 \\ 0 \\ 0 "
    r"\end{pmatrix} + u \begin{pmatrix} k \\ 1 \\ 0 \end{pmatrix}.$  If the lines are coplanar, "
    r"then find $k.$",
    # two values, and "all" is not asked
    r"One line is described by $\begin{pmatrix} 0 \\ 0 \\ 0 \end{pmatrix} + s \begin{pmatrix} 1 "
    r"\\ m \\ 0 \end{pmatrix}.$  Another line is described by $\begin{pmatrix} 1 \\ 3 \\ 2 "
    r"\end{pmatrix} + v \begin{pmatrix} 0 \\ 1 \\ m \end{pmatrix}.$  If the lines are coplanar, "
    r"then find $m.$",
    # "skew": not read
    r"The lines $\begin{pmatrix} 1 \\ 0 \\ a \end{pmatrix} + t \begin{pmatrix} 1 \\ 2 \\ 1 "
    r"\end{pmatrix}$ and $\begin{pmatrix} 0 \\ 1 \\ 2 \end{pmatrix} + u \begin{pmatrix} 1 \\ 1 "
    r"\\ 1 \end{pmatrix}$ are skew.  Find all $a.$",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coplanar_lines_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_coplanar_lines_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
