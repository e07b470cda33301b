"""Letters in matrices fixed by matrix relations (geometry/matrix_relations.py): our own
matrices and wordings, answers worked by hand; systems with infinitely many solutions,
non-real solutions when "real" is not said, and words the reader does not know decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # M^2 = I: a^2 - 6 = 1 and d = -a: a = +-sqrt 7
    (r"The matrix $\begin{pmatrix} a & 3 \\ -2 & d \end{pmatrix}$ is its own inverse for "
     r"some real numbers $a$ and $d.$  Find the number of possible pairs $(a, d).$", "2"),
    # a^2 + 3 = 1 has no real root
    (r"For how many ordered pairs $(a,d)$ of real numbers is $\begin{pmatrix} a & 1 \\ 3 & d "
     r"\end{pmatrix}$ its own inverse?", "0"),
    # a^2 + 9 = 1: none real, and the question says real
    (r"The matrix $\begin{pmatrix} a & 3 \\ 3 & d \end{pmatrix}$ is its own inverse, for some "
     r"real numbers $a$ and $d.$  Find the number of possible pairs $(a,d).$", "0"),
    # 9 - 8 = 1 and 3 + d = 0
    (r"The matrix $\begin{pmatrix} 3 & -8 \\ 1 & d \end{pmatrix}$ is its own inverse.  "
     r"Find $d.$", "-3"),
    # A^2 = I: 10 + 5d = 0, 4 + 5c = 1
    (r"The matrix $\mathbf{A} = \begin{pmatrix} 2 & 5 \\ c & d \end{pmatrix}$ satisfies "
     r"$\mathbf{A}^{-1} = \mathbf{A}.$  Enter the ordered pair $(c,d).$",
     r"\left( -\frac{3}{5}, -2 \right)"),
    # k A^2 = I: 2 + 2d = 0, 9k = 1
    (r"The matrix $\mathbf{A} = \begin{pmatrix} 1 & 2 \\ 4 & d \end{pmatrix}$ satisfies "
     r"$\mathbf{A}^{-1} = k \mathbf{A}$ for some constant $k.$  Enter the ordered pair "
     r"$(d,k).$", r"\left( -1, \frac{1}{9} \right)"),
    # A^2 = [[x^2 + 4, 4x], ...] = 2A + kI: x = 1, k = 3
    (r"The matrix $\mathbf{A} = \begin{pmatrix} x & 2 \\ 2 & x \end{pmatrix}$ satisfies "
     r"$\mathbf{A}^2 = 2 \mathbf{A} + k \mathbf{I}$ for some constant $k.$  Enter the ordered "
     r"pair $(x, k).$", r"\left( 1, 3 \right)"),
    # symmetric: a = 2 whatever b is
    (r"Given that $\mathbf{A} = \begin{pmatrix} 1 & a \\ 2 & b \end{pmatrix}$ satisfies "
     r"$\mathbf{A}^T = \mathbf{A},$ find $a.$", "2"),
    # orthogonal: columns of length 1, whatever the angle
    (r"If $\mathbf{A} = \begin{pmatrix} a & b \\ c & d \end{pmatrix}$ and $\mathbf{A}^T = "
     r"\mathbf{A}^{-1},$ find $a^2 + b^2 + c^2 + d^2.$", "2"),
    # columns: 3x^2 = 1, 6y^2 = 1, 2z^2 = 1
    (r"The matrix $\mathbf{M} = \begin{pmatrix} x & 2y & 0 \\ x & -y & z \\ x & -y & -z "
     r"\end{pmatrix}$ satisfies $\mathbf{M}^T \mathbf{M} = \mathbf{I}.$  Find $x^2 + y^2 + "
     r"z^2.$", "1"),
    (r"Let $\mathbf{M} = \begin{pmatrix} p & q \\ -q & p \end{pmatrix}$ with $\mathbf{M}^T "
     r"\mathbf{M} = 9 \mathbf{I}.$  Find $p^2 + q^2.$", "9"),
    # AB = BA: the top left entries give 2a + c = 2a + 5b
    (r"Let $\mathbf{A} = \begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}$ and $\mathbf{B} = "
     r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}$ be two matrices such that $\mathbf{A} "
     r"\mathbf{B} = \mathbf{B} \mathbf{A}.$  Assuming $b \neq 0,$ find $\frac{c}{b}.$", "5"),
    # a^2 + b^2 = 5, 2ab = 4: a + b = +-3, a - b = +-1
    (r"Find the number of ordered pairs $(a,b)$ of real numbers such that $\begin{pmatrix} a & "
     r"b \\ b & a \end{pmatrix}^2 = \begin{pmatrix} 5 & 4 \\ 4 & 5 \end{pmatrix}.$", "4"),
    # -2a/7 + 2b = 1 and a/7 + 3/7 = 0
    (r"The matrices $\begin{pmatrix} a & 2 \\ 1 & 4 \end{pmatrix}$ and $\begin{pmatrix} "
     r"-\frac{2}{7} & \frac{1}{7} \\ b & \frac{3}{14} \end{pmatrix}$ are inverses.  Enter the "
     r"ordered pair $(a,b).$", r"\left( -3, \frac{1}{14} \right)"),
]

NEAR_MISSES = [
    # a = +-2 sqrt 2 i: not real, and "real" is not said
    r"The matrix $\begin{pmatrix} a & 3 \\ 3 & d \end{pmatrix}$ is its own inverse.  Find "
    r"the number of possible pairs $(a,d).$",
    r"The matrix $\begin{pmatrix} a & 2 \\ -4 & d \end{pmatrix}$ is its own inverse.  Find "
    r"the number of possible matrices.",
    r"The matrix $\begin{pmatrix} a & 2 \\ -4 & d \end{pmatrix}$ is its own inverse.  Find "
    r"the largest possible value of $a.$",
    # every matrix with A^2 = 2A: infinitely many
    r"Find the number of ordered quadruples $(a,b,c,d)$ of real numbers such that "
    r"$\begin{pmatrix} a & b \\ c & d \end{pmatrix}^{2} = \begin{pmatrix} 2a & 2b \\ 2c & 2d "
    r"\end{pmatrix}.$",
    # d = 1 or d = -1
    r"The matrix $\begin{pmatrix} 1 & b \\ c & d \end{pmatrix}$ is its own inverse.  Find $d.$",
    # a = 3 or a = -3
    r"The matrix $\begin{pmatrix} a & 2 \\ -4 & d \end{pmatrix}$ is its own inverse, for some "
    r"real numbers $a$ and $d.$  Find $a.$",
    r"The matrix $\begin{pmatrix} a & 2 \\ -4 & d \end{pmatrix}$ is not its own inverse.  "
    r"Find the number of possible pairs $(a,d).$",
    # B is never given
    r"The matrix $\mathbf{A} = \begin{pmatrix} 1 & 2 \\ 4 & d \end{pmatrix}$ satisfies "
    r"$\mathbf{A}^{-1} = k \mathbf{B}$ for some constant $k.$  Enter the ordered pair $(d,k).$",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_matrix_relations_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_matrix_relations_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
