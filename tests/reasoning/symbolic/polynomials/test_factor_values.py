"""A polynomial written as a product of named factors, asked about the factors' values or
their number (`polynomials.factor_values`). Our own problems; factorizations by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x^4 - 18x^2 + 1 = (x^2 - 4x - 1)(x^2 + 4x - 1): -5 + 11
    ("Let \\[x^4 - 18x^2 + 1 = p(x) q(x),\\] where $p(x)$ and $q(x)$ are monic, non-constant "
     "polynomials with integer coefficients.  Find $p(2) + q(2).$", "6"),
    # x^4 + 4 = (x^2 + 2x + 2)(x^2 - 2x + 2): 5 * 1
    ("Let \\[x^4 + 4 = p(x) q(x),\\] where $p(x)$ and $q(x)$ are monic, non-constant "
     "polynomials with integer coefficients. Find $p(1) q(1)$.", "5"),
    # x^5 - x = x (x - 1)(x + 1)(x^2 + 1): at 2, 2 + 1 + 3 + 5
    ("Let \\[x^5 - x = p_1(x) p_2(x) \\dotsm p_k(x),\\] where each non-constant polynomial "
     "$p_i(x)$ is monic with integer coefficients, and cannot be factored further over the "
     "integers.  Compute $p_1(2) + p_2(2) + \\dots + p_k(2).$", "11"),
    ("Let \\[x^5 - x = p_1(x) p_2(x) \\dotsm p_k(x),\\] where each non-constant polynomial "
     "$p_i(x)$ is monic with integer coefficients, and cannot be factored further over the "
     "integers.  Find the value of $k$.", "4"),
    # values at a fraction, whose braces must be kept: 10/3 + 7/3 + 13/3 + 109/9
    ("Let \\[x^5 - x = p_1(x) p_2(x) \\dotsm p_k(x),\\] where each non-constant polynomial "
     "$p_i(x)$ is monic with integer coefficients, and cannot be factored further over the "
     "integers.  Compute $p_1(\\frac{10}{3}) + p_2(\\frac{10}{3}) + \\dots + "
     "p_k(\\frac{10}{3}).$", "\\frac{199}{9}"),
    ("Let \\[x^4 + 4 = p(x) q(x),\\] where $p(x)$ and $q(x)$ are monic, non-constant "
     "polynomials with integer coefficients. Find $p(\\frac{10}{3}) + q(\\frac{10}{3})$.",
     "\\frac{236}{9}"),
    # x^6 - 1 over the reals: roots 1, -1 and two pairs of non-real roots
    ("The polynomial $x^6 - 1$ is factored as \\[x^6 - 1 = p_1(x) p_2(x) \\dotsm p_k(x),\\] "
     "where each factor $p_i(x)$ is a non-constant polynomial with real coefficients.  Find "
     "the largest possible value of $k.$", "4"),
    # 2(x - 1)(x^2 + x + 1)
    ("The polynomial $2x^3 - 2$ is factored as \\[2x^3 - 2 = q_1(x) q_2(x) \\dotsm q_n(x),\\] "
     "where each $q_i(x)$ is a non-constant polynomial with real coefficients.  Find the "
     "largest possible value of $n.$", "2"),
    # x^4 + 1 is irreducible over the integers
    ("The polynomial $x^4 + 1$ is factored as \\[x^4 + 1 = p_1(x) p_2(x) \\dotsm p_k(x),\\] "
     "where each factor $p_i(x)$ is a non-constant polynomial with integer coefficients.  "
     "Find the largest possible value of $k.$", "1"),
])
def test_factor_questions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # (x - 1)(x + 1)(x^2 + 1) shared two ways gives 4 or 2
    "Let \\[x^4 - 1 = p(x) q(x),\\] where $p(x)$ and $q(x)$ are monic, non-constant "
    "polynomials with integer coefficients. Find $p(1) + q(1)$.",
    # constant factors allowed: any number of factors 1
    "Let \\[x^4 - 5x^2 + 4 = p_1(x) p_2(x) \\dotsm p_k(x),\\] where each polynomial $p_i(x)$ "
    "is monic with integer coefficients. Compute $p_1(0) + p_2(0) + \\dots + p_k(0).$",
    # not monic: no monic factorization of 2x^2 - 2
    "Let \\[2x^2 - 2 = p(x) q(x),\\] where $p(x)$ and $q(x)$ are monic, non-constant "
    "polynomials with integer coefficients. Find $p(3) + q(3)$.",
    # without irreducible factors the number of factors is not fixed
    "Let \\[x^5 - x = p_1(x) p_2(x) \\dotsm p_k(x),\\] where each non-constant polynomial "
    "$p_i(x)$ is monic with integer coefficients.  Find the value of $k$.",
])
def test_unsettled_factor_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
