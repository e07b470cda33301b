"""A hyperbola from its asymptotes and a point on it (our own problems, worked by hand:
the centre is where the asymptotes cross, (y - k)^2 - m^2 (x - h)^2 = C through the
point); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # centre (1, 3); (1, 7) gives (y - 3)^2/16 - (x - 1)^2/4 = 1, c^2 = 20
    (r"A hyperbola has asymptotes $y = 2x + 1$ and $y = -2x + 5$ and goes through $(1, 7)$. "
     r"Compute the distance between its foci.", r"4\sqrt{5}"),
    (r"The asymptotes of a hyperbola are $y = 2x + 1$ and $y = 5 - 2x$. Also, it goes "
     r"through the point $(1, 7)$. What is the distance between the vertices?", "8"),
    # centre (1, 3); (5, 3) gives (x - 1)^2/16 - (y - 3)^2/16 = 1
    (r"Suppose a hyperbola has asymptotes $y = x + 2$ and $y = 4 - x$ and passes through the "
     r"point $(5, 3)$. Its equation can be written as "
     r"\[\frac{(x-h)^2}{a^2} - \frac{(y-k)^2}{b^2} = 1,\] where $a,$ $b,$ $h,$ and $k$ are "
     r"constants with $a, b > 0$. Find $a + b + h + k$.", "12"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_hyperbola_from_asymptotes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # slopes 2 and -1: the axes are not parallel to the coordinate axes
    r"A hyperbola has asymptotes $y = 2x$ and $y = 3 - x$ and it passes through $(4, 1)$. "
    r"Find the distance between its foci.",
    # the point lies on the asymptote y = x + 2: no hyperbola
    r"A hyperbola has asymptotes $y = x + 2$ and $y = 4 - x$ and goes through $(0, 2)$. "
    r"What is the distance between its vertices?",
])
def test_asymptote_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
