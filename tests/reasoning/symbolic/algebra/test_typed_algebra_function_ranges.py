"""The range of a function of one variable, asked in several wordings, and near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # a fraction of two lines: every value but the ratio of the leading coefficients
        (r"The function $g$ is defined by $g(x) = \frac{5x + 2}{x - 1}$. State its range.",
         r"(-\infty, 5) \cup (5, \infty)"),
        (r"Let $y = \frac{1 - 4t}{2t + 3}$ for every real $t$ where it is defined. Give the "
         r"range of this function.", r"(-\infty, -2) \cup (-2, \infty)"),
        # a cancelled factor leaves a hole: (x - 1)(x + 4)/(x - 1) misses x + 4 = 5
        (r"Let $h(x) = \frac{x^2 + 3x - 4}{x - 1}$. Determine the range of $h(x)$, writing "
         r"your answer in interval notation.", r"(-\infty, 5) \cup (5, \infty)"),
        # an even power below: only positive values
        (r"Over the real numbers, $k(x) = 3/(x + 5)^2$ is defined. Which is its range?",
         r"(0, \infty)"),
        # a parabola, a square root, a semicircle
        (r"Find the range of the function $f(x) = 2x^2 - 12x + 7$.", r"[-11, \infty)"),
        (r"What is the range of the function $p(u) = 3 - \sqrt{u + 4}$? (Give your answer in "
         r"interval notation.)", r"(-\infty, 3]"),
        (r"Find the range of $q(x) = \sqrt{16 - x^2}$.", "[0, 4]"),
        # the function named in one sentence, asked about in the next
        (r"Let $m(x) = |2x - 6| + 1$. What is the range of $m$?", r"[1, \infty)"),
        (r"Let $f(x) = \frac{2x}{x^2 + 4}$. Find the range of $f(x)$.",
         r"\left[-\frac{1}{2}, \frac{1}{2}\right]"),
        # a flat middle part: |x - 1| + |x + 5| is 6 between -5 and 1
        (r"Find the range of the function $v(x) = |x - 1| + |x + 5|$.", r"[6, \infty)"),
        # on a stated interval
        (r"Find the range of $w(x) = x^2 + 2x$ for $-3 \le x \le 2$.", "[-1, 8]"),
        (r"What is the range of the function $f(x) = x^3 - 12x$ on the interval $[0, 5]$?",
         "[-16, 65]"),
        # both sides of a pole, one with a turning point
        (r"Let $r$ be the function with $r(x) = \frac{x^2 + 4}{x^2 - 4}$; what is its range?",
         r"(-\infty, -1] \cup (1, \infty)"),
    ],
)
def test_ranges(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"What is the range of $f(x) = ax^2 + 1$?",  # a letter besides the variable
        r"Find the domain and range of $f(x) = \sqrt{x + 2}$.",  # two questions
        r"Find the range of $f(x) = x^2$ for integer values of $x$.",  # only integers
        r"What is the range of $f(x) = 2^x + 1$?",  # an exponential: not read here
        r"Find the range of values of $t$ for which $t^2 < 9$.",  # not a function's range
        r"Let $f(x) = x^2 - 1$. What is the range of $g$?",  # another function's range
    ],
)
def test_range_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
