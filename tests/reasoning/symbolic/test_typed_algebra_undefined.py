"""Where a rational expression is undefined and where its graph has vertical asymptotes
(`algebra.undefined_points`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # t^2 - 9 = 0 at -3 and 3
    (r"What is the sum of all values of $t$ for which the expression $\frac{t+1}{t^2-9}$ is "
     r"undefined?", "0"),
    (r"For what values of $m$ is the expression $\frac{m}{m^2-3m+2}$ not defined? List your "
     r"answers in increasing order separated by commas.", "1, 2"),
    (r"What is the largest value of $x$ such that the expression $\frac{x-4}{2x^2-7x+3}$ is "
     r"not defined?", "3"),  # (2x - 1)(x - 3)
    (r"What is the smallest value of $x$ for which $\frac{1}{x+5}+\frac{2}{x-1}$ is "
     r"undefined?", "-5"),
    # (x - 2) cancels: one asymptote, at x = -2
    (r"How many vertical asymptotes does the graph of $y=\frac{x-2}{x^2-4}$ have?", "1"),
    (r"For $y=\frac{3x+1}{2x-5}$, at what $x$-value is there a vertical asymptote?",
     r"\frac{5}{2}"),
    (r"The graph of $y=\frac{x^2+1}{x^2-x-6}$ has vertical asymptotes at $x = p$ and "
     r"$x = q$. Find $p + q$.", "1"),  # (x - 3)(x + 2)
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_undefined_points_and_asymptotes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a square root: undefined for other reasons too
    r"For what values of $x$ is the expression $\frac{\sqrt{x}}{x-4}$ undefined?",
    # defined everywhere
    r"What is the sum of all values of $x$ for which $\frac{1}{x^2+1}$ is undefined?",
    # a word the reader does not know
    r"What is the sum of all positive values of $x$ for which $\frac{1}{x^2-1}$ is undefined?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_undefined_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
