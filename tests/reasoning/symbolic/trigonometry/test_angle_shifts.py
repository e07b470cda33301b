"""The smallest positive shift z when a sine or cosine of x and of x + z are told
(`trigonometry.angle_shifts`). Our own values; each worked by hand from the angles in
[0, 2 pi) with each value and their differences up to whole turns."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x = pi/2; x + z = 7pi/6 or 11pi/6
    ("Suppose $\\sin x = 1$ and $\\sin(x + z) = -\\frac{1}{2}$. What is the smallest possible "
     "positive value of $z$, in radians?", "2\\pi/3"),
    # x = 0 or pi; x + z = pi/4 or 7pi/4: 7pi/4 - pi = 3pi/4, pi/4 - 0 = pi/4
    ("If $\\sin x = 0$ and $\\cos(x + z) = \\frac{\\sqrt{2}}{2}$, find the smallest positive "
     "value of $z$.", "\\pi/4"),
    # x = pi/3 or 5pi/3; x + z = 2pi/3 or 4pi/3
    ("Suppose $\\cos x = \\frac{1}{2}$ and $\\cos(x + z) = -\\frac{1}{2}$. What is the "
     "smallest possible positive value of $z$?", "\\pi/3"),
    # x = pi; x + z = pi/2 or 3pi/2
    ("Given that $\\cos a = -1$ and $\\cos(a + b) = 0$, what is the smallest possible positive "
     "value of $b$, in radians?", "\\pi/2"),
    # the same angle again: a whole turn
    ("Suppose $\\sin x = 1$ and $\\sin(x + z) = 1$. What is the smallest possible positive "
     "value of $z$?", "2\\pi"),
    # x = 3pi/2; x + z = arcsin(1/4) + 2pi or pi - arcsin(1/4)
    ("Suppose $\\sin x = -1$ and $\\sin(z + x) = \\frac{1}{4}$. What is the smallest possible "
     "positive value of $z$?", "\\frac{\\pi}{2} + \\arcsin\\left(\\frac{1}{4}\\right)"),
    # x = pi/6 or 11pi/6; x + z = pi/2
    ("Let $x$ and $z$ be real numbers such that $\\cos x = \\frac{\\sqrt{3}}{2}$ and "
     "$\\sin(x + z) = 1$. Find the least positive value of $z$ (in radians).", "\\pi/3"),
])
def test_smallest_shift(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no angle has cosine 2
    "Suppose $\\cos x = 2$ and $\\cos(x + z) = \\frac{1}{2}$. What is the smallest possible "
    "positive value of $z$?",
    # no largest value
    "Suppose $\\cos x = 0$ and $\\cos(x + z) = \\frac{1}{2}$. What is the largest possible "
    "value of $z$?",
    # a shift told in degrees is not read
    "Suppose $\\cos x = 0$ and $\\cos(x + z) = \\frac{1}{2}$. What is the smallest possible "
    "positive value of $z$, in degrees?",
    # twice the angle, not a shift
    "Suppose $\\cos x = 0$ and $\\cos(2x + z) = \\frac{1}{2}$. What is the smallest possible "
    "positive value of $z$?",
    # the letters named are not the angle and the shift
    "Let $x$ and $y$ be real numbers such that $\\cos x = 0$ and $\\cos(x + z) = \\frac{1}{2}$. "
    "Find the least positive value of $z$.",
    # a tangent is not read
    "Suppose $\\tan x = 1$ and $\\tan(x + z) = 0$. What is the smallest possible positive "
    "value of $z$?",
])
def test_not_a_shift_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
