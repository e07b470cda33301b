"""Equations with a factorial of the unknown (`combinatorics.factorial_equations`).
Our own problems; each answer found again here by trying whole numbers."""

from __future__ import annotations

from math import factorial

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _only(holds) -> str:
    found = [n for n in range(1, 30) if holds(n)]
    assert len(found) == 1
    return str(found[0])


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Given that $2 \cdot 4! \cdot 15 = m!$, what is $m$?",
     _only(lambda m: factorial(m) == 720)),
    (r"Find $k$ if $k \cdot k! + k! = 5040$.",
     _only(lambda k: k * factorial(k) + factorial(k) == 5040)),
    (r"Solve $\frac{(r+1)!}{(r-1)!} = 90$ for $r$.",
     _only(lambda r: factorial(r + 1) // factorial(r - 1) == 90)),
    (r"For what positive integer $t$ is $t! = 40320$?", _only(lambda t: factorial(t) == 40320)),
    (r"What is $p$ if $(p+1)! - p! = 96$?",
     _only(lambda p: factorial(p + 1) - factorial(p) == 96)),
    (r"Determine $x$ such that $x! \cdot x = 18$, where $x! = x \cdot (x-1) \cdots 2 \cdot 1$.",
     _only(lambda x: factorial(x) * x == 18)),
    (r"Suppose $3! \cdot 2! \cdot 5! \cdot 28 = q!$. Find $q$.",
     _only(lambda q: factorial(q) == 6 * 2 * 120 * 28)),
])
def test_factorial_equations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"If $n! = 1$, what is $n$?",  # 0 and 1 both
    r"If $m! = 50$, what is $m$?",  # no whole number
    r"Find $n$ if $n! - 3n = 18$.",  # a side that may fall: not bounded by this reader
    r"Find $n$ if $n! = 24$, where $n! = n + 1$.",  # not the factorial's definition
])
def test_unsettled_factorial_equations_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
