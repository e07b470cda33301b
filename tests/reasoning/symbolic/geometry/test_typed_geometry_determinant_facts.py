"""Matrices known only by their determinants (products, powers, inverses, transposes,
number multiples of a matrix of a told size) and the area of a region's image under a
matrix: our own problems, answers worked out by hand; near misses (a sum of matrices, a
number multiple without a size, the inverse of a singular matrix) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3^5
    (r"Suppose $\det \mathbf{N} = 3.$ Compute $\det (\mathbf{N}^5).$", "243"),
    # (-2)(6)
    (r"The matrices $\mathbf{P}$ and $\mathbf{Q}$ have $\det \mathbf{P} = -2$ and "
     r"$\det \mathbf{Q} = 6$. What is $\det (\mathbf{Q} \mathbf{P})$?", "-12"),
    # (1/3) * 8 for the transpose
    (r"Matrices $\mathbf{C}$ and $\mathbf{D}$ satisfy $\det \mathbf{C} = 3$, "
     r"$\det \mathbf{D} = 8$. Evaluate $\det (\mathbf{D}^T \mathbf{C}^{-1})$.",
     r"\frac{8}{3}"),
    # 3 by 3: (-1)^3 * 7
    (r"Let $\mathbf{K}$ be a $3 \times 3$ matrix with $\det \mathbf{K} = 7.$ Find "
     r"$\det (-\mathbf{K}).$", "-7"),
    # 2 by 2: det(3 M^{-1}) = 3^2 / 4
    (r"The $2 \times 2$ matrix $\mathbf{G}$ has $\det \mathbf{G} = 4.$ Evaluate "
     r"$\det (3 \mathbf{G}^{-1}).$", r"\frac{9}{4}"),
    # |det| = |3 * 1 - 2 * 4| = 5, area 6 * 5
    (r"A region $T$ has area $6$. The matrix $\begin{pmatrix} 3 & 2 \\ 4 & 1 \end{pmatrix}$ "
     r"transforms $T$ into $T'$. What is the area of $T'$?", "30"),
    # |2 * 5 - 0| = 10
    (r"The region $U$ has area $\frac{3}{2}$. When $U$ is mapped by "
     r"$\begin{pmatrix} 2 & 0 \\ 1 & 5 \end{pmatrix}$ we get the region $V$. Find the area "
     r"of $V$.", "15"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the determinant of a sum is not fixed by the two determinants
    r"If $\det \mathbf{E} = 1$, $\det \mathbf{F} = 2$ and $\det \mathbf{H} = 5$, find "
    r"$\det (\mathbf{E} + \mathbf{F} \mathbf{H})$.",
    # 5^n det: the size is not said
    r"Suppose $\det \mathbf{N} = 3.$ Compute $\det (5 \mathbf{N}).$",
    # no inverse
    r"Suppose $\det \mathbf{N} = 0.$ Compute $\det (\mathbf{N}^{-1}).$",
    # the area told is of the image, not of the region the matrix is applied to
    r"The region $U'$ has area $30$. When $U$ is mapped by "
    r"$\begin{pmatrix} 2 & 0 \\ 1 & 5 \end{pmatrix}$ we get the region $U'$. Find the area "
    r"of $U$.",
    # a matrix whose determinant is not told
    r"Suppose $\det \mathbf{N} = 3.$ Compute $\det (\mathbf{N} \mathbf{W}).$",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
