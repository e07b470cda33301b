"""Holes in the graph of a rational function (our own problems, answers worked out by
hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (x - 3)(x + 3) / ((x - 3)(x + 1)): x = 3 cancels
    (r"The graph of $y = \frac{x^2 - 9}{x^2 - 2x - 3}$ has a hole at $x = a$. Find $a$.", "3"),
    # x^2 - 2x - 8 = (x - 4)(x + 2): the hole is at (4, 6)
    (r"Find the coordinates of the hole in the graph of $f(x) = \frac{x^2 - 2x - 8}{x - 4}$.",
     r"\left(4, 6\right)"),
    # (x + 5)(x - 2) / ((x - 2)(x + 2)) = (x + 5)/(x + 2): at 2 the height is 7/4
    (r"What is the hole in the graph of $y = \frac{x^2 + 3x - 10}{x^2 - 4}$?",
     r"\left(2, \frac{7}{4}\right)"),
    # written factors cancel twice: holes at x = 2 and x = -3, asymptote at x = 4
    (r"How many holes does the graph of $y = \frac{(x-2)(x+3)}{(x-2)(x+3)(x-4)}$ have?", "2"),
    # no common factor
    (r"How many holes does the graph of $y = \frac{x + 1}{x^2 - 9}$ have?", "0"),
    # 3(x - 1)(x + 1) / (x + 1)
    (r"At what value of $x$ is there a hole in the graph of $y = \frac{3x^2 - 3}{x + 1}$?", "-1"),
    (r"For what value of $x$ does the graph of $g(x) = \frac{x^2 - 5x}{x}$ have a hole?", "0"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_graph_holes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no hole to find
    r"Find the hole in the graph of $y = \frac{x + 2}{x - 5}$.",
    # two holes, one asked
    r"At what value of $x$ is there a hole in the graph of $y = \frac{x^3 - x}{x^2 - 1}$?",
    # two fractions: which denominator?
    r"How many holes does the graph of $y = \frac{1}{x} + \frac{x - 1}{x - 1}$ have?",
])
def test_graph_hole_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
