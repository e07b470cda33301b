"""The angle between two vectors when no unit is asked: the answer carries its degree sign
(45°), so it reads one way; asked "in degrees", the number alone. Our own vectors."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (0, 2).(-3, 3) = 6 = 2 * 3 sqrt(2) cos t: cos t = 1/sqrt(2)
    (r"What is the angle between $\begin{pmatrix} 0 \\ 2 \end{pmatrix}$ and "
     r"$\begin{pmatrix} -3 \\ 3 \end{pmatrix}$?", r"45^\circ"),
    ("find the angle between the vectors (1, 0) and (1, 1)", r"45^\circ"),
    ("find the angle between vectors (2,1) and (-1,2)", r"90^\circ"),
    ("find the angle between the vectors (1, 0) and (1, 1) in degrees", "45"),
    # (1, 1).(-1, 0) = -1 = sqrt(2) cos t: 135 degrees (a test expected a decline before)
    ("Find the angle between the vectors (1, 1) and (-1, 0).", r"135^\circ"),
])
def test_an_angle_with_no_unit_asked_carries_its_degree_sign(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer
