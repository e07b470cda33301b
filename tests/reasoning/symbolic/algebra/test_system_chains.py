"""Equations solved one unknown at a time (`algebra.system_values`): a chain of definitions
with an exponential in it ("n = 2, s = 3n - 1, r = 2^s + s"), each unknown's real solutions
listed once the values before it are put in. Our own chains, worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # s = 5, r = 2^5 + 5
    (r"If $n = 2$, $s = 3n - 1$ and $r = 2^s + s$, what is $r$?", "37"),
    # s = 2^1 + 1 = 3, r = 3^3 - 3
    (r"Let $r = 3^s - s$ and $s = 2^n + 1$. What is the value of $r$ when $n = 1$?", "24"),
    # x = 3, y = 3^3
    (r"If $2^x = 8$ and $y = 3^x$, what is $y$?", "27"),
])
def test_a_chain_of_definitions_with_powers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_chain_that_never_fixes_an_unknown_declines() -> None:
    # two unknowns in every equation: no unknown comes first
    assert solve_now(r"If $2^x = y + 1$ and $y = 3^x - 5$, what is $x + y$?").answer is None
