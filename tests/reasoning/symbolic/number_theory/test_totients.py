"""Euler's totient asked by name or in its notation (`number_theory.totients`): our own
numbers and wordings, each totient worked by hand with the product formula."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is phi(36)", "12"),  # 36 (1/2)(2/3)
    ("euler's totient of 10", "4"),  # 1, 3, 7, 9
    (r"Find $\varphi(210)$.", "48"),  # 1 * 2 * 4 * 6
    ("φ(17)", "16"),  # a prime
    ("compute the totient function of 100", "40"),  # 100 (1/2)(4/5)
    (r"Find $\phi(36)$.", "12"),
    ("what is euler phi of 12", "4"),  # 1, 5, 7, 11
    ("phi(1)", "1"),
    ("What is the Euler totient of 1001?", "720"),  # 6 * 10 * 12
])
def test_totient(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Let $\phi(n) = n^2 + 1$. Find $\phi(6)$.",  # a phi of its own: never the totient
    "what is phi(x)",
    "find phi(36) + 1",
    "what is phi of 12",  # phi alone, without its brackets or Euler's name
    "what is the totient of 0",
])
def test_not_a_plain_totient_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
