"""A trigonometric value of a plain number ("sin(30) + cos(60)") is not evaluated: a student
typing it most likely means degrees, and radians give an expression left as it was. It
declines with a reason (`handlers.evaluate`); degrees said, or angles in pi, are answered."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize("problem", [
    "Compute sin(30) + cos(60).",
    r"Evaluate $\tan 45 - 1$.",
    "What is 2cos(90)?",
])
def test_plain_numbers_decline(problem: str) -> None:
    got = solve_now(problem)
    assert got.answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Compute sin(30 degrees) + cos(60 degrees).", "1"),
    # a power of the function typed before its bracket
    ("what is cos^2(30 degrees)", "\\frac{3}{4}"),
    ("evaluate sin^2 45° + tan^2 45°", "\\frac{3}{2}"),
    (r"Evaluate $\sin \frac{\pi}{6} + \cos \frac{\pi}{3}$.", "1"),
    (r"Compute $\tan 45^\circ - 1$.", "0"),
])
def test_degrees_said_or_angles_in_pi(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
