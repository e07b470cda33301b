"""Trigonometric equations on an interval asked in more ways: "in the range", "solve ...
for", "degree measure", `x \\in [a, b]`, the largest solution, and an interval written in
degrees for an equation in a bare letter (the answers are then in degrees). Our own
problems, answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

PHRASINGS = [
    # cos x (2 cos x - 1) = 0: pi/2, 3pi/2, pi/3, 5pi/3
    (r"How many solutions does $2\cos^2 x - \cos x = 0$ have in the range "
     r"$0 \le x \le 2\pi$?", "4"),
    # 3 theta = 60 degrees
    (r"What is the smallest positive angle $\theta$, in degrees, with "
     r"$\cos 3\theta = \frac{1}{2}$?", "20"),
    # sin x = 1/2
    (r"Solve $2 \sin x = 1$ for $0 \le x < 2\pi$.", r"\frac{\pi}{6}, \frac{5\pi}{6}"),
    # degrees written on the interval: the answers are degrees
    (r"Find all angles $x$, $0^\circ \le x < 360^\circ$, with $\sin x = \cos x$. Enter all "
     r"the solutions, separated by commas.", "45, 225"),
    # cos 4x = 0: 4x = pi/2 + k pi
    (r"Find all real numbers $x$ in $[0, \pi]$ such that $\cos 4x = 0$.",
     r"\frac{\pi}{8}, \frac{3\pi}{8}, \frac{5\pi}{8}, \frac{7\pi}{8}"),
    # sin x = +-1/2: four solutions in a turn
    (r"For how many values of $x$ in $[0, 2\pi]$ does $\sin^2 x = \frac14$ hold?", "4"),
    # sin x = +-sqrt3/2: 60 + 120 + 240 + 300
    (r"Find the sum of all angles $x \in [0^\circ, 360^\circ]$ that satisfy "
     r"$\sin^2 x = \frac{3}{4}$.", "720"),
    # 2x = 30, 150, 390, 510 degrees: x = 15, 75, 195, 255
    (r"What is the largest solution of $\sin 2x^\circ = \frac{1}{2}$ with $0 < x < 360$?",
     "255"),
    # a story: tan x = 1 at 45 + 180k degrees in [0, 720): 45, 225, 405, 585
    (r"An angle $x$, measured in degrees, satisfies $\tan x = 1$ and $0 \le x < 720$. "
     r"How many distinct values of $x$ are possible?", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), PHRASINGS)
def test_trigonometric_equations_asked_in_other_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an interval in radians for an angle in degrees: unclear
    r"How many $x$ with $0 < x < \pi$ satisfy $\sin x^\circ = 0$?",
    # the largest positive solution: "positive" with largest is not read
    r"Find the largest positive solution of $\cos x = 0$ with $0 < x < 2\pi$.",
    # no solution in the interval
    r"Find the largest solution of $\sin x = 1$ with $0 < x < 1$.",
])
def test_trigonometric_equations_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # no unit said and an end of 360 (or 180, 720): a turn in degrees, or 360 radians
    # (was answered 115, the radian reading)
    "How many solutions does sin x = 1/2 have for 0 <= x < 360?",
    "How many solutions does $\\cos x = 0$ have with $0 \\le x \\le 180$?",
    "How many values of x with 0 < x < 720 satisfy tan x = 1?",
])
def test_an_interval_that_reads_as_degrees_or_radians_declines(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None and "two ways" in (sol.declined or ""), sol.answer
    # asked of the student, in words, as every which-reading decline is
    assert (sol.declined or "").startswith("The interval reads two ways: x in degrees")
    assert "Settings" not in (sol.declined or "")


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many solutions does sin x = 1/2 have for 0 <= x < 360 degrees?", "2"),
    ("How many solutions does $\\sin x = \\frac{1}{2}$ have for $0 \\le x < 360^\\circ$?", "2"),
    ("How many solutions does sin x = 1/2 have for 0 <= x < 10?", "4"),  # pi/6 ... 17pi/6
])
def test_an_interval_with_its_unit_is_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
