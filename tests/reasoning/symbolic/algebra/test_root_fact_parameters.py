"""A letter in a quadratic's coefficients fixed by a fact about its roots told in words
(algebra/root_fact_parameters.py): sums, products, sums of squares, cubes and reciprocals,
and the positive difference, equal to a number or to one another. Our own problems; values
by Vieta's formulas by hand, each checked on the roots in a comment."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 5x + 6: roots 2 and 3
    (r"Find $k$ such that the sum of the roots of $x^2 - kx + 6 = 0$ is $5$.", "5"),
    # k/2 = 4 (complex roots; their product is still 4)
    (r"For what value of $k$ is the product of the roots of $2x^2 + 3x + k = 0$ equal to $4$?",
     "8"),
    # k^2 - 6 = 10
    (r"Find all values of $k$ for which the sum of the squares of the roots of "
     r"$x^2 + kx + 3 = 0$ is $10$.", "-4, 4"),
    # 49 - 4c = 9: roots 2 and 5
    (r"The positive difference between the roots of $x^2 - 7x + c = 0$ is $3$. Find $c$.", "10"),
    # 4 - 2m = 20: roots 1 +- 3
    (r"The sum of the squares of the solutions of $x^2 - 2x + m = 0$ is $20$. What is $m$?",
     "-8"),
    # -a/5 = 2
    (r"Find the value of $a$ so that the sum of the reciprocals of the roots of "
     r"$x^2 + ax + 5 = 0$ is $2$.", "-10"),
    # 4 - 4k = k^2 with k >= 0
    (r"Find all values of $k$ for which the positive difference between the solutions of "
     r"$x^2 + 2x + k = 0$ equals the product of these solutions.", r"-2 + 2\sqrt{2}"),
    # 27 - 9q = 9: roots 1 and 2
    (r"The sum of the cubes of the roots of $x^2 - 3x + q = 0$ is $9$. Find $q$.", "2"),
    # t^2 - 2(t + 1) = 7: t = 1 +- sqrt(10), sum 2
    (r"What is the sum of all values of $t$ for which the sum of the squares of the zeros of "
     r"$x^2 - tx + t + 1 = 0$ equals $7$?", "2"),
    (r"Find the greatest value of $m$ such that the product of the solutions of "
     r"$x^2 + 4x + m^2 = 0$ is $9$.", "3"),
    # 6/p = 3
    (r"For which $p$ does the sum of the roots of the quadratic $px^2 - 6x + 2 = 0$ equal $3$?",
     "2"),
    ("Find k if the product of the roots of 3x^2 - 5x + k = 0 is 2.", "6"),
    # (4 - 12k)/9 = ((4 - 6k)/9)^2: 9k^2 + 15k - 5 = 0, both sides positive at both roots
    (r"Find every value of $k$ for which the sum of the squares of the roots of "
     r"$3x^2 + 2x + k = 0$ is equal to the positive difference of these roots. Enter all "
     r"possible values of $k$, separated by commas.",
     r"\frac{-5 - 3\sqrt{5}}{6}, \frac{-5 + 3\sqrt{5}}{6}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_letter_from_a_root_fact(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # c = 4 gives a double root: "the roots" would count it twice
    r"Find $c$ such that the product of the roots of $x^2 - 4x + c = 0$ is $4$.",
    # two letters, one fact
    r"Find $k$ such that the sum of the roots of $x^2 - kx + m = 0$ is $5$.",
    # a positive difference cannot be negative
    r"The positive difference between the roots of $x^2 - 7x + c = 0$ is $-3$. Find $c$.",
    # a cubic, not a quadratic
    r"Find $k$ such that the sum of the roots of $x^3 - kx^2 + 6 = 0$ is $5$.",
    # words the reader does not know
    r"Find $k$ such that the mean of the roots of $x^2 - kx + 6 = 0$ is $5$.",
    r"Find $k$ such that the sum of the roots of $x^2 - kx + 6 = 0$ is $5$ more than their "
    r"product.",
    # two values (k = 4 and k = -4) and the question asks for one
    r"Find $k$ such that the sum of the squares of the roots of $x^2 + kx + 3 = 0$ is $10$.",
])
def test_unclear_or_unmet_root_facts_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
