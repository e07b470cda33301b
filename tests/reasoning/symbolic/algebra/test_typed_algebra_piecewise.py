"""Functions defined piece by piece (`algebra.piecewise`): values, equations and the constant
that makes the function continuous, in several phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_CASES = (r"\[k(x) = \begin{cases} 9 - x^2 & \text{for } x \ge 1, \\ 2x + 5 & \text{for } "
          r"x < 1. \end{cases}\]")
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
    ("Let " + _CASES + " Find $k(0)$.", "5"),  # 0 + 5
    ("Let " + _CASES + " What is $k(3)$?", "0"),  # 9 - 9
    ("Consider " + _ARRAY + " Compute $g(g(-3))$.", "1"),  # g(-3) = 1, g(1) = 1
    ("If " + _OTHERWISE + " then what is $q(q(q(4)))$?", "-5"),  # 1, -2, -5
    ("Let " + _ARRAY + " Evaluate $g(-2) + g(2)$.", "6"),  # 2 + 4
    # equations: 2x + 5 = 7 -> x = 1 is not < 1; 9 - x^2 = 7 -> x = sqrt2 (-sqrt2 is not >= 1)
    ("Let " + _CASES + r" If $k(x) = 7$, find $x$.", r"\sqrt{2}"),
    # g(t) = 4: t = 0 is not <= -1; t^2 = 4 -> t = 2 (t = -2 is not > -1)
    ("Let " + _ARRAY + r" Compute the sum of the solutions of $g(t) = 4$.", "2"),
    # q(x) = 12: x = 6 (> 5) or x = 15 (not <= 5): only 6
    ("Let " + _OTHERWISE + r" Find all $x$ for which $q(x) + q(0) = 9$.", "6"),
    # continuity at 2: 2a + 3 = 2^3 - 1 -> a = 2
    (r"Consider \[r(x) = \begin{cases} ax + 3 &\text{if } x < 2, \\ x^3 - 1 &\text{if } "
     r"x \ge 2. \end{cases}\] For which $a$ is the function $r$ continuous?", "2"),
    # 6 - 2 = 3 + 1: m = 6
    (r"Let $p(x) = \begin{cases} mx - 2 & \text{if } x \le 1, \\ 3x^2 + 1 & \text{if } x > 1."
     r" \end{cases}$ Find $m$ so that $p$ is continuous.", "6"),
    # counts: 9 - x^2 = 5 at x = 2 (not -2), 2x + 5 = 5 at x = 0
    ("Let " + _CASES + " How many values of $x$ satisfy $k(x) = 5$?", "2"),
    # t + 4 = -2 at t = -6; t^2 = -2 has no real solution
    ("Let " + _ARRAY + " How many values of $t$ satisfy $g(t) = -2$?", "1"),
    # inverse values: t^2 = 9 at t = 3 only (t > -1); t + 4 = -1 at t = -5 only
    ("Let " + _ARRAY + r" Compute $g^{-1}(9) + g^{-1}(-1)$.", "-2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_piecewise_values_equations_and_continuity(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the pieces overlap at 3, and disagree there (9 and 7)
    r"Suppose \[w(s) = \begin{cases} s^2 &\text{if } s \le 3, \\ 2s + 1 &\text{if } s \ge 3. "
    r"\end{cases}\] What is $w(3)$?",
    # no piece holds at 3
    r"Suppose \[w(s) = \begin{cases} s^2 &\text{if } s < 3, \\ 2s + 1 &\text{if } s > 3. "
    r"\end{cases}\] What is $w(3)$?",
    # conditions in words
    r"Define \[c(m) = \begin{cases} m + 7 &\text{if } m \text{ is prime}, \\ 2m &\text{if } "
    r"m \text{ is not prime}. \end{cases}\] Compute $c(5)$.",
    # a word the reader does not know
    "Let " + _CASES + " Find the largest $x$ with $k(x) = 0$.",
    # g sends both -3 and 1 to 1: no inverse value
    "Let " + _ARRAY + r" What is $g^{-1}(1)$?",
    # a count of only some of the solutions
    "Let " + _CASES + " How many positive values of $x$ satisfy $k(x) = 5$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsafe_piecewise_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
