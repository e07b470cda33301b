"""The distance from an endpoint of an ellipse's major axis to an endpoint of its minor axis
(our own problems: sqrt(a^2 + b^2) from the semi-axes found by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (x + 2)^2/4 + y^2/16 = 1: a = 4, b = 2
    (r"For the ellipse $4(x + 2)^2 + y^2 = 16$, let $P$ be an endpoint of the major axis and "
     r"$Q$ an endpoint of the minor axis. Find $PQ$.", r"2\sqrt{5}"),
    # x^2/36 + y^2/4 = 1
    (r"Find the distance between an endpoint of the major axis and an endpoint of the minor "
     r"axis of the ellipse $x^2 + 9y^2 = 36$.", r"2\sqrt{10}"),
    # a = 5 (vertical), b = 4
    (r"In the ellipse $\frac{x^2}{16} + \frac{(y-3)^2}{25} = 1$, let $M$ be one endpoint of "
     r"the major axis and let $N$ be one endpoint of the minor axis. What is the length $MN$?",
     r"\sqrt{41}"),
    # 3x^2 + 12x + y^2 - 2y + 1 = 0: 3(x + 2)^2 + (y - 1)^2 = 12, a = 2 sqrt 3, b = 2
    (r"Take the ellipse $3x^2 + 12x + y^2 - 2y + 1 = 0$. Let $U$ be an endpoint of its minor "
     r"axis, and let $V$ be an endpoint of its major axis. Compute $UV$.", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_distance_between_axis_endpoints(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a circle has no major or minor axis
    r"Find the distance between an endpoint of the major axis and an endpoint of the minor "
    r"axis of the ellipse $x^2 + y^2 = 36$.",
    # both points on the major axis: which two endpoints?
    r"For the ellipse $4(x + 2)^2 + y^2 = 16$, let $P$ be an endpoint of the major axis and "
    r"$Q$ an endpoint of the major axis. Find $PQ$.",
    # a hyperbola
    r"Find the distance between an endpoint of the major axis and an endpoint of the minor "
    r"axis of the ellipse $x^2 - 9y^2 = 36$.",
])
def test_axis_end_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
