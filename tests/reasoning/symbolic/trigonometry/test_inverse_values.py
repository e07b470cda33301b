"""Sums of inverse trigonometric values of numbers evaluated as one angle
(trigonometry/inverse_values.py): several phrasings, our own numbers, answers by hand;
a sum that is no rational multiple of pi, or one with a letter, must decline rather than
echo the expression back."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # tan(a + b) = (1/2 + 1/3) / (1 - 1/6) = 1, both angles in (0, pi/4): pi/4
    ("Compute $\\arctan \\frac{1}{2} + \\arctan \\frac{1}{3}$.", "\\frac{\\pi}{4}"),
    # tan = (2 + 3) / (1 - 6) = -1, both angles in (pi/4, pi/2): 3 pi / 4
    ("Evaluate $\\tan^{-1} 2 + \\tan^{-1} 3$.", "\\frac{3\\pi}{4}"),
    ("Find the value of $\\arctan 3 + \\arctan 2$ in degrees.", "135"),
    # tan 2a = (2/5) / (1 - 1/25) = 5/12; tan(2a + b) = (5/12 + 7/17)/(1 - 35/204) = 1
    ("What is $2 \\arctan \\frac{1}{5} + \\arctan \\frac{7}{17}$?", "\\frac{\\pi}{4}"),
    # arcsin x + arccos x = pi / 2 for every x in [-1, 1]
    ("Compute $\\arccos \\frac{2}{7} + \\arcsin \\frac{2}{7}$. Express your answer in degrees.",
     "90"),
    ("Compute $\\arcsin \\left( -\\frac{\\sqrt{3}}{2} \\right)$ in degrees.", "-60"),
    ("Determine $\\arccos \\left( -\\frac{\\sqrt{2}}{2} \\right)$. Express your answer in "
     "degrees.", "135"),
    ("Compute $\\arctan \\frac{\\sqrt{3}}{3}$, in degrees.", "30"),
    ("Find the degree measure of $\\arcsin \\left( -\\frac{1}{2} \\right)$.", "-30"),
    ("Find the principal value of $\\cos^{-1} \\left( -\\frac{\\sqrt{2}}{2} \\right)$ in "
     "degrees.", "135"),
    # arctan is odd: -(arctan 1/2 + arctan 1/3) = -pi/4
    ("Compute $\\arctan \\left( -\\frac{1}{2} \\right) + \\arctan \\left( -\\frac{1}{3} "
     "\\right)$.", "-\\frac{\\pi}{4}"),
]

NEAR_MISSES = [
    "Compute $\\arctan 2 + \\arctan 4$.",  # tan = -6/7: no rational multiple of pi
    "Compute $\\arctan 5$.",
    "Compute $\\arctan x + \\arctan \\frac{1}{x}$.",  # a letter
    "Compute $\\cos 45$.",  # 45 radians: nothing to evaluate, never echoed back
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_inverse_values_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_inverse_values_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
