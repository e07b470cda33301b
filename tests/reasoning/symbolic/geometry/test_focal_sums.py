"""An ellipse or hyperbola told by its foci and the sum or difference of the distances to
them (`geometry.focal_sums`). Our own problems; a is half the distance, c half the distance
between the foci, b^2 = a^2 - c^2 (ellipse) or c^2 - a^2 (hyperbola)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a = 5, c = 3, b = 4, centre (4, 2)
    ("Suppose $F_1 = (1,2)$ and $F_2 = (7,2)$. The set of all points $P$ such that "
     "$PF_1 + PF_2 = 10$ forms an ellipse, and its equation can be written in standard form "
     "as $\\frac{(x - h)^2}{a^2} + \\frac{(y - k)^2}{b^2} = 1$. Compute $h + k + a + b$.",
     "15"),
    # a = 4, c = 2, b^2 = 12
    ("Let $A = (-2, 0)$ and $B = (2, 0)$. The set of points $Q$ such that $QA + QB = 8$ forms "
     "an ellipse whose equation can be written as $\\frac{x^2}{a^2} + \\frac{y^2}{b^2} = 1$. "
     "Find $a^2 + b^2$.", "28"),
    # hyperbola: c = 5, a = 3, b = 4, centre (0, 3)
    ("Let $F_1 = (-5, 3)$ and $F_2 = (5, 3)$. The set of points $P$ such that "
     "$|PF_1 - PF_2| = 6$ forms a hyperbola whose equation can be written as "
     "$\\frac{(x - h)^2}{a^2} - \\frac{(y - k)^2}{b^2} = 1$. Find $h + k + a + b$.", "10"),
    # foci on a vertical line, subscripts typed with a space: c = 3, a = 5, b = 4, centre (0, 2)
    ("Let $F_ 1 = (0, -1)$ and $F_ 2 = (0, 5)$. Then the set of points $P$ such that "
     "$PF_1 + PF_2 = 10$ form an ellipse whose equation can be written as "
     "$\\frac{(x - h)^2}{b^2} + \\frac{(y - k)^2}{a^2} = 1$. Find $h + k + a + b$.", "11"),
    # said in words
    ("An ellipse has foci $(2, 1)$ and $(2, 7)$, and the sum of the distances from any point "
     "on it to the foci is 10. Find the length of its minor axis.", "8"),
    ("A hyperbola has foci $(0, -13)$ and $(0, 13)$, and the difference of the distances from "
     "any point on it to the foci is $24$. Find the distance between its vertices.", "24"),
    ("An ellipse has foci at $(-1, 4)$ and $(5, 4)$, and the sum of the distances from each "
     "point of the ellipse to its foci is always 10. Its equation can be written as "
     "$\\frac{(x-h)^2}{a^2} + \\frac{(y-k)^2}{b^2} = 1$, where $a, b, h, k$ are constants, "
     "and $a$ and $b$ are positive. Find $a + k$.", "9"),
])
def test_conics_by_focal_sums(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the sum is less than the distance between the foci: no ellipse
    "Let $F_1 = (0, 0)$ and $F_2 = (6, 0)$. Then the set of points $P$ such that "
    "$PF_1 + PF_2 = 4$ form an ellipse. Find the length of the major axis.",
    # a sum of distances does not give a hyperbola
    "Let $F_1 = (0, 0)$ and $F_2 = (6, 0)$. Then the set of points $P$ such that "
    "$PF_1 + PF_2 = 10$ form a hyperbola. Find the length of the major axis.",
    # a product of distances is not a conic's focal property
    "Let $F_1 = (0, 0)$ and $F_2 = (6, 0)$. Then the set of points $P$ such that "
    "$PF_1 \\cdot PF_2 = 10$ form an ellipse. Find the length of the major axis.",
    # one point only, not every point
    "An ellipse has foci $(2, 1)$ and $(2, 7)$, and the sum of the distances from some point "
    "to the foci is 10. Find the length of its minor axis.",
])
def test_unsettled_focal_sums_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
