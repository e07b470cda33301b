"""A function's formula found from one equation it appears in linearly
(`algebra.unknown_functions`), and products with the letter in a denominator multiplied out
(`algebra.expansions`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # textbook: g(x) = x^2 + 4x - 2 - (5x^3 - x + 1)
    (r"Given that $x^2 + 4x - 2 = g(x) + 5x^3 - x + 1$, determine $g(x)$ (terms in decreasing "
     r"order of degree).", r"-5x^3 + x^2 + 5x - 3"),
    # terse, the call second: k(t) = 4t^2 - t - (t^2 + 3)
    (r"What is $k(t)$ if $(t^2 + 3) + k(t) = 4t^2 - t$?", r"3t^2 - t - 3"),
    # wordy, subtracted: r(x) = (x^3 - 6) - (2x^3 - x)
    (r"Suppose $r(x)$ is a polynomial such that $(x^3 - 6) - r(x) = 2x^3 - x$. Find $r(x)$.",
     r"-x^3 + x - 6"),
    # the form asked in a closing sentence: w(z) = (z^2 - 1) - (z^4 + 3z)
    (r"Let $w(z)$ be a function with $w(z) + (z^4 + 3z) = (z^2 - 1)$. Write $w(z)$ as a "
     r"polynomial with the degrees of the terms in decreasing order.", r"-z^4 + z^2 - 3z - 1"),
    # a multiple of the unknown: 3m(x) = 6x^2 - 9 + 3x
    (r"If $3m(x) - 3x = 6x^2 - 9$, what is $m(x)$?", r"2x^2 + x - 3"),
    # a letter in a denominator, multiplied out
    (r"Expand $\left(6x^2 + \frac{9}{x}\right) \cdot \frac{2}{3}$.", r"\frac{6}{x} + 4x^2"),
    (r"Expand $\left(y - \frac{2}{y}\right)^2$.", r"y^2 - 4 + \frac{4}{y^2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_unknown_functions_and_expansions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the unknown multiplied by the variable: not a polynomial answer by subtraction alone
    r"If $x m(x) = x^3 + x$, what is $m(x)$?",
    # the unknown squared
    r"If $m(x)^2 = x^2$, what is $m(x)$?",
    # a count, not the formula
    r"Find the number of terms of $g(x)$ if $g(x) - x^2 = x^4 + 3$.",
    # a word the reader does not apply
    r"Find the derivative of $g(x)$ if $g(x) + x = x^2$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
