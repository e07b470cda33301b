"""The point on a coordinate axis equally far from two points (`algebra.equidistant_points`),
in phrasings of our own; near misses decline. Answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (t - 2)^2 + 9 = (t - 6)^2 + 1: 8t = 24
    (r"What is the $x$-coordinate of the point on the $x$-axis that is equidistant from "
     r"$(2, 3)$ and $(6, 1)$?", "3"),
    # (0, t): 16 + (t - 1)^2 = 4 + (t - 5)^2, so 17 - 2t = 29 - 10t and 8t = 12
    (r"Find the point on the $y$-axis equidistant from $A(4, 1)$ and $B(2, 5)$.",
     r"\left(0, \frac{3}{2}\right)"),
    (r"What is the $y$-coordinate of the point on the $y$-axis that is the same distance from "
     r"$(4, 1)$ and $(2, 5)$?", r"\frac{3}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_equidistant_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_mirror_images_across_the_axis_decline() -> None:
    # (3, 2) and (3, -2) are mirror images across the x-axis: every point (t, 0) is as far
    # from both, so there is no single point
    assert solve_now(r"Find the point on the $x$-axis equidistant from $(3, 2)$ and "
                     r"$(3, -2)$.").answer is None
