"""A question about an integer named first ("Let N = 7^{2023}. What is the remainder when N
is divided by 5?", `number_theory.named_integers`). Our own problems, worked by hand in the
comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3^{40}: 40 = 0 (mod 4), so ...1; minus 1: 0
    (r"Let $G = 3^{40} - 1$. What is the units digit of $G$?", "0"),
    # 7 = 2 (mod 5); 2^{101}: 101 = 1 (mod 4): 2
    (r"Let $N = 7^{101}$. What is the remainder when $N$ is divided by 5?", "2"),
    # 2^{10} + 1 = 1025 = 113 * 9 + 8
    (r"Suppose $M = 2^{10} + 1$. What is $M$ modulo 9?", "8"),
    (r"If $M = 2^{10} + 1$, what is the remainder when $M$ is divided by 9?", "8"),
    # 2^{50} = 1125899906842624: 16 digits
    (r"Let $P = 2^{50}$. How many digits does $P$ have?", "16"),
    # 3^{3^{80}}: 3^{80} = 1 (mod 4), so the units digit of 3^1 = 3; plus 4: 7
    (r"Define $T = 3^{3^{80}} + 4$. Find the ones digit of $T$.", "7"),
])
def test_named_integers(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a letter in the value
    r"Let $N = 7^{x}$. What is the units digit of $N$?",
    # the question is about another letter
    r"Let $N = 7^{20}$. What is the units digit of $M$?",
    # the name inside a longer expression is not read here
    r"Let $N = 7^{20}$. What is the units digit of $N^2 + M$?",
    # more than one definition in the piece
    r"Let $N = M = 7^{20}$. What is the units digit of $N$?",
])
def test_named_integers_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
