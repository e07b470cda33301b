"""Functions defined piece by piece (`algebra.piecewise`): values, equations and the constant
that makes the function continuous, in several phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_CASES = r"""\[h(x) =
\begin{cases}
3x - 1 &\text{if } x < 2, \\
10 - x^2 &\text{if } x \ge 2.
\end{cases}
\]"""
_ARRAY = r"""\[g(t) = \left\{
\begin{array}{cl}
t + 4 & \text{ if } t \le -1, \\
t^2 & \text{ if } t > -1.
\end{array}
\right.\]"""
_OTHERWISE = r"""\[q(x) =
\begin{cases}
2x &\quad \text{if } x > 5, \\
x - 3 &\quad \text{otherwise}.
\end{cases}
\]"""

SOLVED = [
    ("Let " + _CASES + " Find $h(1)$.", "2"),  # 3 - 1
    ("Let " + _CASES + " What is $h(3)$?", "1"),  # 10 - 9
    ("Consider " + _ARRAY + " Compute $g(g(-3))$.", "1"),  # g(-3) = 1, g(1) = 1
    ("If " + _OTHERWISE + " then what is $q(q(q(4)))$?", "-5"),  # 1, -2, -5
    ("Let " + _ARRAY + " Evaluate $g(-2) + g(2)$.", "6"),  # 2 + 4
    # equations: 3x - 1 = 5 -> x = 2 is not < 2; 10 - x^2 = 5 -> x = sqrt5 (>= 2)
    ("Let " + _CASES + r" If $h(x) = 5$, find $x$.", r"\sqrt{5}"),
    # g(t) = 4: t = 0 is not <= -1; t^2 = 4 -> t = 2 (t = -2 is not > -1)
    ("Let " + _ARRAY + r" Find the sum of all values of $t$ such that $g(t) = 4$.", "2"),
    # q(x) = 12: x = 6 (> 5) or x = 15 (not <= 5): only 6
    ("Let " + _OTHERWISE + r" Find all $x$ for which $q(x) + q(0) = 9$.", "6"),
    # continuity at 1: 1 + c = 4 - 1 -> c = 2
    (r"""Let \[f(x) =
\begin{cases}
x^2 + c &\text{if } x \le 1, \\
4 - x &\text{if } x > 1.
\end{cases}
\]Find $c$ if the graph of $y = f(x)$ is continuous.""", "2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_piecewise_values_equations_and_continuity(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the pieces overlap at 2
    r"""Let \[f(x) = \begin{cases} x &\text{if } x \le 2, \\ 5 &\text{if } x \ge 2.
\end{cases}\] Find $f(2)$.""",
    # no piece holds at 2
    r"""Let \[f(x) = \begin{cases} x &\text{if } x < 2, \\ 5 &\text{if } x > 2.
\end{cases}\] Find $f(2)$.""",
    # conditions in words
    r"""Let \[f(n) = \begin{cases} n/2 &\text{if } n \text{ is even}, \\ 3n + 1 &\text{if } n
\text{ is odd}. \end{cases}\] Find $f(5)$.""",
    # a word the reader does not know
    "Let " + _CASES + " Find the largest $x$ with $h(x) = 0$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsafe_piecewise_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
