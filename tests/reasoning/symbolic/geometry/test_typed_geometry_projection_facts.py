"""Projections onto a vector known only through one of its projections (our own problems,
worked by hand); impossible or unsettled ones decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def col(*entries: object) -> str:
    return r"\begin{pmatrix} " + r" \\ ".join(str(e) for e in entries) + r" \end{pmatrix}"


def proj(onto: str, of: str) -> str:
    return rf"\operatorname{{proj}}_{{{onto}}} {of}"


W, A, B, V = r"\mathbf{w}", r"\mathbf{a}", r"\mathbf{b}", r"\mathbf{v}"
SOLVED = [
    # w along (1, 1): (5 - 1)/2 (1, 1)
    (f"The projection of ${col(2, 4)}$ onto a certain vector ${W}$ is ${col(3, 3)}$. Find the "
     f"projection of ${col(5, -1)}$ onto ${W}$.", col(2, 2)),
    # w along (1, 0, 1): 6/2 (1, 0, 1)
    (f"Suppose ${proj(W, col(1, 2, 3))} = {col(2, 0, 2)}$. Compute ${proj(W, col(0, 5, 6))}$.",
     col(3, 0, 3)),
    # a along (1, 2), b along (-2, 1): (5, 0) - (1, 2)
    (r"Let $\mathbf{a}$ and $\mathbf{b}$ be orthogonal vectors. If "
     f"${proj(A, col(5, 0))} = {col(1, 2)},$ then find "
     f"${proj(B, col(5, 0))}.$", col(4, -2)),
    # v . (1, 2) = 10
    (r"The set of vectors $\mathbf{v}$ such that "
     f"\\[{proj(col(1, 2), V)} = {col(2, 4)}\\] lies on a line. Enter the equation "
     "of this line in the form \"$y = mx + b$\".", r"y = -\frac{x}{2} + 5"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_projection_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # (1, 0) - (3, 3) is not orthogonal to (3, 3): no vector has that projection
    f"The projection of ${col(1, 0)}$ onto a certain vector ${W}$ is ${col(3, 3)}$. Find the "
    f"projection of ${col(0, 1)}$ onto ${W}$.",
    # in space, b orthogonal to a is not fixed
    r"Let $\mathbf{a}$ and $\mathbf{b}$ be orthogonal vectors. If "
    f"${proj(A, col(1, 2, 3))} = {col(2, 0, 2)},$ then find "
    f"${proj(B, col(1, 2, 3))}.$",
    # nothing ties b to a
    f"If ${proj(A, col(5, 0))} = {col(1, 2)},$ then find "
    f"${proj(B, col(5, 0))}.$",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsettled_projections_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
