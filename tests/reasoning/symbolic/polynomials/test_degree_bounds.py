"""The degrees a polynomial can have, told by a division or a horizontal asymptote
(`polynomials.degree_bounds`). Our own polynomials, degrees by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a remainder has a lower degree than the divisor (degree 3 here)
    ("When a polynomial is divided by $6x^3 + 2x - 1,$ what are the possible degrees of the "
     "remainder? Enter all the possible values, separated by commas.", "0, 1, 2"),
    # the question first, casual, degree 2
    ("what are the possible degrees of the remainder when a polynomial is divided by "
     "x^2 - 7x + 3", "0, 1"),
    # 'what degree can the remainder have', unicode, degree 4
    ("If a polynomial is divided by x⁴ + 5x − 2, what degrees can the remainder have?",
     "0, 1, 2, 3"),
    # a linear divisor: only a constant remainder
    ("When a polynomial is divided by $4x - 9$, what are the possible degrees of the "
     "remainder?", "0"),
    # a horizontal asymptote: the top's degree at most the bottom's (5)
    ("The graph of the rational function $\\frac{p(x)}{2x^5 - x^3 + 8}$ has a horizontal "
     "asymptote. What is the largest possible degree of $p(x)$?", "5"),
    # the bottom's degree at least the top's (3); \dfrac
    ("The graph of the rational function $\\dfrac{x^3 + 6x - 2}{q(x)}$ has a horizontal "
     "asymptote. What is the smallest possible degree of $q(x)$?", "3"),
    # written with a slash, casual
    ("the graph of p(x)/(3x^2 + 1) has a horizontal asymptote. whats the largest possible "
     "degree of p(x)", "2"),
    # the question first, a named function
    ("What is the smallest possible degree of $d(x)$ if the graph of $f(x) = "
     "\\frac{7x^4 - 3}{d(x)}$ has a horizontal asymptote?", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_degree_bounds(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a constant divisor: no remainder degree to speak of
    "When a polynomial is divided by $-3$, what are the possible degrees of the remainder?",
    # a letter in the divisor
    "When a polynomial is divided by $x^3 + bx - 1$, what are the possible degrees of the "
    "remainder?",
    # the quotient, not the remainder
    "When a polynomial is divided by $x^2 + 1$, what are the possible degrees of the quotient?",
    # the smallest top: no bound worth asking (this reader leaves it)
    "The graph of the rational function $\\frac{p(x)}{2x^5 - x^3 + 8}$ has a horizontal "
    "asymptote. What is the smallest possible degree of $p(x)$?",
    # the largest bottom: no bound
    "The graph of the rational function $\\frac{x^3 + 6x - 2}{q(x)}$ has a horizontal "
    "asymptote. What is the largest possible degree of $q(x)$?",
    # a slant asymptote is another question
    "The graph of the rational function $\\frac{p(x)}{2x^5 - x^3 + 8}$ has a slant "
    "asymptote. What is the largest possible degree of $p(x)$?",
    # an asymptote at y = 0 asks for a lower top: this reader leaves it
    "The graph of the rational function $\\frac{p(x)}{2x^5 - x^3 + 8}$ has a horizontal "
    "asymptote at $y = 0$. What is the largest possible degree of $p(x)$?",
    # the degree of a polynomial the fraction does not name
    "The graph of the rational function $\\frac{p(x)}{2x^5 - x^3 + 8}$ has a horizontal "
    "asymptote. What is the largest possible degree of $q(x)$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_degree_bounds_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
