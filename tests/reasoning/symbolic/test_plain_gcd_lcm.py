"""gcd and lcm typed as plain text (`plain_text`, `maths_runs`, `calculator_latex`): written as
`\\gcd(...)` and `\\operatorname{lcm}(...)` so the integer readers answer them as they answer
the LaTeX forms; an unbounded search still declines. Our own numbers, each worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths


@pytest.mark.parametrize(("text", "wrapped"), [
    ("how many positive integers n satisfy lcm(n, 4) = 20",
     r"how many positive integers $n$ satisfy $\operatorname{lcm}(n, 4) = 20$"),
    ("find lcm[a, 6] = 30", r"find $\operatorname{lcm}(a, 6) = 30$"),
    ("what is GCD (45, 75)", r"what is $\gcd(45, 75)$"),
])
def test_gcd_and_lcm_are_maths(text: str, wrapped: str) -> None:
    assert wrap_plain_maths(text) == wrapped


@pytest.mark.parametrize(("problem", "answer"), [
    # n | 20 with 5 | n: 5, 10, 20
    ("What is the sum of all positive integers n for which lcm(n, 4) = 20?", "35"),
    ("how many positive integers n satisfy lcm(n, 4) = 20", "3"),
    ("how many positive integers k have lcm(k, 4) = 20", "3"),
    ("How many positive integers m satisfy lcm[m, 6] = 30?", "4"),  # 5, 10, 15, 30
    ("What is the largest positive integer n with lcm(n, 10) = 70?", "70"),
    ("What is the smallest positive integer n with lcm(n, 10) = 70?", "7"),
    ("find the sum of all positive integers x such that lcm(x, 21) = 63", "72"),  # 9 + 63
    # multiples of 6 below 40 with gcd 6 with 30: 6, 12, 18, 24, 36 (30 has gcd 30)
    ("sum of all positive integers n with gcd(n, 30) = 6 and n < 40", "96"),
    ("What is the sum of all positive integers n for which lcm(n, 4) = 20 and n is even?", "30"),
    ("what is GCD (45, 75)", "15"),
    ("lcm(8, 12)", "24"),
])
def test_plain_gcd_lcm_questions(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "What is the sum of all positive integers n for which gcd(n, 30) = 6?",  # no bound
    "how many integers n satisfy gcd(n, 8) = 4",  # infinitely many
])
def test_unbounded_or_empty_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
