"""Unknown numbers in a vector equation whose vectors are named in an opening sentence (our
own wordings, answers worked out by hand); declines where a told fact is false, a vector is
used but not given, or the equations have no solution."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

NAMED = [
    # s a + t b = (s, t, s + t) = (2, 3, 5)
    (r"Let $\mathbf{a} = \begin{pmatrix} 1 \\ 0 \\ 1 \end{pmatrix}$ and $\mathbf{b} = "
     r"\begin{pmatrix} 0 \\ 1 \\ 1 \end{pmatrix}.$ There exist scalars $s$ and $t$ such that "
     r"$\begin{pmatrix} 2 \\ 3 \\ 5 \end{pmatrix} = s \mathbf{a} + t \mathbf{b}.$ Enter the "
     r"ordered pair $(s,t).$", r"\left( 2, 3 \right)"),
    # (2p + q, -p + 3q) = (7, 7)
    (r"Let $\mathbf{u} = \begin{pmatrix} 2 \\ -1 \end{pmatrix}$ and $\mathbf{v} = "
     r"\begin{pmatrix} 1 \\ 3 \end{pmatrix}$. Find scalars $p$ and $q$ such that "
     r"$p \mathbf{u} + q \mathbf{v} = \begin{pmatrix} 7 \\ 7 \end{pmatrix}$. Enter the ordered "
     r"pair $(p,q)$.", r"\left( 2, 3 \right)"),
    # orthogonal, each |.|^2 = 9: p = 27/9, q = 0/9, r = 27/9
    (r"The vectors $\mathbf{a} = \begin{pmatrix} 1 \\ 2 \\ 2 \end{pmatrix},$ $\mathbf{b} = "
     r"\begin{pmatrix} 2 \\ 1 \\ -2 \end{pmatrix},$ and $\mathbf{c} = \begin{pmatrix} 2 \\ -2 "
     r"\\ 1 \end{pmatrix}$ are mutually orthogonal. There exist scalars $p,$ $q,$ and $r$ such "
     r"that \[\begin{pmatrix} 9 \\ 0 \\ 9 \end{pmatrix} = p \mathbf{a} + q \mathbf{b} + "
     r"r \mathbf{c}.\] Enter the ordered triple $(p,q,r).$", r"\left( 3, 0, 3 \right)"),
    # (3k)^2 + (k - 2)^2 = 4: 10k^2 - 4k = 0
    (r"Let $\mathbf{a} = \begin{pmatrix} 3 \\ 1 \end{pmatrix}$ and $\mathbf{b} = "
     r"\begin{pmatrix} 0 \\ 2 \end{pmatrix}$. Find all real numbers $k$ such that "
     r"$\| k \mathbf{a} - \mathbf{b} \| = 2$.", r"0, \frac{2}{5}"),
    # v . w + 3c = 1 + 3c = 7
    (r"Let $\mathbf{v} = \begin{pmatrix} 1 \\ 1 \\ 1 \end{pmatrix}$ and $\mathbf{w} = "
     r"\begin{pmatrix} 2 \\ 0 \\ -1 \end{pmatrix}$. There is a constant $c$ with "
     r"$\mathbf{v} \cdot (\mathbf{w} + c \mathbf{v}) = 7$. Find $c$.", "2"),
    # (2x - y, 5x + 4y) = (1, 22)
    (r"If $\mathbf{m} = \begin{pmatrix} 2 \\ 5 \end{pmatrix}$ and $\mathbf{n} = "
     r"\begin{pmatrix} -1 \\ 4 \end{pmatrix}$, find the ordered pair $(x,y)$ such that "
     r"$x \mathbf{m} + y \mathbf{n} = \begin{pmatrix} 1 \\ 22 \end{pmatrix}$.",
     r"\left( 2, 3 \right)"),
    # a cross product: (1, 2, 0) x (0, 0, 1) = (2, -1, 0); 2k = 6
    (r"Let $\mathbf{p} = \begin{pmatrix} 1 \\ 2 \\ 0 \end{pmatrix}$ and $\mathbf{q} = "
     r"\begin{pmatrix} 0 \\ 0 \\ 1 \end{pmatrix}.$ Find $k$ such that $k (\mathbf{p} \times "
     r"\mathbf{q}) = \begin{pmatrix} 6 \\ -3 \\ 0 \end{pmatrix}.$", "3"),
]


@pytest.mark.parametrize(("problem", "answer"), NAMED)
def test_named_vectors_in_an_equation(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # told mutually orthogonal, but a . b = 2 + 2 + 4 = 8
    r"The vectors $\mathbf{a} = \begin{pmatrix} 1 \\ 2 \\ 2 \end{pmatrix},$ $\mathbf{b} = "
    r"\begin{pmatrix} 2 \\ 1 \\ 2 \end{pmatrix},$ and $\mathbf{c} = \begin{pmatrix} 2 \\ -2 "
    r"\\ 1 \end{pmatrix}$ are mutually orthogonal. There exist scalars $p,$ $q,$ and $r$ such "
    r"that \[\begin{pmatrix} 9 \\ 0 \\ 9 \end{pmatrix} = p \mathbf{a} + q \mathbf{b} + "
    r"r \mathbf{c}.\] Enter the ordered triple $(p,q,r).$",
    # b is used but never given
    r"Let $\mathbf{a} = \begin{pmatrix} 3 \\ 1 \end{pmatrix}$. Find $k$ such that "
    r"$k \mathbf{a} + \mathbf{b} = \begin{pmatrix} 6 \\ 2 \end{pmatrix}$.",
    # (s, 2s + t, t) = (2, 3, 5) has no solution
    r"Let $\mathbf{a} = \begin{pmatrix} 1 \\ 2 \\ 0 \end{pmatrix}$ and $\mathbf{b} = "
    r"\begin{pmatrix} 0 \\ 1 \\ 1 \end{pmatrix}.$ Find $s$ and $t$ such that "
    r"$\begin{pmatrix} 2 \\ 3 \\ 5 \end{pmatrix} = s \mathbf{a} + t \mathbf{b}.$",
    # a word the reader does not know: "positive"
    r"Let $\mathbf{a} = \begin{pmatrix} 3 \\ 1 \end{pmatrix}$ and $\mathbf{b} = "
    r"\begin{pmatrix} 0 \\ 2 \end{pmatrix}$. Find the positive real number $k$ such that "
    r"$\| k \mathbf{a} - \mathbf{b} \| = 2$.",
])
def test_named_vectors_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
