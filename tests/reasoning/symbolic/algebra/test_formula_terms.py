"""A sequence given by a formula in n (`algebra.formula_terms`): a term asked by its place or
by name, and the sum of the first terms. Our own formulas and wordings, answers by hand; near
misses (another letter asked, a start other than n = 1 said, a second letter in the formula)
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the 12th term of the sequence $t_n = 5n + 2$?", "62"),
    ("If $c_n = n^2 - n$, find $c_{7}$.", "42"),
    ("u_n = 3^n - 2. what is u_4?", "79"),
    ("the nth term of a sequence is 7 - 2n. what is the 15th term?", "-23"),
    ("The general term of a sequence is given by $\\frac{n}{n + 1}$. Find the 9th term.",
     "\\frac{9}{10}"),
    ("what is the sum of the first 6 terms of a_n = 4n - 1", "78"),  # 4*21 - 6
    ("if d_n = 1/(n(n + 1)), find the sum of the first 9 terms", "\\frac{9}{10}"),
    ("Find the sum of the first 4 terms of the sequence $s_n = 2^n + n$.", "40"),  # 30 + 10
])
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "If $a_n = 3n - 1$, find $b_{10}$.",  # another sequence asked
    "If $a_n = 3n - 1$ for $n \\ge 0$, find the sum of the first 3 terms.",  # starts at 0
    "If $a_n = kn + 1$, find $a_3$.",  # k is unknown
    "What is the 0th term of the sequence $a_n = 2n$?",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
