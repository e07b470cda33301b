"""A function known through its value at an inner expression, asked as a formula
(`polynomials/composed_arguments`). Our own problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x^2 = t - 2: f(t) = (t - 2)^2 + 5(t - 2) + 1 = t^2 + t - 5
    ("Let $f(x)$ be a polynomial such that $f(x^2 + 2) = x^4 + 5x^2 + 1.$ Find $f(x^2 - 2).$",
     "x^4 - 3x^2 - 3"),
    # f(t) = (t - 1)^2 + 3(t - 1)
    ("Let $f(x)$ be a polynomial such that $f(x + 1) = x^2 + 3x.$ Find $f(x).$", "x^2 + x - 2"),
    # a degree-one inner expression fixes any function: x = (t + 1)/2
    ("Suppose $g(2x - 1) = 4x^2 + 2$ for all real $x$. Find $g(x)$.", "x^2 + 2x + 3"),
    ("If $h(3x) = 9x^2 - 6x$ for all $x$, what is $h(x)$?", "x^2 - 2x"),
    (r"If $f(\frac{x}{2} + 1) = \frac{1}{x}$, find $f(x)$.", r"\frac{1}{2x - 2}"),
    # p(t) = t^2 - 2t at t = x + 1
    ("The polynomial $p$ satisfies $p(x^3) = x^6 - 2x^3$. What is $p(x + 1)$?", "x^2 - 1"),
    # q(t) = t^2 + 3t + 2 at x - 1
    ("Let $q(x)$ be a polynomial such that $q(x^2) = x^4 + 3x^2 + 2$ for all real $x$. Find "
     "$q(x - 1)$.", "x^2 + x"),
    # x^4 + 2x^3 + 3x^2 + 2x = (x^2 + x)^2 + 2(x^2 + x)
    ("Let $f(x)$ be a polynomial such that $f(x^2 + x) = x^4 + 2x^3 + 3x^2 + 2x.$ Find $f(x).$",
     "x^2 + 2x"),
    # a number asked: f(t) = t^2 + 2t - 3 at 3
    ("Let $f(x)$ be a polynomial such that $f(x^2 + 1) = x^4 + 4x^2.$ Find $f(3).$", "12"),
    # in another letter: r(t) = (t - 3)^2 - 1 at 2s
    ("Let $r(s)$ be a polynomial such that $r(s + 3) = s^2 - 1$. Find $r(2s)$.",
     "4s^2 - 12s + 8"),
])
def test_function_from_an_inner_expression(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an odd power of x is no polynomial in x^2 + 1
    "Let $f(x)$ be a polynomial such that $f(x^2 + 1) = x^3 + 1.$ Find $f(x).$",
    # not said to be a polynomial: f(x) for x < 0 is not fixed by f(x^2)
    "Let $f$ be a function such that $f(x^2) = x^4 + 1$ for all real $x$. Find $f(x)$.",
    # another function asked
    "Let $f(x)$ be a polynomial such that $f(x^2 + 1) = x^4 + 4x^2.$ Find $g(x).$",
    # a second condition the reader does not take in
    "Let $f(x)$ be a polynomial such that $f(x^2 + 1) = x^4 + 4x^2$ and $f(0) = 2$. Find $f(x).$",
    # the degree of the right side is not a multiple of the inner degree
    "Let $f(x)$ be a polynomial such that $f(x^3) = x^4 + 1.$ Find $f(x - 1).$",
    # a letter in the inner expression that nothing fixes
    "Suppose $g(ax + 1) = x^2$ for all real $x$. Find $g(x)$.",
    # a word the reader does not know
    "Let $f(x)$ be a polynomial such that $f(x + 1) = x^2 + 3x.$ Find the roots of $f(x).$",
])
def test_function_from_an_inner_expression_declines_when_unsure(problem: str) -> None:
    assert solve_now(problem).answer is None
