"""Values of the quotient and remainder of a polynomial division named as functions (our
own problems, divisions worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^4 + 1 = (x^2 - x + 2)(x^2 + x - 1) + (3 - 3x): 5 + 0
    (r"Let $q(x)$ and $r(x)$ be the quotient and remainder when $x^4 + 1$ is divided by "
     r"$x^2 - x + 2$. Find $q(2) + r(1)$.", "5"),
    # x^3 - 2x + 5 = (x - 3)(x^2 + 3x + 7) + 26: 7 * 26
    (r"Let $g(x) = x^3 - 2x + 5$ and $h(x) = x - 3$. If $g(x) = s(x) h(x) + t(x)$ for some "
     r"polynomials $s(x)$ and $t(x)$ where $\deg t < \deg h$, evaluate $s(0) \cdot t(7)$.",
     "182"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_quotient_and_remainder_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the degree condition names the wrong polynomials
    r"Let $g(x) = x^3 - 2x + 5$ and $h(x) = x - 3$. If $g(x) = s(x) h(x) + t(x)$ for some "
    r"polynomials $s(x)$ and $t(x)$ where $\deg s < \deg h$, evaluate $s(0) \cdot t(7)$.",
    # a value at a letter, not a number
    r"Let $q(x)$ and $r(x)$ be the quotient and remainder when $x^4 + 1$ is divided by "
    r"$x^2 - x + 2$. Find $q(y) + r(1)$.",
])
def test_division_parts_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
