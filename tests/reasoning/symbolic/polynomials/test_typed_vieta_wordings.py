"""Vieta questions in more wordings: roots named by Greek letters (`\\gamma` is a letter, not
Euler's constant) and the question asked before the roots are named (our own problems,
answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # e1 = 0, e2 = -3, e3 = -4: p3 = e1^3 - 3 e1 e2 + 3 e3 = -12
    (r"Let $\alpha, \beta, \gamma$ be the roots of $x^3 - 3x + 4 = 0$. Find "
     r"$\alpha^3 + \beta^3 + \gamma^3$.", "-12"),
    # e1 = 2, e2 = 5: e1^2 - 2 e2 = -6
    (r"If $\alpha$, $\beta$ and $\gamma$ are the roots of $x^3 - 2x^2 + 5x - 1 = 0$, compute "
     r"$\alpha^2 + \beta^2 + \gamma^2$.", "-6"),
    # (a + b + c) / (abc) = 7 / 3
    (r"Compute $\frac{1}{ab} + \frac{1}{bc} + \frac{1}{ca}$, where $a, b, c$ are the roots of "
     r"$x^3 - 7x^2 + 2x - 3 = 0$.", r"\frac{7}{3}"),
    # (p + 1)(q + 1) = pq + (p + q) + 1 = -7/2 - 3/2 + 1
    (r"Evaluate $(p+1)(q+1)$, where $p$ and $q$ are the roots of the quadratic "
     r"$2x^2 + 3x - 7$.", "-4"),
    # r^2 + s^2 = 3^2 + 2 * 5
    (r"Find $r^2 + s^2$ if $r$ and $s$ are the roots of $x^2 - 3x - 5 = 0$.", "19"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vieta_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not symmetric in the roots
    r"Compute $\alpha + 2\beta + 3\gamma$, where $\alpha, \beta, \gamma$ are the roots of "
    r"$x^3 - x + 1 = 0$.",
    # two letters for three roots
    r"Find $a + b$, where $a, b$ are the roots of $x^3 - 2x + 1 = 0$.",
])
def test_vieta_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
