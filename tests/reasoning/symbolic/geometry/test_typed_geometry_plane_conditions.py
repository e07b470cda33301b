"""The equation of a plane told by a point and how it lies to another plane or a line (our own
problems, worked by hand); a plane the words do not fix, or a point on the told line,
declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

FORM = (r" Enter your answer in the form $Ax + By + Cz + D = 0,$ where $A,$ $B,$ $C,$ $D$ are "
        r"integers such that $A > 0$ and $\gcd(|A|,|B|,|C|,|D|) = 1.$")

SOLVED = [
    # normal (3, 1, -2); 3*2 + 1*(-1) - 2*4 = -3
    (r"What is the equation of the plane that goes through $(2,-1,4)$ and is parallel to the "
     r"plane $3x + y - 2z = 10$?" + FORM, "3x + y - 2z + 3 = 0"),
    # the line through the two points has direction (0, 2, -1); (0,2,-1) x (1,0,1) = (2,-1,-2)
    (r"Find the equation of the plane passing through $(1,0,3)$ and $(1,2,2)$ which is "
     r"perpendicular to the plane $x + z = 6.$" + FORM, "2x - y - 2z + 4 = 0"),
    # base (2, 0, -1), direction (1, 1, 2); point minus base (0, 1, 1); cross (-1, -1, 1)
    (r"Determine the equation of the plane containing the line $\frac{x - 2}{1} = \frac{y}{1} "
     r"= \frac{z + 1}{2}$ and the point $(2,1,0)$." + FORM, "x + y - z - 3 = 0"),
    # the normal is the vector to the foot: 1 + 4 + 4 = 9
    (r"The foot of the perpendicular from the origin to a plane is $(1,2,-2).$  Find the "
     r"equation of the plane." + FORM, "x + 2y - 2z - 9 = 0"),
    # normal (2, -1, 1) from the line's direction; 2*0 - 1*3 + 1*1 = -2
    (r"Find the equation of the plane through $(0,3,1)$ which is perpendicular to the line "
     r"$\begin{pmatrix} 4 \\ 4 \\ 0 \end{pmatrix} + s \begin{pmatrix} 2 \\ -1 \\ 1 "
     r"\end{pmatrix}$.", "2x - y + z + 2 = 0"),
    # (1, 1, 0) x (0, 1, -1) = (-1, 1, 1); through (1, 1, 1)
    (r"Find the equation of the plane through $(1,1,1)$ perpendicular to the planes "
     r"$x + y = 1$ and $y - z = 2$.", "x - y - z + 1 = 0"),
    # the normal told: 3(x - 2) - 1(y + 1) + 5(z - 1) = 3x - y + 5z - 12
    (r"Find the equation of the plane passing through $(2,-1,1)$ with normal vector "
     r"$\begin{pmatrix} 3 \\ -1 \\ 5 \end{pmatrix}$." + FORM, "3x - y + 5z - 12 = 0"),
    # (-2, 4, 6) is -2 (1, -2, -3); through (1, 0, 2): 1 - 0 - 6 = -5, so x - 2y - 3z + 5 = 0
    (r"Find the equation of the plane with normal vector $\begin{pmatrix} -2 \\ 4 \\ 6 "
     r"\end{pmatrix}$ that passes through the point $(1, 0, 2)$." + FORM, "x - 2y - 3z + 5 = 0"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_plane_conditions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # parallel to a line: many planes
    r"Find the equation of the plane which passes through $(1,2,3)$ and is parallel to the "
    r"line $x = y = z$.",
    # the point lies on the line: many planes contain both
    r"Find the equation of the plane containing the point $(3,1,1)$ and the line "
    r"$\frac{x - 2}{1} = \frac{y}{1} = \frac{z + 1}{2}$.",
    # perpendicular to two parallel planes: the normals' cross product is 0
    r"Find the equation of the plane through $(1,1,1)$ perpendicular to the planes "
    r"$x + y = 1$ and $2x + 2y = 7$.",
    # two points and a normal: more than the plane needs
    r"Find the equation of the plane through $(1, 1, 1)$ and $(2, 0, 1)$ with normal vector "
    r"$\begin{pmatrix} 1 \\ 1 \\ 0 \end{pmatrix}$.",
])
def test_unfixed_planes_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
