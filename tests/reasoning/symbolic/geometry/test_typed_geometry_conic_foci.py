"""An ellipse or hyperbola from its foci and a point on it: axis lengths and the letters of
a stated standard form (our own problems, answers worked out by hand); near misses
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the point is 5 from each focus: 2a = 10
    (r"An ellipse has foci $(1, 2)$ and $(7, 2)$ and passes through $(4, 6)$. Find the length "
     r"of its major axis.", "10"),
    # c = 3, a = 5: b = 4
    (r"An ellipse with foci $(1, 2)$ and $(7, 2)$ passes through the point $(4, 6)$. What is "
     r"the length of the minor axis?", "8"),
    # vertical major axis: 5 along y, 4 along x, centre (5, 1); the form's a is under x
    (r"An ellipse with foci $(5, -2)$ and $(5, 4)$ goes through $(9, 1)$. The equation of this "
     r"ellipse can be written as \[\frac{(x-h)^2}{a^2} + \frac{(y-k)^2}{b^2} = 1,\] where $a$, "
     r"$b$, $h$, $k$ are real constants. Find $a + k$.", "5"),
    # |8 - 2| = 2a
    (r"A hyperbola has foci $(-5, 0)$ and $(5, 0)$ and passes through $(3, 0)$. Find the "
     r"distance between its vertices.", "6"),
    # |1 - 9| = 2a: a = 4, c = 5, b = 3
    (r"A hyperbola has foci $(0, -5)$ and $(0, 5)$ and passes through the point $(0, 4)$. "
     r"Its equation can be written as $\frac{(y-k)^2}{a^2} - \frac{(x-h)^2}{b^2} = 1$, "
     r"where $a$, $b$, $h$, $k$ are constants. Enter the ordered quadruple $(a, b, h, k)$.",
     "(4, 3, 0, 0)"),
    # 5 + 5 = 2a (foci (2, -1), (2, 5), centre (2, 2), the point level with the centre)
    (r"The foci of an ellipse are $(2, -1)$ and $(2, 5)$, and it passes through $(6, 2)$. "
     r"Find the length of the major axis.", "10"),
    # foci (1, -3), (1, 5): c = 4; (4, 1) is 5 from each, a = 5 along y, 3 along x
    (r"Suppose an ellipse has foci $(1, -3)$ and $(1, 5)$ and it goes through $(4, 1)$. Given "
     r"this, we can write the equation of the ellipse in standard form as "
     r"\[\frac{(x-h)^2}{a^2} + \frac{(y-k)^2}{b^2} = 1,\] where $a, b, h, k$ are constants, "
     r"and $a$ and $b$ are positive. Find the ordered quadruple $(a, b, h, k)$. (Enter your "
     r'answer as an ordered list, for example, "2, 4, -1, 7".)', "(3, 5, 1, 1)"),
    # foci (-3, 2), (7, 2): c = 5; (6, 2) is 9 and 1 away, 2a = 8, b = 3, centre (2, 2)
    (r"A hyperbola has foci $(-3, 2)$ and $(7, 2)$ and passes through $(6, 2)$. We can write "
     r"the equation of the hyperbola as $\frac{(x-h)^2}{a^2} - \frac{(y-k)^2}{b^2} = 1$ "
     r"where $a, b, h, k$ are constants, and $a$ and $b$ are positive. Find $a + b + h$.",
     "9"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_conics_from_foci(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # foci not on a line parallel to an axis
    r"An ellipse has foci $(0, 0)$ and $(4, 3)$ and passes through $(1, 1)$. Find the length "
    r"of its major axis.",
    # the point lies between the foci: no ellipse
    r"An ellipse has foci $(0, 0)$ and $(6, 0)$ and passes through $(3, 0)$. Find the length "
    r"of its major axis.",
    # a hyperbola has no minor axis
    r"A hyperbola has foci $(-5, 0)$ and $(5, 0)$ and passes through $(3, 0)$. Find the "
    r"length of its minor axis.",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
