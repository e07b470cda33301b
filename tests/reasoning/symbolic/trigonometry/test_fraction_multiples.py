"""Trigonometric equations in fractions of the angle, solved on an interval (our own
problems, worked by hand): with u = x / d every multiple is whole. A fraction of an angle
in degrees, or a multiple that is not rational, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x/2 in [0, pi): x/2 = pi/6 or 5pi/6
    (r"Solve $\sin \frac{x}{2} = \frac{1}{2}$ for $0 \le x < 2\pi$.",
     r"\frac{\pi}{3}, \frac{5\pi}{3}"),
    # x/3 in [0, 2pi]: pi/2 and 3pi/2 only
    (r"How many solutions does $\cos\frac{x}{3} = 0$ have in $[0, 6\pi]$?", "2"),
    # x/2 in [0, 2pi): pi/4, 5pi/4, so x = pi/2 + 5pi/2
    (r"Find the sum of the solutions of $\tan \frac{x}{2} = 1$ in $[0, 4\pi)$.", r"3\pi"),
    # cos(x/4) = cos x: x = 2pi k * 4/5 ... (x - x/4 = 2 pi k or x + x/4 = 2 pi k):
    # x = 8 pi k / 3 (k = 1..8) and x = 8 pi k / 5 (k = 1..14), shared at multiples of 8 pi
    # (x = 8pi, 16pi): 8 + 14 - 2 = 20 in (0, 24 pi)
    (r"Find the number of solutions to $\cos \frac{x}{4} = \cos x$ in the interval "
     r"$0 < x < 24 \pi.$", "20"),
    # 2 sin(x/3) = sqrt 3: x/3 = pi/3 or 2pi/3 in [0, 2pi), x = pi or 2pi; smallest: pi
    (r"Find the smallest positive solution of $2\sin\frac{x}{3} = \sqrt{3}$.", r"\pi"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_fractions_of_the_angle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a fraction of an angle in degrees
    r"Find all $x$ in degrees with $0 \le x < 360$ such that $\sin \frac{x}{2} = \frac{1}{2}$.",
    # a multiple pi x / 2 in radians has no whole multiple of one angle in common with x
    r"How many solutions does $\sin \frac{\pi x}{2} = \sin x$ have in $[0, 10]$?",
])
def test_fraction_in_degrees_or_irrational_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
