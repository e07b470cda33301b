"""An expression nested in itself without end (`algebra.nested_repeats`): X = F(X), the root
the truncations approach (our own problems, worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # X^2 = 30 + X: X = 6 (not -5)
    (r"Find the value of $\sqrt{30 + \sqrt{30 + \sqrt{30 + \cdots}}}$.", "6"),
    # X^2 = 20 - X: X = 4
    (r"What is the value of $\sqrt{20 - \sqrt{20 - \sqrt{20 - \dotsb}}}$?", "4"),
    # X^2 = 3X: X = 3 (the truncations grow from 1)
    (r"Evaluate $\sqrt{3\sqrt{3\sqrt{3\cdots}}}$.", "3"),
    # X = 3 + 1/X: X^2 - 3X - 1 = 0
    (r"Evaluate $3 + \frac{1}{3 + \frac{1}{3 + \cdots}}$.", r"\frac{3 + \sqrt{13}}{2}"),
    # X = 1/(4 + X): X^2 + 4X - 1 = 0, the positive root
    (r"Compute $\frac{1}{4 + \frac{1}{4 + \frac{1}{4 + \cdots}}}$.", r"\sqrt{5} - 2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_nested_repeats(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the brackets after the dots do not close what was opened
    r"Find the value of $\sqrt{6 + \sqrt{6 + \sqrt{6 + \cdots}}} + 1$.",
    # a letter inside: not a number
    r"Find the value of $\sqrt{x + \sqrt{x + \sqrt{x + \cdots}}}$.",
])
def test_nested_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
