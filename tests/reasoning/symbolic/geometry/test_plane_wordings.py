"""The plane equation asked in the ways students and books write it (geometry/planes.py,
plane_conditions.py): "passing through", "that contains", the origin as a point, a vector
the plane is perpendicular, orthogonal or normal to, plain-text triples, and the answer
form with "such that" or "with". Our own points and vectors; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_FORM = (r" Enter your answer in the form $Ax + By + Cz + D = 0,$ where $A,$ $B,$ $C,$ $D$ "
         r"are integers such that $A > 0$ and $\gcd(|A|,|B|,|C|,|D|) = 1.$")
_FORM_WITH = (r" Enter your answer in the form $Ax + By + Cz + D = 0$, where $A, B, C, D$ are "
              r"integers with $A > 0$ and $\gcd(|A|,|B|,|C|,|D|) = 1$.")


@pytest.mark.parametrize(("problem", "answer"), [
    # edges (1, -2, -2), (-1, -1, -2): normal (2, 4, -3), through (1, 2, 3)
    (r"Find the equation of the plane passing through $(1,2,3),$ $(2,0,1),$ and $(0,1,1).$"
     + _FORM, "2x + 4y - 3z - 1 = 0"),
    # the intercepts 1, 2, 1: x + y/2 + z = 1
    (r"Find the equation of the plane containing the points $(0,0,1)$, $(1,0,0)$ and "
     r"$(0,2,0)$." + _FORM_WITH, "2x + y + 2z - 2 = 0"),
    # (2, 1, 1) x (1, 3, 2) = (-1, -3, 5)
    (r"Find the equation of the plane passing through the origin and the points $(2,1,1)$ "
     r"and $(1,3,2)$." + _FORM, "x + 3y - 5z = 0"),
    (r"Find an equation of the plane that passes through $(5,0,0)$, $(0,5,0)$ and $(0,0,5)$.",
     "x + y + z - 5 = 0"),
    # 3(x - 2) + (y + 1) - 2(z - 4) = 0
    (r"Find the equation of the plane which passes through the point $(2,-1,4)$ and is "
     r"perpendicular to the vector $\begin{pmatrix} 3 \\ 1 \\ -2 \end{pmatrix}$." + _FORM,
     "3x + y - 2z + 3 = 0"),
    # 4(x - 1) - 2(y - 2) + (z + 1) = 0
    (r"Find the equation of the plane which contains the point $(1,2,-1)$ and is normal to "
     r"the vector $\begin{pmatrix} 4 \\ -2 \\ 1 \end{pmatrix}.$" + _FORM,
     "4x - 2y + z + 1 = 0"),
    # typed without dollar signs: (x - 3) - (y - 1) + 4(z + 2) = 0
    ("Find the equation of the plane that passes through the point (3, 1, -2) and is "
     "orthogonal to the vector (1, -1, 4).", "x - y + 4z + 6 = 0"),
    # the normal (-6, 0, 2) is -2 (3, 0, -1): 3x - z = 0 through the origin
    (r"Find the equation of the plane through the origin that is orthogonal to the vector "
     r"$\begin{pmatrix} -6 \\ 0 \\ 2 \end{pmatrix}$.", "3x - z = 0"),
    (r"Find the equation of the plane through the origin parallel to the plane "
     r"$2x - y + 3z = 7$." + _FORM, "2x - y + 3z = 0"),
    (r"Find the equation of the plane that contains the origin and is parallel to the plane "
     r"$x - 4y + 2z = 9$.", "x - 4y + 2z = 0"),
])
def test_a_plane_asked_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two points leave a whole family of planes
    r"Find the equation of the plane passing through $(1,2,3)$ and $(2,0,1).$",
    # three points on one line
    r"Find the equation of the plane passing through $(1,2,3),$ $(2,4,6),$ and $(3,6,9).$",
    r"Find the equation of the plane passing through $(1,2,3)$ and perpendicular to the "
    r"vector $\begin{pmatrix} 0 \\ 0 \\ 0 \end{pmatrix}$.",
    # parallel to a vector: a family of planes
    r"Find the equation of the plane passing through $(1,2,3)$ and parallel to the vector "
    r"$\begin{pmatrix} 1 \\ 0 \\ 0 \end{pmatrix}$.",
    # a form this reader does not write
    r"Find the equation of the plane passing through $(1,2,3),$ $(2,0,1),$ and $(0,1,1).$"
    + _FORM.replace("A > 0", "A < 0"),
    r"Find the equation of the plane not passing through $(1,2,3),$ $(2,0,1),$ and $(0,1,1).$",
    # a vector told but not how the plane lies to it
    r"Find the equation of the plane through $(1,2,3)$ and the vector "
    r"$\begin{pmatrix} 1 \\ 1 \\ 1 \end{pmatrix}$.",
    # over-determined: three points and a normal
    r"Find the equation of the plane through $(1,0,0),$ $(0,1,0),$ and $(0,0,1)$ "
    r"perpendicular to the vector $\begin{pmatrix} 1 \\ 1 \\ 1 \end{pmatrix}$.",
])
def test_planes_not_fixed_or_not_understood_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
