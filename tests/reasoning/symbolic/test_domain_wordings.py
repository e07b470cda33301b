"""The domain of a rational function asked in more wordings ('the rational function',
'Express your answer as a union of intervals'); our own functions, worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved

SOLVED = [
    (r"Find the domain of the rational function $h(t) = \frac{t + 5}{t^2 - 9}$.",
     r"(-\infty,-3)\cup(-3,3)\cup(3,\infty)"),
    (r"What is the domain of the function $f(x) = \frac{2}{x - 4}$? Express your answer as a "
     "union of intervals.", r"(-\infty,4)\cup(4,\infty)"),
    (r"Determine the domain of the rational function $r(x) = \frac{x^2 + 1}{x^2 - 5x + 6}$.",
     r"(-\infty,2)\cup(2,3)\cup(3,\infty)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_domain_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
