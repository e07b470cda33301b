"""The cosine of the angle between two vectors (`geometry.vector_questions`), in phrasings of
our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (2*1 + 1*3) / (sqrt 5 * sqrt 10) = 5 / (5 sqrt 2)
    (r"Find the cosine of the angle between $\begin{pmatrix} 2 \\ 1 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 1 \\ 3 \end{pmatrix}$.", r"\frac{\sqrt{2}}{2}"),
    # (1*2 + 2*2 + 2*(-1)) / (3 * 3) = 4/9
    (r"Find the cosine of the angle between the vectors $\begin{pmatrix} 1 \\ 2 \\ 2 "
     r"\end{pmatrix}$ and $\begin{pmatrix} 2 \\ 2 \\ -1 \end{pmatrix}$.", r"\frac{4}{9}"),
    # named vectors: (3*0 + 4*5) / (5 * 5) = 4/5
    (r"Let $\mathbf{u} = \begin{pmatrix} 3 \\ 4 \end{pmatrix}$ and $\mathbf{v} = "
     r"\begin{pmatrix} 0 \\ 5 \end{pmatrix}$. Find the cosine of the angle between "
     r"$\mathbf{u}$ and $\mathbf{v}$.", r"\frac{4}{5}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_cosines_of_angles_between_vectors(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the zero vector makes no angle
    r"Find the cosine of the angle between $\begin{pmatrix} 0 \\ 0 \end{pmatrix}$ and "
    r"$\begin{pmatrix} 1 \\ 3 \end{pmatrix}$.",
    # vectors of different sizes
    r"Find the cosine of the angle between $\begin{pmatrix} 1 \\ 2 \end{pmatrix}$ and "
    r"$\begin{pmatrix} 1 \\ 2 \\ 2 \end{pmatrix}$.",
])
def test_cosines_that_do_not_exist_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


LENGTHS_OF_RESULTS = [
    # proj of (1, 3) onto (2, 0) is (1, 0): length 1
    (r"Find the length of the projection of $\begin{pmatrix} 1 \\ 3 \end{pmatrix}$ onto "
     r"$\begin{pmatrix} 2 \\ 0 \end{pmatrix}$.", "1"),
    # proj of (5, 1) onto (1, 1) is (3, 3): length 3 sqrt 2
    (r"What is the magnitude of the projection of $\begin{pmatrix} 5 \\ 1 \end{pmatrix}$ "
     r"onto $\begin{pmatrix} 1 \\ 1 \end{pmatrix}$?", r"3\sqrt{2}"),
    # (2, 0, 1) x (0, 1, 0) = (0*0 - 1*1, 1*0 - 2*0, 2*1 - 0*0) = (-1, 0, 2): sqrt 5
    (r"Find the norm of the cross product of $\begin{pmatrix} 2 \\ 0 \\ 1 \end{pmatrix}$ and "
     r"$\begin{pmatrix} 0 \\ 1 \\ 0 \end{pmatrix}$.", r"\sqrt{5}"),
]


@pytest.mark.parametrize(("problem", "answer"), [
    # vectors named inside the question: 1*3 + 0*5 + (-2)(1) = 1
    (r"Find the dot product of $\mathbf{p} = \langle 1, 0, -2 \rangle$ and $\mathbf{q} = "
     r"\langle 3, 5, 1 \rangle$.", "1"),
])
def test_a_product_of_vectors_named_in_the_question(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), LENGTHS_OF_RESULTS)
def test_the_length_of_a_projection_or_cross_product(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a number is asked, not the projected vector
    r"Find the scalar projection of $\begin{pmatrix} 6 \\ 8 \end{pmatrix}$ onto "
    r"$\begin{pmatrix} 0 \\ 1 \end{pmatrix}$.",
    # chained questions that are not the plain result
    r"Find the determinant of the inverse of $\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}$.",
    r"Find the inverse of the determinant of $\begin{pmatrix} 2 & 1 \\ 3 & 4 \end{pmatrix}$.",
    r"Find the unit vector in the direction of the projection of $\begin{pmatrix} 2 \\ 5 "
    r"\end{pmatrix}$ onto $\begin{pmatrix} 1 \\ 2 \end{pmatrix}$.",
])
def test_a_chained_or_scalar_question_is_not_answered_as_the_plain_result(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find the trace of $\begin{pmatrix} 5 & 2 \\ -1 & 7 \end{pmatrix}$.", "12"),
    (r"What is the trace of the matrix $\begin{pmatrix} 1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & 9 "
     r"\end{pmatrix}$?", "15"),
    # the trace of a product, both ways of computing it agreeing
    (r"Compute the trace of $\begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix} \begin{pmatrix} 3 & 0 "
     r"\\ 1 & 2 \end{pmatrix}$.", "7"),
])
def test_the_trace_of_a_matrix(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_trace_of_a_matrix_that_is_not_square_declines() -> None:
    assert solve_now(r"Find the trace of $\begin{pmatrix} 1 & 2 \end{pmatrix}$.").answer is None
