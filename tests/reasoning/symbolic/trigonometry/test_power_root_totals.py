"""The sum or product of all the n-th roots of a number (trigonometry/power_root_totals.py).
Our own numbers and wordings; answers by Vieta, worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the sum of the 9th roots of unity.", "0"),
    # z^5 - 1: product (-1)^6 * 1
    ("What is the product of all the fifth roots of unity?", "1"),
    # z^4 - 1: product (-1)^5 * 1 (1, i, -1, -i)
    ("Compute the product of the fourth roots of unity.", "-1"),
    ("Find the product of the cube roots of unity.", "1"),
    # z^3 - 8i: product (-1)^4 * 8i
    ("Find the product of the solutions of $z^3 = 8i$.", "8i"),
    ("Compute the sum of the complex roots of $z^4 = -16$.", "0"),
    # z^6 - 64: product (-1)^7 * 64
    ("Find the product of all the complex solutions of $z^6 = 64$.", "-64"),
    # w^2 = 3 - 4i: roots 2 - i and -2 + i, product -(3 - 4i)
    ("What is the product of the roots of $w^2 = 3 - 4i$?", "-3 + 4i"),
])
def test_sums_and_products_of_all_the_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a real right side: real or complex roots?
    "Find the sum of all the roots of $z^5 = 32$.",
    # n = 1
    "Find the sum of the first roots of unity.",
    # not z^n = w
    "Find the product of the solutions of $z^3 + z = 8i$.",
    # only some of the roots
    "Find the sum of the 6th roots of unity that are real.",
    "Find the sum of the squares of the 6th roots of unity.",
])
def test_root_totals_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
