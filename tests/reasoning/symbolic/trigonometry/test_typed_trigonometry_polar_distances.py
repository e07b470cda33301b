"""The distance between two points in polar coordinates, by the law of cosines (our own
problems, worked by hand); points without a told angle difference decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the angles differ by pi/2: sqrt(4 + 16)
    (r"Find the distance between the points with polar coordinates $\left( 2, \frac{\pi}{3} "
     r"\right)$ and $\left( 4, \frac{5 \pi}{6} \right).$", r"2\sqrt{5}"),
    # 25 + 144 - 2 * 60 * (1/2) = 109
    (r"In polar coordinates $P$ is $(5, \theta_1)$ and $Q$ is $(12, \theta_2)$, where "
     r"$\theta_2 - \theta_1 = \frac{\pi}{3}$.  Compute the distance between the points.",
     r"\sqrt{109}"),
    # 1 + 1 - 2 cos 120 = 3
    (r"What is the distance between the points with polar coordinates $(1, 30^\circ)$ and "
     r"$(1, 150^\circ)$?", r"\sqrt{3}"),
    # opposite directions: 3 + 4
    (r"Compute the distance between the points with polar coordinates $(3, \pi)$ and "
     r"$(4, 0)$.", "7"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polar_distances(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_untold_angle_difference_declines() -> None:
    assert solve_now(r"Let $P = (5, \theta_1)$ and $Q = (12, \theta_2)$ in polar coordinates.  "
                     r"Find the distance $PQ$.").answer is None
