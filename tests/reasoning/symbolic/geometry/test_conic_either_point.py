"""Either one of a conic's two foci or vertices, when the problem allows any one
(`geometry.conic_questions`). Our own curves, points by hand; near misses decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.answers import equivalent


@pytest.mark.parametrize(("problem", "allowed"), [
    # (x - 2)^2/4 - (y - 2)^2/2 = 1: c^2 = 6
    (r"The hyperbola \[x^2-2y^2-4x+8y-8=0\]has two foci. Find the coordinates of either of "
     r"them. (Enter your answer as an ordered pair. Enter only one of the foci, not both.)",
     [r"\left(2 - \sqrt{6}, 2\right)", r"\left(2 + \sqrt{6}, 2\right)"]),
    # (x - 3)^2/4 + (y + 1)^2 = 1: c^2 = 3
    (r"The ellipse $x^2 + 4y^2 - 6x + 8y + 9 = 0$ has two foci. Find the coordinates of "
     r"either of them.", [r"\left(3 - \sqrt{3}, -1\right)", r"\left(3 + \sqrt{3}, -1\right)"]),
    # centre (1, -2), a = 3
    (r"Find the coordinates of one of the vertices of the hyperbola "
     r"$\frac{(x-1)^2}{9} - \frac{(y+2)^2}{4} = 1$. Enter only one of the vertices, not both.",
     [r"\left(-2, -2\right)", r"\left(4, -2\right)"]),
    # opening up and down: (y + 1)^2/16 - x^2/9 = 1, c = 5
    (r"The hyperbola $\frac{(y+1)^2}{16} - \frac{x^2}{9} = 1$ has two foci. Find the "
     r"coordinates of either of them.", [r"\left(0, 4\right)", r"\left(0, -6\right)"]),
])
def test_either_point(problem: str, allowed: list[str]) -> None:
    sol = solve_now(problem)
    assert sol.answer is not None, sol.detail
    assert sol.confirmed
    assert any(equivalent(a, sol.answer, timeout=10.0) for a in allowed), sol.answer


def test_either_point_with_a_pick_gives_the_picked_one() -> None:
    # x^2/4 - y^2/5 = 1: c = 3; "either" then the smaller x-coordinate picks (-3, 0)
    sol = solve_now(r"Find the coordinates of either focus of the hyperbola $\frac{x^2}{4} - "
                    r"\frac{y^2}{5} = 1$, the one with the smaller $x$-coordinate.")
    assert sol.answer is not None, sol.detail
    assert equivalent(r"\left(-3, 0\right)", sol.answer, timeout=10.0), sol.answer


@pytest.mark.parametrize("problem", [
    # words past the allowance
    r"The hyperbola $x^2 - y^2 = 1$ has two foci. Find the coordinates of either of them, not "
    r"the other.",
    # a circle has no two foci
    r"The circle $x^2 + y^2 = 4$ has two foci. Find the coordinates of either of them.",
    # either focus, then one picked by its sign: not read, so declined (was the other one)
    r"Give the coordinates of either focus of the hyperbola $\frac{x^2}{4} - \frac{y^2}{5} = 1$."
    r" (Enter the one with positive x.)",
    r"The ellipse $\frac{x^2}{25} + \frac{y^2}{16} = 1$ has two foci. Find either of them, the"
    r" one with a positive x-coordinate.",
])
def test_either_point_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
