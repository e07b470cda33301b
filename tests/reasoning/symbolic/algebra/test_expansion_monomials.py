"""Coefficients of monomials in two or more letters, and constant terms or coefficients of a
binomial's power with the letter in a denominator (algebra/expansions.py). Our own
problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(6, 2) = 15
    ("What is the coefficient of $x^4y^2$ in $(x + y)^6$?", "15"),
    # C(5, 3) 3^2 (-1)^3 = 10 * 9 * (-1)
    ("Find the coefficient of $a^2b^3$ in the expansion of $(3a - b)^5$.", "-90"),
    # 4! / (1! 1! 2!) = 12, each factor 1
    ("What is the coefficient of $xy$ in $(x + y + 1)^4$?", "12"),
    # (x - 2/x)^6: C(6, k) x^(6-k) (-2/x)^k, 6 - 2k = 0 at k = 3: 20 * (-8)
    ("Find the constant term of $\\left(x - \\frac{2}{x}\\right)^6$.", "-160"),
    # (x^2 + 1/x)^6: 12 - 3k = 3 at k = 3: C(6, 3) = 20
    ("What is the coefficient of $x^3$ in $\\left(x^2 + \\frac{1}{x}\\right)^6$?", "20"),
    # "the term independent of x" is the constant term: (x - 2/x)^4 at k = 2: 6 * 4
    ("Find the term independent of $x$ in the expansion of $\\left(x - \\frac{2}{x}\\right)^4$.",
     "24"),
    ("What is the term independent of $x$ in $(x + 3)^4$?", "81"),
])
def test_expansion_monomials(problem, answer):
    assert_solved(problem, answer)


def test_a_letter_the_expression_does_not_have_is_declined():
    assert solve_now("What is the coefficient of $x^2z$ in $(x + y)^3$?").answer is None


def test_independent_of_another_letter_is_declined():
    assert solve_now("Find the term independent of $y$ in the expansion of $\\left(x^2 + "
                     "\\frac{1}{x}\\right)^6$.").answer is None


def test_a_letter_written_twice_is_declined():
    assert solve_now("What is the coefficient of $x^2x$ in $(x + y)^3$?").answer is None
