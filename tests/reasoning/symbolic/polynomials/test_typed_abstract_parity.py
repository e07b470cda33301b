"""Even, odd or neither for expressions in functions known only to be odd or even (our own
problems; the answers by the sign rules: odd of odd is odd, anything of even is even, a
product of two odd functions is even, a constant added to an odd one makes neither)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"Suppose $h$ is an odd function. Is $h(h(x))$ even, odd, or neither?", "odd"),
    (r"Let $p(x)$ be even and let $q(x)$ be odd. Is $q(p(x))$ even, odd, or neither?",
     "even"),
    (r"If $u$ and $v$ are odd functions, is $u(x) v(x^3)$ an even function, odd function, "
     r"or neither?", "even"),
    (r"Suppose $k$ is odd. Then is $3 + k(k(x))$ even, odd or neither?", "neither"),
    (r"Given that $w$ is odd, is $|w(x^5)|$ even, odd, or neither?", "even"),
    (r"Let $s(x)$ be an odd function. Is $x^2 s(x)$ even, odd, or neither?", "odd"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_parity_of_expressions_in_odd_and_even_functions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a function told nothing about
    r"Let $h$ be an odd function. Is $h(g(x))$ even, odd, or neither?",
    # another letter in the expression
    r"Let $h$ be an odd function. Is $h(x + c)$ even, odd, or neither?",
    # odd and even at once
    r"Let $h$ be an odd function and let $h$ be an even function. Is $h(x)$ even, odd, or "
    r"neither?",
    # a different question about the function
    r"Let $h$ be an odd function with $h(2) = 5$. Is $h(h(x))$ even, odd, or neither?",
])
def test_parity_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
