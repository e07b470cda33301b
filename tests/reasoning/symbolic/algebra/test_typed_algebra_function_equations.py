"""An equation in calls of functions given by formulas, solved for its unknown under a
condition that leaves one solution (our own problems, answers worked out by hand); no
solution or two left, or a sign said of something else, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (2b + 1)^2 = 9: b = 1 or -2
    (r"Let $p(x) = x^2 - 3$ and $q(x) = 2x + 1$. If $b < 0$ and $p(q(b)) = 6$, what is $b$?",
     "-2"),
    # (a^2 - 4)^2 = 0: a = 2 or -2
    (r"Let $f(x) = x^2 + 8$ and $g(x) = x^2 - 4$. Find the positive value of $a$ with "
     r"$f(g(a)) = 8$.", "2"),
    # (s - 2)^2 = 4: s = 4 or 0
    (r"Given $h(x) = x^2 + 1$ and $k(x) = x - 2$, find $s$ if $s > 3$ and $h(k(s)) = 5$.",
     "4"),
    # 3(w^2) - 1 = 11: w = 2 or -2
    (r"Suppose $m(x) = 3x - 1$ and $n(x) = x^2$. Determine the negative solution of "
     r"$m(n(w)) = 11$.", "-2"),
]

DECLINED = [
    # both solutions are below 5
    r"Let $f(x) = x^2 + 8$ and $g(x) = x^2 - 4$. If $a > 5$ and $f(g(a)) = 8$, what is $a$?",
    # both 1 and -2 are below 2
    r"Let $p(x) = x^2 - 3$ and $q(x) = 2x + 1$. If $b < 2$ and $p(q(b)) = 6$, what is $b$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_function_equations_with_a_condition(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_function_equation_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
