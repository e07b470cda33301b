"""Constants of functions fixed by a told inverse (`algebra.inverse_identities`):
h^{-1}(x) = E(x) read as h(E(x)) = x for every x. Our own problems; constants worked by hand
by inverting the told inverse."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # h(x) = 2x + 7 = a(x + 3) + b: a = 2, b = 1
    ("Let $f(x) = ax + b$ and $g(x) = x + 3$. If $h(x) = f(g(x))$ and "
     "$h^{-1}(x) = \\frac{x - 7}{2}$, find $ab$.", "2"),
    # h(x) = 8x - 8 = 4(mx + c): m = 2, c = -2
    ("Suppose $f(x) = mx + c$ and $g(x) = 4x$. If $h(x) = g(f(x))$ and "
     "$h^{-1}(x) = \\frac{x}{8} + 1$, what is $m - c$?", "4"),
    # f(x) = (x + 6)/3: a = 1/3, b = 2
    ("If $f(x) = ax + b$ and $f^{-1}(x) = 3x - 6$, find $a + b$.", "\\frac{7}{3}"),
])
def test_constants_from_a_told_inverse(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no a x^2 + b has a linear inverse
    "If $f(x) = ax^2 + b$ and $f^{-1}(x) = x - 1$, find $a + b$.",
    # c is not a constant of the functions
    "If $f(x) = ax + b$ and $f^{-1}(x) = 3x - 6$, find $a + c$.",
    # a second inverse told: not this reader's question
    "If $f(x) = ax + b$, $f^{-1}(x) = 3x - 6$ and $g^{-1}(x) = x + 1$, find $a + b$.",
])
def test_inverses_that_do_not_settle_it_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
