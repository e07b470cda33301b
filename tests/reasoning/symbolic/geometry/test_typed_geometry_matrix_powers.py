"""Powers of matrices with radical entries, and the least power that is the identity: our
own problems, answers worked out by hand (rotations and a cyclic permutation); near misses
(a shear, whose powers never return; entries that are not algebraic) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # twice the rotation by 60 degrees, cubed: 8 times the half turn
    (r"Calculate $\begin{pmatrix} 1 & -\sqrt{3} \\ \sqrt{3} & 1 \end{pmatrix}^3.$",
     r"\begin{pmatrix} -8 & 0 \\ 0 & -8 \end{pmatrix}"),
    # the rotation by 45 degrees, five times: 225 degrees
    (r"Let $\mathbf{R} = \begin{pmatrix} \frac{\sqrt{2}}{2} & -\frac{\sqrt{2}}{2} \\ "
     r"\frac{\sqrt{2}}{2} & \frac{\sqrt{2}}{2} \end{pmatrix}.$ Find $\mathbf{R}^{5}.$",
     r"\begin{pmatrix} -\frac{\sqrt{2}}{2} & \frac{\sqrt{2}}{2} \\ -\frac{\sqrt{2}}{2} & "
     r"-\frac{\sqrt{2}}{2} \end{pmatrix}"),
    # the rotation by 135 degrees, named first
    (r"Let $\mathbf{Q} = \begin{pmatrix} -\frac{\sqrt{2}}{2} & -\frac{\sqrt{2}}{2} \\ "
     r"\frac{\sqrt{2}}{2} & -\frac{\sqrt{2}}{2} \end{pmatrix}.$ Find the least positive "
     r"integer $n$ such that $\mathbf{Q}^n = \mathbf{I}.$", "8"),
    # a cyclic permutation of three coordinates
    (r"Find the smallest positive integer $n$ such that $\begin{pmatrix} 0 & 0 & 1 \\ "
     r"1 & 0 & 0 \\ 0 & 1 & 0 \end{pmatrix}^n = \mathbf{I}.$", "3"),
    # the rotation by 30 degrees
    (r"Determine the smallest positive integer $n$ such that $\begin{pmatrix} "
     r"\frac{\sqrt{3}}{2} & \frac{1}{2} \\ -\frac{1}{2} & \frac{\sqrt{3}}{2} \end{pmatrix}^n "
     r"= \mathbf{I}.$", "12"),
    # written with cos and sin of 80 degrees: 80 n a multiple of 360 first at n = 9
    (r"Find the smallest positive integer $n$ such that $\begin{pmatrix} \cos 80^\circ & "
     r"-\sin 80^\circ \\ \sin 80^\circ & \cos 80^\circ \end{pmatrix}^n = \mathbf{I}.$", "9"),
    # 150 degrees: 150 n a multiple of 360 first at n = 12
    (r"Let $\mathbf{B} = \begin{pmatrix} \cos 150^\circ & -\sin 150^\circ \\ \sin 150^\circ "
     r"& \cos 150^\circ \end{pmatrix}.$ Find the least positive integer $n$ such that "
     r"$\mathbf{B}^n = \mathbf{I}.$", "12"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a shear: its powers add up and never return to the identity
    r"Find the smallest positive integer $n$ such that $\begin{pmatrix} 1 & 3 \\ 0 & 1 "
    r"\end{pmatrix}^n = \mathbf{I}.$",
    # a rotation by one radian never returns either
    r"Let $\mathbf{W} = \begin{pmatrix} \cos 2 & \sin 2 \\ -\sin 2 & \cos 2 "
    r"\end{pmatrix}.$ Determine the least positive integer $n$ for which $\mathbf{W}^n = "
    r"\mathbf{I}.$",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
