"""Determinants of matrices whose columns or rows are combinations of another's
(geometry/column_determinants.py): our own combinations and wordings, answers worked by hand
as det C times the old determinant; cross products, a vector that is not a column, and
rows mixed with columns decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # C = [[1, 0, 1], [-1, 1, 0], [0, -1, 1]]: det 2
    (r"Let $D$ be the determinant of the matrix whose column vectors are $\mathbf{u},$ "
     r"$\mathbf{v},$ and $\mathbf{w}.$  Find the determinant of the matrix whose column vectors "
     r"are $\mathbf{u} - \mathbf{v},$ $\mathbf{v} - \mathbf{w},$ and $\mathbf{w} + \mathbf{u},$ "
     r"in terms of $D.$", "2D"),
    # the three differences add to 0
    (r"Let $K$ be the determinant of the matrix whose column vectors are $\mathbf{p},$ "
     r"$\mathbf{q},$ and $\mathbf{r}.$  Find the determinant of the matrix whose column vectors "
     r"are $\mathbf{p} - \mathbf{q},$ $\mathbf{q} - \mathbf{r},$ and $\mathbf{r} - \mathbf{p},$ "
     r"in terms of $K.$", "0"),
    # det [[2, -1, 0], [0, 1, 0], [0, 0, 1]] = 2, times 4
    (r"The determinant of the matrix with columns $\mathbf{a}$, $\mathbf{b}$, $\mathbf{c}$ is 4. "
     r"What is the determinant of the matrix with columns $2\mathbf{a}$, $\mathbf{b} - "
     r"\mathbf{a}$, $\mathbf{c}$?", "8"),
    # det [[3, 1], [1, 2]] = 5
    (r"Let $D$ be the determinant of the matrix whose row vectors are $\mathbf{a}$ and "
     r"$\mathbf{b}.$  Find the determinant of the matrix whose row vectors are $3\mathbf{a} + "
     r"\mathbf{b}$ and $\mathbf{a} + 2\mathbf{b},$ in terms of $D.$", "5D"),
]

NEAR_MISSES = [
    # cross products are not linear combinations
    r"Let $D$ be the determinant of the matrix whose column vectors are $\mathbf{u},$ "
    r"$\mathbf{v},$ and $\mathbf{w}.$  Find the determinant of the matrix whose column vectors "
    r"are $\mathbf{u} \times \mathbf{v},$ $\mathbf{v} \times \mathbf{w},$ and $\mathbf{w} "
    r"\times \mathbf{u},$ in terms of $D.$",
    # x is not a column
    r"Let $D$ be the determinant of the matrix whose column vectors are $\mathbf{u},$ "
    r"$\mathbf{v},$ and $\mathbf{w}.$  Find the determinant of the matrix whose column vectors "
    r"are $\mathbf{u} + \mathbf{x},$ $\mathbf{v},$ and $\mathbf{w},$ in terms of $D.$",
    r"Let $D$ be the determinant of the matrix whose column vectors are $\mathbf{u},$ "
    r"$\mathbf{v},$ and $\mathbf{w}.$  Find the determinant of the matrix whose row vectors "
    r"are $\mathbf{u},$ $\mathbf{v},$ and $2\mathbf{w},$ in terms of $D.$",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_column_determinants_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_column_determinants_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
