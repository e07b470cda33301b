"""An expression at a root that is only described (a nonreal root of z^3 = 1, a complex
number with z^5 = 1 and z != 1, a primitive root of unity): answered when the value is
the same at every such root (`polynomials/described_root_values.py`). Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Let $\omega$ be a nonreal root of $x^3 = 1$. Compute $(1 + \omega)(1 + \omega^2)$.",
     "1"),
    (r"Suppose $\omega$ is a non-real solution of $t^3 = 1$. Find $\frac{1}{1 + \omega} + "
     r"\frac{1}{1 + \omega^2}$.", "1"),
    (r"Let $\omega$ be a nonreal cube root of unity. Evaluate $(2 - \omega + 2\omega^2)"
     r"(2 + 2\omega - \omega^2)$.", "9"),
    # t, t^2, t^3, t^4 are the four roots of x^4 + x^3 + x^2 + x + 1, so the product of
    # (1 + t^k) is that polynomial at x = -1 (times (-1)^4): 1 - 1 + 1 - 1 + 1 = 1
    (r"Let $t$ be a complex number with $t^5 = 1$ and $t \neq 1$. Find "
     r"$(1 + t)(1 + t^2)(1 + t^3)(1 + t^4)$.", "1"),
    (r"If $u^3 = 1$ and $u \ne 1$, evaluate $u^{301} + u^{602} + 4$.", "3"),
    (r"Let $v$ be a primitive fifth root of unity. What is $v + v^2 + v^3 + v^4$?", "-1"),
    (r"Let $s$ be a nonreal root of $s^4 = 1$. Find $s^6$.", "-1"),
    # s = i or -i: s^2 = -1, and 2022 = 2 * 1011
    (r"Let $s$ be a nonreal complex number such that $s^4 = 1$. Find $s^{2022}$.", "-1"),
])
def test_a_value_shared_by_every_described_root(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert any(s.rule == "reduce" for s in sol.steps)


@pytest.mark.parametrize("problem", [
    # the two nonreal cube roots give -omega: two different values
    r"Let $\omega$ be a nonreal root of $x^3 = 1$. Compute $\omega^{2024} + \omega^{2025}$.",
    # 1 is a root too and gives another value
    r"Let $w$ be a complex number with $w^3 = 1$. Find $w^2 + w + 1$.",
    # zeta + zeta^2 + zeta^4 is (-1 +- i sqrt 7)/2
    r"Let $q$ be a primitive seventh root of unity. Find $q + q^2 + q^4$.",
    # a factor with a real root and two nonreal ones is not split by "nonreal"
    r"Let $r$ be a nonreal root of $x^3 - 2 = 0$. Find $r^3 + r$.",
])
def test_a_value_that_differs_between_the_roots_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
