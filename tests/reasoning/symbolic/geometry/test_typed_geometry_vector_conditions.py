"""Letters in vectors fixed by relations told in words (orthogonal, perpendicular lines,
parallel, linearly dependent, of equal length): our own problems, answers worked out by
hand; near misses (two answers where one is asked, a letter left free, 'not', no real
letter) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 6 + 3w - 8 = 0
    (r"For what value of $w$ are the vectors $\begin{pmatrix} 2 \\ w \\ -1 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 3 \\ 3 \\ 8 \end{pmatrix}$ perpendicular to each other?",
     r"\frac{2}{3}"),
    # direction vectors of perpendicular lines: -6 + 5h = 0
    (r"A line with direction vector $\begin{pmatrix} -3 \\ 5 \end{pmatrix}$ is perpendicular "
     r"to a line with direction vector $\begin{pmatrix} 2 \\ h \end{pmatrix}.$ What is $h$?",
     r"\frac{6}{5}"),
    # 2 by 2 determinant: 6m - (-4)(5) = 0
    (r"Suppose the vectors $\begin{pmatrix} 6 \\ -4 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 5 \\ m \end{pmatrix}$ are linearly dependent. Determine $m$.",
     r"-\frac{10}{3}"),
    # the 3 by 3 determinant of the columns: 2(t - 0) - 1(0 - 3) + 0 = 2t + 3 = 0
    (r"Find $t$ if the set $\left\{ \begin{pmatrix} 2 \\ 0 \\ 1 \end{pmatrix}, "
     r"\begin{pmatrix} 1 \\ 1 \\ 0 \end{pmatrix}, \begin{pmatrix} 0 \\ 3 \\ t \end{pmatrix} "
     r"\right\}$ of vectors is linearly dependent.", r"-\frac{3}{2}"),
    # parallel: q^2 = 9 * 4, both roots asked
    (r"The vectors $\begin{pmatrix} q \\ 9 \end{pmatrix}$ and $\begin{pmatrix} 4 \\ q "
     r"\end{pmatrix}$ are parallel. Find all possible values of $q,$ separated by commas.",
     "-6, 6"),
    # equal length and orthogonal: b = a + 8 and a^2 + 5 = 17 + (a + 8)^2
    (r"Let $\mathbf{m} = \begin{pmatrix} 2 \\ a \\ -1 \end{pmatrix}$ and $\mathbf{n} = "
     r"\begin{pmatrix} 4 \\ 1 \\ b \end{pmatrix}$ be orthogonal vectors of equal length. "
     r"Enter the ordered pair $(a,b).$", r"\left(-\frac{19}{4}, \frac{13}{4}\right)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # q = 5 or q = -5, but one value is asked for
    r"Find the value of $q$ for which $\begin{pmatrix} 25 \\ q \end{pmatrix}$ and "
    r"$\begin{pmatrix} q \\ 1 \end{pmatrix}$ are parallel vectors.",
    # one equation, two letters
    r"The vectors $\begin{pmatrix} x \\ y \end{pmatrix}$ and $\begin{pmatrix} 5 \\ 2 "
    r"\end{pmatrix}$ are orthogonal. Enter the ordered pair $(x,y).$",
    # 'not' changes the question
    r"The vectors $\begin{pmatrix} 1 \\ c \end{pmatrix}$ and $\begin{pmatrix} 3 \\ 6 "
    r"\end{pmatrix}$ are not parallel. Find $c.$",
    # equal lengths: 1 + k^2 + 9 = k^2 + 4 + 1 has no solution
    r"The vectors $\begin{pmatrix} 1 \\ k \\ 3 \end{pmatrix}$ and $\begin{pmatrix} k \\ 2 \\ 1 "
    r"\end{pmatrix}$ have the same magnitude. Find $k.$",
    # 'unit vector' is a second condition (c = -2 from the dot product alone)
    r"Find $c$ so that $\begin{pmatrix} c \\ 1 \end{pmatrix}$ is a unit vector perpendicular "
    r"to $\begin{pmatrix} 1 \\ 2 \end{pmatrix}$.",
    # three vectors in the plane are always dependent: nothing fixes r
    r"The set $\left\{ \begin{pmatrix} 1 \\ 2 \end{pmatrix}, \begin{pmatrix} 0 \\ 1 "
    r"\end{pmatrix}, \begin{pmatrix} r \\ 5 \end{pmatrix} \right\}$ of vectors is linearly "
    r"dependent. Find $r.$",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
