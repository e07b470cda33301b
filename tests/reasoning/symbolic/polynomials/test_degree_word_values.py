"""A polynomial named by its degree word alone ('a monic quadratic', 'a linear function',
'a quadratic function ... satisfies') from its values (our own problems, worked by hand);
too few values decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 + bx + c: 1 + b + c = 3, 9 + 3b + c = 5: b = -3, c = 5; p(4) = 16 - 12 + 5
    (r"Let $p(x)$ be a monic quadratic with $p(1) = 3$ and $p(3) = 5$. Find $p(4)$.", "9"),
    # slope (13 - 4)/3 = 3: f(x) = 3x - 2, f(7) = 19
    (r"Let $f(x)$ be a linear function with $f(2) = 4$ and $f(5) = 13$. Find $f(7)$.", "19"),
    # q = ax^2 + bx + 3: a + b = 2, a - b = 4: a = 3, b = -1; q(2) = 12 - 2 + 3
    (r"A quadratic function $q(x)$ satisfies $q(0) = 3$, $q(1) = 5$, and $q(-1) = 7$. "
     r"Find $q(2)$.", "13"),
    # (x-1)(x-2)(x-3)(x-4) + 2x: at 5, 24 + 10
    (r"Let $h(x)$ be a monic quartic with $h(1) = 2$, $h(2) = 4$, $h(3) = 6$, and "
     r"$h(4) = 8$. Find $h(5)$.", "34"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_degree_word_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not monic: two values leave a coefficient free
    r"Let $p(x)$ be a quadratic with $p(1) = 3$ and $p(3) = 5$. Find $p(4)$.",
    # no degree at all
    r"Let $p(x)$ be a function with $p(1) = 3$ and $p(3) = 5$. Find $p(4)$.",
    # a cubic needs four values
    r"Let $g(x)$ be a cubic such that $g(0) = 1$, $g(1) = 2$, $g(2) = 5$. Find $g(3)$.",
])
def test_too_few_values_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
