"""The speed along a parametric path and the length of a parametric curve
(geometry/parametric_lengths.py): our own paths and wordings, answers by hand; a speed that
changes, or a curve that goes round twice, must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # velocity (5, -12): speed 13
    ("A particle moves so that at time $t$ it is at $(5t - 1, 3 - 12t)$. Find the speed of "
     "the particle.", "13"),
    # velocity (1, 1, 1): sqrt 3
    ("An object travels along a line so that it is at $(t + 2, t, t - 4)$ at time $t$. What "
     "is the speed of the object?", "\\sqrt{3}"),
    # a circle of radius 3 traced once at unit angular rate: a quarter turn is 3 pi / 2
    ("Find the length of the parametric curve described by $(x,y) = (3\\cos t, 3\\sin t)$ "
     "from $t = 0$ to $t = \\frac{\\pi}{2}$.", "\\frac{3\\pi}{2}"),
    # velocity (6, 8): speed 10 for 3 units of time
    ("Find the length of the path traced by $(6t + 1, 8t)$ for $0 \\le t \\le 3$.", "30"),
    # (e^t, 2e^t): speed sqrt 5 e^t, integral sqrt 5 (e^2 - 1)
    ("Find the arc length of the curve given by $(e^t, 2e^t)$ from $t = 0$ to $t = 2$.",
     "\\sqrt{5}(e^2 - 1)"),
]

NEAR_MISSES = [
    # the speed 2t changes with time
    "A particle moves so that at time $t$ it is at $(t^2, 5)$. Find the speed of the particle.",
    # twice round the unit circle: the distance travelled (4 pi) or the circle (2 pi)?
    "Find the length of the curve described by $(x,y) = (\\cos t, \\sin t)$ from $t = 0$ to "
    "$t = 4\\pi$.",
    # the time letter is not the path's letter
    "A particle moves so that at time $s$ it is at $(3t, 4t)$. Find the speed of the particle.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_parametric_lengths_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_parametric_lengths_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
