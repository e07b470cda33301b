"""A textbook's request for a method ("by completing the square", "using a difference of
squares", "Use the quadratic formula to solve ...") or "Express in interval notation." is
taken off the question: the answer is the same whichever method is used (our own problems,
answers by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x = -2 +- sqrt(4 - 1)
    (r"Solve $x^2 + 4x + 1 = 0$ by completing the square.", r"-2 - \sqrt{3}, -2 + \sqrt{3}"),
    # (x - 2)(x - 6)
    (r"Solve $x^2 - 8x + 12 = 0$ by factoring.", "2, 6"),
    # (3x + 1)(x - 2) = 0
    (r"Use the quadratic formula to solve $3x^2 - 5x - 2 = 0$.", r"-\frac{1}{3}, 2"),
    # 101 * 99
    (r"Compute $101^2 - 1$ using a difference of squares.", "10200"),
    # the method said first, then the equation
    ("Solve by completing the square: x^2 - 2x - 15 = 0.", "-3, 5"),
    ("Solve using the quadratic formula: 2x^2 - x - 6 = 0", r"-\frac{3}{2}, 2"),
    (r"Find the domain of $g(x) = \frac{3}{x^2 - 9}$. Express in interval notation.",
     r"\left(-\infty, -3\right) \cup \left(-3, 3\right) \cup \left(3, \infty\right)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_method_requests(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_method_not_known_declines() -> None:
    # a request not known to leave the answer unchanged is never dropped
    assert solve_now("Solve $x^2 = 9$ by squaring.").answer is None
    assert solve_now("Solve by guessing: x^2 = 9.").answer is None
