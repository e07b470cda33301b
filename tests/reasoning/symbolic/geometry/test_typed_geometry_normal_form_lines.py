"""A line written with a normal vector, n . ((x, y) - p) = 0, asked as y = mx + b or the pair
(m, b); a plane written the same way (our own problems, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3(x - 2) - (y - 5) = 0: y = 3x - 1
    (r"A line is written as \[\begin{pmatrix} 3 \\ -1 \end{pmatrix} \cdot \left( "
     r"\begin{pmatrix} x \\ y \end{pmatrix} - \begin{pmatrix} 2 \\ 5 \end{pmatrix} \right) = "
     r"0.\]Its equation can be written as $y = mx + b$.  Enter the ordered pair $(m,b).$",
     "(3, -1)"),
    # 4(x + 1) + 2(y - 3) = 0: y = -2x + 1
    (r"The line $\begin{pmatrix} 4 \\ 2 \end{pmatrix} \cdot \left( \begin{pmatrix} x \\ y "
     r"\end{pmatrix} - \begin{pmatrix} -1 \\ 3 \end{pmatrix} \right) = 0$ has an equation of "
     r"the form $y = mx + b$.  Enter the ordered pair $(m,b)$.", "(-2, 1)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_normal_form_lines(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_vertical_normal_form_line_declines() -> None:
    # (x - 2) = 0 is the vertical line x = 2: no slope
    assert solve_now(r"A line is written as $\begin{pmatrix} 1 \\ 0 \end{pmatrix} \cdot \left( "
                     r"\begin{pmatrix} x \\ y \end{pmatrix} - \begin{pmatrix} 2 \\ 5 "
                     r"\end{pmatrix} \right) = 0$.  Its equation can be written as "
                     r"$y = mx + b$.  Enter the ordered pair $(m,b)$.").answer is None
