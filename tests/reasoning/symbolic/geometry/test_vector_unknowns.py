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


LINES_AND_ANGLES = [
    # directions (b, 3, -1) . (2, -2, 4) = 2b - 6 - 4 = 0
    (r"Find the value of $b$ so that the lines $\begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix} + t "
     r"\begin{pmatrix} b \\ 3 \\ -1 \end{pmatrix}$ and $\begin{pmatrix} 4 \\ 1 \\ 0 \end{pmatrix}"
     r" + u \begin{pmatrix} 2 \\ -2 \\ 4 \end{pmatrix}$ are perpendicular.", "5"),
    # directions (2, m) and (6, 9) parallel: 18 - 6m = 0
    (r"For what value of $m$ are the lines $\begin{pmatrix} 0 \\ 1 \end{pmatrix} + t "
     r"\begin{pmatrix} 2 \\ m \end{pmatrix}$ and $\begin{pmatrix} 5 \\ 5 \end{pmatrix} + s "
     r"\begin{pmatrix} 6 \\ 9 \end{pmatrix}$ parallel?", "3"),
    # (3, k) . (6, -2) = 18 - 2k = 0
    (r"Find $k$ such that the vectors $\begin{pmatrix} 3 \\ k \end{pmatrix}$ and "
     r"$\begin{pmatrix} 6 \\ -2 \end{pmatrix}$ form an angle of $90^\circ$.", "9"),
    # directions (2, -5) and (-3, k) parallel: 2k - 15 = 0; (4, 1) - (1, 2) = (3, -1) is not
    # along (2, -5), so the lines are distinct and never meet
    (r"There is a real number $k$ for which the equation \[\begin{pmatrix} 1 \\ 2 \end{pmatrix}"
     r" + t \begin{pmatrix} 2 \\ -5 \end{pmatrix} = \begin{pmatrix} 4 \\ 1 \end{pmatrix} + s "
     r"\begin{pmatrix} -3 \\ k \end{pmatrix}\]has no solutions in $t$ and $s$. Find $k$.",
     r"\frac{15}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), LINES_AND_ANGLES)
def test_lines_and_right_angles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # k = 15/2 makes the directions parallel, but (3, -3) - (1, 2) = (2, -5) lies along
    # them: one line, and the equation has solutions
    r"There is a real number $k$ for which the equation \[\begin{pmatrix} 1 \\ 2 \end{pmatrix} "
    r"+ t \begin{pmatrix} 2 \\ -5 \end{pmatrix} = \begin{pmatrix} 3 \\ -3 \end{pmatrix} + s "
    r"\begin{pmatrix} -3 \\ k \end{pmatrix}\]has no solutions in $t$ and $s$. Find $k$.",
    # an angle other than a right angle
    r"Find $k$ such that the vectors $\begin{pmatrix} 3 \\ k \end{pmatrix}$ and "
    r"$\begin{pmatrix} 6 \\ -2 \end{pmatrix}$ form an angle of $60^\circ$.",
])
def test_same_line_or_other_angle_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
