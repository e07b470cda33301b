"""The partial fraction decomposition of a rational function in one letter
(algebra/partial_fractions.py). Our own fractions; the terms worked out by hand (cover-up
rule and matching coefficients)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # cover-up: at x = 1, 6/3; at x = -2, -9/-3
    (r"Find the partial fraction decomposition of $\frac{5x+1}{(x-1)(x+2)}$.",
     r"\frac{2}{x-1} + \frac{3}{x+2}"),
    # at x = 1, 8/3; at x = -2, -1/-3
    (r"Expand $\frac{3x+5}{x^2+x-2}$ into partial fractions.",
     r"\frac{8}{3(x-1)} + \frac{1}{3(x+2)}"),
    # x^2 - x - 6 = (x - 3)(x + 2): at 3, 10/5; at -2, 5/-5
    (r"Decompose $\frac{x+7}{x^2 - x - 6}$ into partial fractions.",
     r"\frac{2}{x-3} - \frac{1}{x+2}"),
    (r"Write $\frac{3}{t^2 - 1}$ as a sum of partial fractions.",
     r"\frac{3}{2(t-1)} - \frac{3}{2(t+1)}"),
    # A = 1, C = 2, B = 1 - A = 0
    (r"Find the partial fraction decomposition of $\frac{x^2 + 1}{x(x-1)^2}$.",
     r"\frac{1}{x} + \frac{2}{(x-1)^2}"),
    # 2x^2 + 3 = 3(x^2 + 1) - x^2
    (r"Use partial fractions to decompose $\frac{2x^2 + 3}{x^3 + x}$.",
     r"\frac{3}{x} - \frac{x}{x^2+1}"),
    # improper: x^3 = x(x^2 - 4) + 4x
    (r"Find the partial fraction decomposition of $\frac{x^3}{x^2 - 4}$.",
     r"x + \frac{2}{x-2} + \frac{2}{x+2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_partial_fractions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # already one partial fraction: the answer would be the question
    r"Find the partial fraction decomposition of $\frac{1}{x - 3}$.",
    r"Find the partial fraction decomposition of $\frac{1}{x^2 + 1}$.",
    # irreducible over the rationals
    r"Find the partial fraction decomposition of $\frac{x}{x^2 - 2}$.",
    # two letters
    r"Find the partial fraction decomposition of $\frac{a}{x^2 - 1}$.",
    # a word the reader does not know
    r"Find the partial fraction decomposition of $\frac{1}{x^2 - 1}$ over the complex numbers.",
])
def test_partial_fraction_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
