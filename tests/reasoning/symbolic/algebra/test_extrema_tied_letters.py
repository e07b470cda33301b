"""The greatest or least value of an expression in two letters tied by one equation, told
with 'subject to' or with a bound shared by listed letters ('$x, y > 0$': clauses.relations;
algebra/extrema.py). Our own problems; values by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the squared distance from the origin to x + 2y = 5: 25/5
    (r"Find the minimum value of $x^2 + y^2$ subject to $x + 2y = 5$.", "5"),
    # xy = x(12 - 2x)/3, greatest at x = 3
    (r"Find the maximum value of $xy$ if $2x + 3y = 12$ and $x, y > 0$.", "6"),
    (r"If $2x + 3y = 12$ and $x, y > 0$, find the maximum value of $xy$.", "6"),
    # a^2 (4 - a), greatest at a = 8/3
    (r"Let $a + b = 4$ with $a, b \ge 0$. Find the maximum of $a^2 b$.", r"\frac{256}{27}"),
    # with x = 5 - 2y: 3y^2 - 20y + 25, least at y = 10/3
    (r"Find the minimum value of $x^2 - y^2$ subject to $x + 2y = 5$.", r"-\frac{25}{3}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_tied_letters_extremes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_listed_letters_share_a_bound() -> None:
    got = clauses.relations("a, b, c \\geq 0")
    assert [str(r) for r in got] == ["a >= 0", "b >= 0", "c >= 0"]


@pytest.mark.parametrize("problem", [
    # no least value: with x = 5 - 2y, x^2 - 4y^2 = 25 - 20y
    r"Find the minimum value of $x^2 - 4y^2$ subject to $x + 2y = 5$.",
    # a shared bound that is a letter: not read
    r"Find the maximum value of $xy$ if $2x + 3y = 12$ and $x, y > k$.",
])
def test_unbounded_or_unclear_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
