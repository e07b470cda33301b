"""Letters said with their count ("Let $x$ and $y$ be two positive real numbers"): the count
must be the number of letters listed (`algebra.clauses.take_qualifiers`), and the extreme
and extreme-point readers take it. Our own problems; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # p^3 q^2 with p + q = 10: split in the ratio 3 : 2
    ("Let $p$ and $q$ be two positive real numbers such that $p + q = 10.$ Enter the "
     "ordered pair $(p,q)$ for which $p^3 q^2$ is maximized.", "(6, 4)"),
    # ab = (12 - 2b) b is largest at b = 3
    ("Let $a$ and $b$ be two positive real numbers with $a + 2b = 12$. Find the maximum "
     "value of $ab$.", "18"),
    # AM-GM: m + n >= 2 sqrt(16)
    ("Suppose $m$ and $n$ are two positive numbers such that $mn = 16$. Find the minimum "
     "value of $m + n$.", "8"),
])
def test_counted_letters(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two letters said to be three numbers
    "Let $x$ and $y$ be three positive real numbers such that $x + y = 10.$ Find the "
    "maximum value of $xy$.",
    # "two" outside the qualifier is a word the reader does not know
    "Let $x$ and $y$ be positive real numbers such that $x + y = 10.$ Find the maximum "
    "value of $xy$ for two such numbers.",
])
def test_counts_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
