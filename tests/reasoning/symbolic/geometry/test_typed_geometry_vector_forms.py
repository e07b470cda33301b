"""Dot products and polar points asked in many of our own wordings and notations (answers
worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.vector_forms import as_columns
from tutor.reasoning.symbolic.parsing import Split

DOT = [
    # a textbook: (1)(6) + (-2)(3) + (5)(2) = 10
    (r"Find the dot product of $\mathbf{p} = \langle 1, -2, 5 \rangle$ and "
     r"$\mathbf{q} = \langle 6, 3, 2 \rangle$.", "10"),
    # b terse, parentheses and a product sign: 7 * 2 + 1 * (-9) = 5
    (r"Compute $(7, 1) \cdot (2, -9)$.", "5"),
    # c the vectors first, then the question naming them by a pronoun: 0 * 8 + 3 * 3 = 9
    (r"When $\mathbf{m} = \begin{pmatrix} 0 \\ 3 \end{pmatrix}$ and $\mathbf{n} = "
     r"\begin{pmatrix} 8 \\ 3 \end{pmatrix}$, what is their scalar product?", "9"),
    # c the question, then the vectors in a where clause: 2 * 4 + (-1) * 1 = 7
    (r"Find $\mathbf{a} \cdot \mathbf{b}$, where $\mathbf{a} = (2, -1)$ and $\mathbf{b} = "
     r"(4, 1)$.", "7"),
    # e plain text with angle brackets and a typed dot: 3 * (-2) + 4 * 5 = 14
    ("Given u = <3, 4> and v = <-2, 5>, find u · v.", "14"),
    # e components along the axes: (2)(1) + (0)(-3) + (-1)(4) = -2
    (r"Find the inner product of $2\mathbf{i} - \mathbf{k}$ and "
     r"$\mathbf{i} - 3\mathbf{j} + 4\mathbf{k}$.", "-2"),
    # e plain i, j: (5)(1) + (-2)(2) = 1
    ("What is the dot product of the vectors u = 5i - 2j and v = i + 2j?", "1"),
    # e names without braces: \vec u, \mathbf v; 2 * (-1) + 7 * 1 = 5
    (r"Let $\vec u = \langle 2, 7 \rangle$ and $\mathbf v = \begin{pmatrix} -1 \\ 1 "
     r"\end{pmatrix}$. Compute $\vec u \cdot \mathbf v$.", "5"),
    # e plain text, the first name a letter that is also an article: 6 * 1 + (-1) * 3 = 3
    ("Find the dot product of a = 6i - j and b = i + 3j.", "3"),
    # e square brackets and a decimal: 0.5 * 4 + 2 * 3 = 8
    (r"Calculate the dot product of the vectors $[0.5, 2]$ and $[4, 3]$.", "8"),
    # e row vectors: 4 * (-1) + 2 * 6 = 8
    (r"What is the dot product of the row vectors $\begin{pmatrix} 4 & 2 \end{pmatrix}$ and "
     r"$\begin{pmatrix} -1 & 6 \end{pmatrix}$?", "8"),
]

DOT_DECLINED = [
    # a qualifier the reader does not apply
    r"Find the dot product of the vectors $(1, 2)$ and $(3, 4)$ if it is positive.",
    # another question about the same vectors
    r"Find the dot product of the vectors $(1, 2)$ and $(3, 4)$ and the angle between them.",
    # the cross product asks for an order: its operands must be named
    r"Let $\mathbf{a} = (1, 0, 0)$ and $\mathbf{b} = (0, 1, 0)$. Find their cross product.",
]

POLAR = [
    # a textbook: 6 cos(pi/3) = 3, 6 sin(pi/3) = 3 sqrt 3
    (r"Give the rectangular coordinates of the point with polar coordinates "
     r"$\left(6, \frac{\pi}{3}\right)$.", r"(3, 3\sqrt{3})"),
    # b terse, "from ... to ...": 2 cos(3pi/4), 2 sin(3pi/4)
    (r"Convert $(2, 3\pi/4)$ from polar to rectangular coordinates.",
     r"(-\sqrt{2}, \sqrt{2})"),
    # c the point first, then the question
    (r"A point has polar coordinates $\left(5, \frac{3\pi}{2}\right)$. What are its "
     r"rectangular coordinates?", "(0, -5)"),
    # c the question, then the point in a clause
    (r"What are the Cartesian coordinates of the point whose polar coordinates are "
     r"$\left(4, \frac{7\pi}{6}\right)$?", r"(-2\sqrt{3}, -2)"),
    # e degrees and the coordinates named: 10 cos 30 = 5 sqrt 3, 10 sin 30 = 5
    (r"The point $(r, \theta) = (10, 30^\circ)$ is given. Write it in rectangular form.",
     r"(5\sqrt{3}, 5)"),
    # e "the polar point ... in rectangular coordinates"
    (r"Express the polar point $(8, \pi)$ in rectangular coordinates.", "(-8, 0)"),
    # e plain text
    ("In polar coordinates a point is (2, pi/2); change it to Cartesian coordinates.",
     "(0, 2)"),
    # the other way round: (0, 3) has r = 3 and theta = pi/2
    (r"The point $(0, 3)$ is given in rectangular coordinates. What are its polar coordinates?",
     r"(3, \frac{\pi}{2})"),
]

POLAR_DECLINED = [
    # a qualifier the reader does not apply
    r"Convert the point $(2, \pi/2)$ in polar coordinates to rectangular coordinates if "
    r"it lies in the first quadrant.",
    # degrees wanted in the answer: not the standard form
    r"What are the polar coordinates of the rectangular point $(0, 3)$, with $\theta$ in "
    r"degrees?",
    # which system the point is in is not said
    r"Convert the point $(2, 5)$ to rectangular coordinates.",
]


@pytest.mark.parametrize(("problem", "answer"), DOT + POLAR)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DOT_DECLINED + POLAR_DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_parentheses_are_a_vector_only_where_vectors_are_meant() -> None:
    point = Split("find the distance from @0@ to @1@.", ["(1, 2)", "(3, 4)"])
    assert as_columns(point, point.template) is None
    vector = Split("find the dot product of @0@ and @1@.", ["(1, 2)", "(3, 4)"])
    got = as_columns(vector, vector.template)
    assert got is not None and all("pmatrix" in m for m in got[0].maths)
