"""Where a rational expression is undefined and where its graph has vertical asymptotes
(`algebra.undefined_points`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # s^2 - 2s - 8 = (s - 4)(s + 2)
    (r"Find the sum of the possible values of $s$ such that $\frac{2s - 1}{s^2 - 2s - 8}$ is "
     r"undefined.", "2"),
    (r"For what real values of $k$ is $\frac{k + 1}{k^2 + k - 12}$ undefined? Separate your "
     r"answers with commas.", "-4, 3"),  # (k + 4)(k - 3)
    (r"Find the greatest value of $y$ for which $\frac{y + 2}{3y^2 - 5y - 2}$ is undefined.",
     "2"),  # (3y + 1)(y - 2)
    (r"For which value of $w$ is $\frac{w - 7}{3w + 12}$ undefined?", "-4"),
    (r"What value of $q$ makes the expression $\frac{q^2}{5 - q}$ undefined?", "5"),
    (r"Which values of $u$ make $\frac{u + 1}{u^2 - 3u - 10}$ undefined? Enter your answers "
     r"separated by commas.", "-2, 5"),  # (u - 5)(u + 2)
    (r"What is the smallest value of $x$ for which $\frac{1}{x+5}+\frac{2}{x-1}$ is "
     r"undefined?", "-5"),
    # (x + 2)(x + 3) / ((x - 4)(x - 3)(x + 3)): x + 3 cancels, asymptotes at 3 and 4
    (r"How many vertical asymptotes does the graph of "
     r"$y = \frac{x^2 + 5x + 6}{x^3 - 4x^2 - 9x + 36}$ have?", "2"),
    # 2x(x - 3)(x + 3) / (x(x + 5)(x - 3)): holes at 0 and 3, one asymptote, at -5
    (r"How many vertical asymptotes does the graph of "
     r"$y = \frac{2x^3 - 18x}{x^3 + 2x^2 - 15x}$ have?", "1"),
    # (2x - 3)(x + 5): 3/2 - 5
    (r"The graph of $y = \frac{3x^3 + 1}{2x^2 + 7x - 15}$ has vertical asymptotes at $x = m$ "
     r"and $x = n$. What is $n + m$?", r"-\frac{7}{2}"),
    # the lines themselves: (s + 1) / ((s - 1)(s - 6))
    (r"Find the vertical asymptotes of $y = \frac{s + 1}{s^2 - 7s + 6}$.", "s = 1, s = 6"),
    (r"What is the equation of the vertical asymptote of the graph of "
     r"$h(x) = \frac{5x + 2}{2x - 3}$?", r"x = \frac{3}{2}"),
    # (x - 1)(x + 1) / ((x + 1)(x - 5)): a hole at -1, the asymptote at 5
    (r"The graph of $y = \frac{x^2 - 1}{x^2 - 4x - 5}$ has a vertical asymptote at $x = c$. "
     r"Find $c$.", "5"),
    # the sum or product of the asymptotes, after cancelling: (t - 2)/((t - 2)(t + 7)) has
    # its one asymptote at -7; x^2 - x - 12 = (x - 4)(x + 3) has two, adding to 1
    (r"Find the sum of the vertical asymptotes of $y = \frac{t - 2}{t^2 + 5t - 14}$.", "-7"),
    (r"What is the product of the $x$-values of the vertical asymptotes of the graph of "
     r"$y = \frac{2x + 1}{x^2 - x - 12}$?", "-12"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_undefined_points_and_asymptotes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a square root: undefined for other reasons too
    r"For what real values of $y$ is $\frac{\sqrt{2y + 5}}{y^2 - 6y + 8}$ undefined?",
    # defined everywhere
    r"Find the sum of all the values of $y$ such that $\frac{3y - 1}{y^2 + 2y + 7}$ is "
    r"undefined.",
    # a word the reader does not know
    r"Find the sum of all positive values of $w$ such that $\frac{w^2 + 1}{w^3 - 9w}$ is "
    r"undefined.",
    # no vertical asymptote at all
    r"Find the vertical asymptotes of $y = \frac{x^2 - 1}{x^2 + 3}$.",
    # two asymptotes, one letter
    r"The graph of $y = \frac{x}{x^2 - 9}$ has a vertical asymptote at $x = c$. Find $c$.",
    # no asymptote to add up
    r"What is the sum of the vertical asymptotes of $y = \frac{x + 4}{x^2 + 2}$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_undefined_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
