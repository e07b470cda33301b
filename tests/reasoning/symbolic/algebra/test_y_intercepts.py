"""The y-intercept of a graph that need not be a line (`algebra.y_intercepts`): f(0),
confirmed as the limit at 0 (our own problems, worked by hand); undefined at 0 declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"Find the $y$-intercept of the graph of $y = \frac{x^2 + 5x - 8}{x - 4}$.", "2"),
    (r"What is the $y$-intercept of $g(x) = \frac{3x + 7}{x^2 + 2}$?", r"\frac{7}{2}"),
    (r"Determine the $y$-intercept of the graph of $y = x^4 - 3x^2 + x - 9$.", "-9"),
    (r"Find the $y$-intercept point of the graph of $y = 3^x - 5$.", "(0, -4)"),
    (r"At what point does the graph of $y = \sqrt{x + 16} + 2$ cross the $y$-axis?", "(0, 6)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_y_intercepts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no value at x = 0
    r"What is the $y$-intercept of the graph of $y = \frac{2}{x} + 1$?",
    # the square root of -4 is not real
    r"Find the $y$-intercept of the graph of $y = \sqrt{x - 4}$.",
])
def test_no_y_intercept_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
