"""How many terms of a listed arithmetic or geometric sequence add up to a stated sum
(`algebra.partial_sum_counts`). Our own problems; each count found again here by adding
terms with exact fractions."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _count(first: Fraction, step: Fraction, total: Fraction, geometric: bool) -> str:
    n, running, term = 0, Fraction(0), first
    while running < total:
        running, n = running + term, n + 1
        term = term * step if geometric else term + step
    assert running == total
    return str(n)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"The sum of the first $n$ terms in the geometric sequence $\left\{3, 1, \frac13, "
     r"\dots \right\}$ is $\frac{121}{27}$. Find $n$.",
     _count(Fraction(3), Fraction(1, 3), Fraction(121, 27), True)),
    (r"The sum of the first $k$ terms of the infinite geometric sequence $\{\frac{2}{5}, "
     r"\frac{2}{25}, \frac{2}{125}, \ldots\}$ is $\frac{312}{625}$. What is $k$?",
     _count(Fraction(2, 5), Fraction(1, 5), Fraction(312, 625), True)),
    ("The sum of the first $m$ terms of the geometric progression $5, 10, 20, \\dots$ is "
     "$315$. Determine $m$.", _count(Fraction(5), Fraction(2), Fraction(315), True)),
    ("How many terms of the arithmetic sequence $2, 5, 8, \\dots$ must be added to get a sum "
     "of $126$?", _count(Fraction(2), Fraction(3), Fraction(126), False)),
])
def test_terms_needed_for_a_sum(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no count of terms gives 100 (2 + 4 + ... passes it)
    "The sum of the first $k$ terms of the geometric sequence $2, 4, 8, \\dots$ is $100$. "
    "Find $k$.",
    # a negative ratio: the running sums go up and down
    "The sum of the first $k$ terms of the geometric sequence $2, -4, 8, \\dots$ is $-42$. "
    "Find $k$.",
    # the listed terms are not geometric
    "The sum of the first $n$ terms in the geometric sequence $\\{1, 2, 5, \\dots\\}$ is "
    "$8$. Find $n$.",
    # a different letter is asked
    "The sum of the first $n$ terms of the geometric sequence $1, 2, 4, \\dots$ is $15$. "
    "Find $m$.",
])
def test_unsettled_sum_counts_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
