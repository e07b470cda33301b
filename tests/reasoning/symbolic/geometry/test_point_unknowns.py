"""A point with an unknown coordinate at a told distance (geometry/point_unknowns.py), the
distance said as "units from" / "away from". Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (x - 2)^2 + 9 = 25: x = 6 or -2
    ("A point $(x, 3)$ is 5 units from $(2, 0)$. What is the sum of all possible values of "
     "$x$?", "4"),
    # (a + 1)^2 + 144 = 169: a = 4 or -6
    ("The point $(a, 5)$ is 13 units away from $(-1, -7)$ and $a > 0$. What is $a$?", "4"),
    # (y - 1)^2 + 64 = 100: y = 7 or -5, product -35
    ("The point $(3, y)$ is 10 units from $(-5, 1)$. What is the product of all possible values "
     "of $y$?", "-35"),
])
def test_distance_said_as_units_from(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_two_values_without_a_choice_decline() -> None:
    assert solve_now("A point $(x, 3)$ is 5 units from $(2, 0)$. What is $x$?").answer is None
