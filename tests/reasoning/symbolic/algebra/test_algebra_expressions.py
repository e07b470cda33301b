"""Simplifying expressions with letters (`algebra.expressions.simplify_steps`): a sum of
fractions is written as one fraction over a common denominator (left in factors). Our own
expressions."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Simplify $\frac{5}{t} + \frac{2}{t^3}$.", r"\frac{5t^2 + 2}{t^3}"),
    (r"Simplify $\frac{t}{t+3} - \frac{2}{t-1}$.", r"\frac{t^2 - 3t - 6}{(t+3)(t-1)}"),
    (r"Simplify $\frac{m}{n} + \frac{n}{m}$.", r"\frac{m^2 + n^2}{mn}"),
])
def test_a_sum_of_fractions_becomes_one_fraction(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert sol.steps[-1].rule == "use a common denominator"



@pytest.mark.parametrize(("problem", "shown"), [
    # sin 75° = (sqrt 6 + sqrt 2)/4, not sqrt(1/2 + sqrt(3)/4)
    (r"Compute $\sin 75^\circ$.", r"\frac{\sqrt{2} + \sqrt{6}}{4}"),
    (r"Compute $\cos 105^\circ$.", r"\frac{- \sqrt{6} + \sqrt{2}}{4}"),
])
def test_a_nested_root_is_written_without_the_nesting(problem: str, shown: str) -> None:
    sol = assert_solved(problem, shown)
    assert "\\sqrt{\\frac" not in sol.steps[-1].text
