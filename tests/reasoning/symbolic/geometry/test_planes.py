"""The plane through a point with a given normal vector (geometry/planes.py), in the usual
answer form. Our own points and normals; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_FORM = (r" Enter your answer in the form $Ax + By + Cz + D = 0$, where $A > 0$ and "
         r"$\gcd(|A|,|B|,|C|,|D|) = 1$.")


@pytest.mark.parametrize(("problem", "answer"), [
    # 3(x - 2) + (y + 1) - 2(z - 0) = 0
    (r"Find the equation of the plane through $(2, -1, 0)$ with normal vector "
     r"$\begin{pmatrix} 3 \\ 1 \\ -2 \end{pmatrix}$." + _FORM, "3x + y - 2z - 5 = 0"),
    # the normal (-4, 2, 6) is -2 (2, -1, -3); A > 0: 2(x - 1) - (y - 1) - 3(z - 1) = 0
    (r"Find the equation of the plane which passes through $(1, 1, 1)$ and has normal "
     r"vector $\begin{pmatrix} -4 \\ 2 \\ 6 \end{pmatrix}$." + _FORM, "2x - y - 3z + 2 = 0"),
])
def test_a_plane_by_a_point_and_its_normal(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_normal_without_a_point_declines() -> None:
    assert solve_now(r"Find the equation of the plane with normal vector "
                     r"$\begin{pmatrix} 3 \\ 1 \\ -2 \end{pmatrix}$." + _FORM).answer is None
