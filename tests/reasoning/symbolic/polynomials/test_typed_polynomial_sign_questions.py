"""Inequalities asked as a sign said in words ("for what x is E negative?") and rational
inequalities whose denominator is never zero on the real line."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        (r"For what real numbers $x$ is $\frac{x^2 - 9x}{x + 1}$ negative?",
         r"(-\infty, -1) \cup (0, 9)"),
        (r"For which real numbers $t$ is $t^2 + t - 12$ positive? Express your answer in "
         r"interval notation.", r"(-\infty, -4) \cup (3, \infty)"),
        (r"For what values of $y$ is $\frac{3y - 6}{y^2 + 9}$ nonnegative?", r"[2, \infty)"),
        (r"For what values of $z$ is $(z - 2)(z - 7)$ non-positive?", "[2, 7]"),
        # a denominator with no real zero leaves the sign to the numerator
        (r"Find all real values of $x$ that satisfy $\frac{5 - x}{x^2 + 2x + 6} \ge 0$.",
         r"(-\infty, 5]"),
        (r"Find all real values of $w$ that satisfy $\frac{w + 4}{w^2 + 1} < 0$.",
         r"(-\infty, -4)"),
    ],
)
def test_sign_questions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"For what values of $x$ is $x^2 - 4 > 0$ negative?",  # a relation is not signed
        r"For what values of $x$ is $x^2 - 4$ an integer?",  # not a sign
        r"For what values of $x$ is $x^2 - 4$ positive and less than $5$?",  # more conditions
    ],
)
def test_sign_question_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
