"""Polynomials written out in standard form, and what the expanded form shows
(`algebra.expansions`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"Expand the following expression: $4(3x - 2)$", "12x - 8"),
    (r"Expand the product ${(y - 3)(y + 4)}$.", "y^2 + y - 12"),
    (r"Simplify $(2t^3 - t + 5) - (t^3 + 4t^2 - 3t)$. Express your answer as a polynomial "
     r"with the terms in order by decreasing degree.", "t^3 - 4t^2 + 2t + 5"),
    (r"Simplify: $x(2x^2 + 1) - 3(x^2 - 4)$. Express your answer in the form "
     r"$Ax^3 + Bx^2 + Cx + D$, where $A$, $B$, $C$, and $D$ are numbers.",
     "2x^3 - 3x^2 + x + 12"),
    # coefficients: (x^2 + 2x - 1)(3x^2 - x + 4): x^2 terms 4 - 2 - 3 = -1
    (r"Find the coefficient of the $x^2$ term in the expansion of the product "
     r"$(x^2 + 2x - 1)(3x^2 - x + 4)$.", "-1"),
    (r"What is the coefficient of $x^3$ when $2(x^3 - x) - 5(x^2 + 3x^3) + x^4$ is "
     r"simplified?", "-13"),
    (r"What is the coefficient of $x$ when $x^2 + 3x - 2$ is multiplied by $2x - 5$ and the "
     r"like terms are combined?", "-19"),  # 3x * -5 + -2 * 2x
    (r"What is the constant term in the expansion of $(x^3 + 2x - 3)(x^2 + 5)$?", "-15"),
    (r"Find the leading coefficient in the polynomial $2(x^3 + x) - 5(x^3 - 1) + x^2$ after "
     r"it is simplified.", "-3"),
    # -3 + 4
    (r"Find the sum of the coefficients in the polynomial $3(x^4 - 2x) + 2(x^2 + 1)$.", "1"),
    (r"What is the degree of the polynomial $(x^3 + 1)(2x^5 - x) - 2x^8$?", "5"),  # 2x^5 - x^4 - x
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_expansions_and_coefficients(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a form of lower degree than the expression
    r"Simplify $x^3 + x(x + 1)$. Express your answer in the form $ax^2 + bx + c$, where $a$, "
    r"$b$, and $c$ are numbers.",
    # not a polynomial
    r"Find the constant term in the expansion of $(x + \frac{1}{x})^4 + \sqrt{x}$.",
    # a word the reader does not know changes what is asked
    r"Find the sum of the squares of the coefficients of $(x + 2)^2$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsafe_expansion_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
