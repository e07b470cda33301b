"""The polynomials g with f(g(x)) a given polynomial, f known (`polynomials/inner_polynomials`).
Our own problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # g^2 = (3x - 2)^2
    ("Suppose $f(x) = x^2,$ and $g(x)$ is a polynomial such that $f(g(x)) = 9x^2 - 12x + 4$. "
     "Enter all possible polynomials $g(x),$ separated by commas.", "3x - 2, 2 - 3x"),
    # 2g + 3 = 6x^2 - 1
    ("Let $f(x) = 2x + 3$. Find the polynomial $g(x)$ such that $f(g(x)) = 6x^2 - 1$.",
     "3x^2 - 2"),
    # (g + 1)^2 = x^4
    ("Let $f(x) = x^2 + 2x$. Find all polynomials $g(x)$ such that $f(g(x)) = x^4 - 1$.",
     "x^2 - 1, -x^2 - 1"),
    # g^2 = (t^2 + 1)^2, in another letter
    ("Let $h(t) = t^2 - 1$. Find all polynomials $k(t)$ such that $h(k(t)) = t^4 + 2t^2$.",
     "t^2 + 1, -t^2 - 1"),
])
def test_inner_polynomials(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # g^2 = x^2 + 1 is no square of a polynomial
    "Let $f(x) = x^2 + 1$. Find all polynomials $g(x)$ such that $f(g(x)) = x^2 + 2$.",
    # "the polynomial" but two fit
    "Let $f(x) = x^2$. Find the polynomial $g(x)$ such that $f(g(x)) = 4x^2 + 4x + 1$.",
    # a cubic f is not read here
    "Let $f(x) = x^3$. Find all polynomials $g(x)$ such that $f(g(x)) = 8x^3$.",
    # a letter in f that nothing fixes
    "Let $f(x) = x^2 + c$. Find all polynomials $g(x)$ such that $f(g(x)) = x^2 + 2$.",
])
def test_inner_polynomials_decline_when_unsure(problem: str) -> None:
    assert solve_now(problem).answer is None
