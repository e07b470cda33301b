"""An expression evaluated at the root of a polynomial picked by a word (our own problems,
worked by hand: the root found by factoring, then substituted); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 3x - 4 = (x - 4)(x + 1): x = 4, 64 - 48 - 8 + 5
    (r"Compute $x^3 - 3x^2 - 2x + 5$, where $x$ is the positive value satisfying "
     r"$x^2 = 3x + 4$.", "13"),
    # t = -3: -27 - 6
    (r"If $t$ is the negative solution of $t^2 + t - 6 = 0$, what is $t^3 + 2t$?", "-33"),
    # y = 3 + sqrt 2: 11 + 6 sqrt 2 + 2(3 - sqrt 2)/7
    (r"Let $y$ be the larger root of $y^2 - 6y + 7 = 0$. Compute $y^2 + \frac{2}{y}$.",
     r"\frac{83 + 40\sqrt{2}}{7}"),
    # x = cube root of 2: 4 + 2
    (r"Let $x$ be the real number such that $x^3 = 2$. Find the value of $x^6 + x^3$.", "6"),
    # m = 1/2 (the other root is -3): 1/4 + 1
    (r"Suppose $m$ is the positive root of $2m^2 + 5m - 3 = 0$. Find $m^2 + 2m$.",
     r"\frac{5}{4}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_values_at_a_picked_root(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two roots, 2 and 3, and no word to pick one
    r"Evaluate $x^2 + 1$ where $x$ is the root of $x^2 - 5x + 6 = 0$.",
    # both roots, 2 and 3, are positive
    r"If $x$ is the positive solution of $x^2 - 5x + 6 = 0$, what is $x^2$?",
    # no real root at all
    r"Let $x$ be the larger root of $x^2 + 1 = 0$. Find $x^2 + x$.",
])
def test_root_values_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
