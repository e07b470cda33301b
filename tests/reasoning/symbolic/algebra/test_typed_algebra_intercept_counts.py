"""How many x- or y-intercepts a graph has (`algebra.graphs.intercept_count`) when setting
the other coordinate to zero leaves a linear equation; our own curves, worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved

SOLVED = [
    # y = 0 leaves x = 7
    (r"How many $x$-intercepts does the graph of $x = 7 + 2y + y^2$ have?", "1"),
    # x = 0 leaves y = -2
    (r"How many $y$-intercepts does the graph of $y = 3x - 2$ have?", "1"),
    # the quadratic case is unchanged: x = 0 gives 2y^2 + y + 5 = 0, discriminant -39
    (r"How many $y$-intercepts does the graph of the curve $x = 5 + y + 2y^2$ have?", "0"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_intercept_counts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
