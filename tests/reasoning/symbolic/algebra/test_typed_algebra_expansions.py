"""Polynomials written out in standard form, and what the expanded form shows
(`algebra.expansions`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"Expand and simplify $-5(2y + 7)$.", "-10y - 35"),
    (r"Expand the product ${(y - 3)(y + 4)}$.", "y^2 + y - 12"),
    (r"Combine like terms in $(3s^3 - s + 1) - (s^3 + 2s^2 - 4)$. Give the result in "
     r"decreasing order of degree.", "2s^3 - 2s^2 - s + 5"),
    (r"Simplify: $x(2x^2 + 1) - 3(x^2 - 4)$. Express your answer in the form "
     r"$Ax^3 + Bx^2 + Cx + D$, where $A$, $B$, $C$, and $D$ are numbers.",
     "2x^3 - 3x^2 + x + 12"),
    # coefficients: (2x^2 - x + 3)(x^2 + 4x - 2): x^2 terms -4 - 4 + 3 = -5
    (r"What is the coefficient of $x^2$ in the expanded form of "
     r"$(2x^2 - x + 3)(x^2 + 4x - 2)$?", "-5"),
    (r"What is the coefficient of $x^3$ when $2(x^3 - x) - 5(x^2 + 3x^3) + x^4$ is "
     r"simplified?", "-13"),
    (r"After like terms are combined, find the coefficient of $y$ when $3y - 1$ is "
     r"multiplied by $y^2 - 2y + 4$.", "14"),  # 3y * 4 + -1 * -2y
    (r"Give the constant term of the product $(x^2 - 4)(x^3 + x + 6)$.", "-24"),
    (r"Find the leading coefficient of the simplified form of "
     r"$3(x^4 - x) - 4(x^4 + 2) + x^3$.", "-1"),  # 3 - 4
    # -3 + 4
    (r"Find the sum of the coefficients in the polynomial $3(x^4 - 2x) + 2(x^2 + 1)$.", "1"),
    (r"What is the degree of the polynomial $(x^3 + 1)(2x^5 - x) - 2x^8$?", "5"),  # 2x^5 - x^4 - x
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_expansions_and_coefficients(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a form of lower degree than the expression
    r"Simplify $y^4 + y(y - 2)$. Write your answer in the form $py^2 + qy + r$, where $p$, $q$ "
    r"and $r$ are integers.",
    # not a polynomial
    r"Find the constant term in the expansion of $(x + \frac{1}{x})^4 + \sqrt{x}$.",
    # a word the reader does not know changes what is asked
    r"Add up the squares of all coefficients of $(y - 3)^2$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsafe_expansion_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
