"""A trigonometric value of an angle told by one value and bounds on the angle itself
(our own problems, worked by hand); bounds that keep two values, or none, or that bound
something other than the angle, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # second quadrant: cos = -12/13
    (r"Suppose $\sin t = \frac{5}{13}$ and $\frac{\pi}{2} < t < \pi$. Find $\tan t$.",
     r"-\frac{5}{12}"),
    # third quadrant: sin = -3/5, cos = -4/5, so sin 2u = 24/25
    (r"Given that $\cos u = -\frac{4}{5}$ where $\pi < u < \frac{3\pi}{2}$, compute "
     r"$\sin 2u$.", r"\frac{24}{25}"),
    # in degrees: fourth quadrant, tan = -1/2 gives cos = 2/sqrt(5)
    (r"Let $\tan w = -\frac{1}{2}$ with $270^\circ < w < 360^\circ$. What is $\cos w$?",
     r"\frac{2\sqrt{5}}{5}"),
    # sin + cos = 7/13 with 0 < x < pi: sin = 12/13, cos = -5/13
    (r"If $\sin x + \cos x = \frac{7}{13}$ and $0 < x < \pi$, find $\tan x$.",
     r"-\frac{12}{5}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_bounded_angle_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # tan is negative, so no angle in the first quadrant
    r"If $\tan v = -2$ and $0 < v < \frac{\pi}{2}$, find $\sin v$.",
    # a whole turn keeps both signs of the sine
    r"If $\cos v = \frac{1}{3}$ and $0 \le v \le 2\pi$, find $\sin v$.",
    # a bound on 2v, not on v
    r"If $\cos v = \frac{1}{3}$ and $0 < 2v < \pi$, find $\sin v$.",
])
def test_unbounded_or_empty_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
