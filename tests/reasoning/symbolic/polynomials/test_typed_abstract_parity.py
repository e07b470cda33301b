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
    # nested calls, read without a LaTeX round trip of the growing stand-in (was > 20 s)
    (r"Let $q(x)$ be an odd function. Is $q(q(q(x)))$ even, odd, or neither? Enter "
     r'"odd", "even", or "neither".', "odd"),
    (r"Suppose $m$ is an even function. Is $m(m(m(x)))$ even, odd, or neither?", "even"),
    (r"Let $r$ be odd. Is $r(r(r(r(x))))$ even, odd, or neither?", "odd"),
    (r"Let $a(x)$ be odd and $b(x)$ be even. Is $a(b(a(x)))$ even, odd, or neither?", "even"),
    (r"Suppose $k$ is odd. Is $k(k(k(x))) + 2$ even, odd, or neither?", "neither"),
    # a function defined through the told ones, asked by its name; "odd, even" in either order
    (r"Let $f(x) = |c(x^5)|$. If $c$ is an odd function, is $f$ odd, even, or neither?",
     "even"),
    (r"Suppose $g$ is odd. Let $h(x) = g(x) + g(x^2)$. Is $h$ even, odd, or neither?",
     "neither"),
    (r"If $e$ is an even function and $j(x) = x e(x)$, is $j$ odd, even, or neither?", "odd"),
    (r"Let $u$ be odd. Is $v(x) = u(x^3) \cdot x$ an even function, odd function, or "
     r"neither?", "even"),
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
    # the name asked is not the one defined
    r"Let $f(x) = g(x) + 2$. If $g$ is an odd function, is $h$ odd, even, or neither?",
    # two functions defined: which one is asked is not the only question left
    r"Let $f(x) = g(x)^2$ and $k(x) = g(x) + 1$. If $g$ is odd, is $f$ odd, even, or neither?",
    # the defined function has another letter in it
    r"Let $f(x) = g(x) + c$. If $g$ is an odd function, is $f$ odd, even, or neither?",
])
def test_parity_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
