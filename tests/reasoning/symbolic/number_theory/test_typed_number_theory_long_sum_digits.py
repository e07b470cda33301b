"""The last digits of a long written-out sum or product too large to write out
(`integer_questions`): worked modulo 10, 100 or 1000 term by term. Our own problems; each
answer found again here with Python's three-argument pow."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


def _last(terms: list[int], m: int) -> str:
    return str(sum(terms) % m)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Give the final digit of the sum $5^{1203} + 6^{1203} + \cdots + 1500^{1203}$.",
     _last([pow(k, 1203, 10) for k in range(5, 1501)], 10)),
    (r"What are the last two digits of $1^{1000} + 2^{1000} + \cdots + 300^{1000}$?",
     _last([pow(k, 1000, 100) for k in range(1, 301)], 100)),
    (r"Find the units digit of $2^{500} + 4^{500} + 6^{500} + \cdots + 400^{500}$.",
     _last([pow(2 * k, 500, 10) for k in range(1, 201)], 10)),
    (r"Determine the last three digits of the sum $3^{777} + 3^{778} + \cdots + 3^{1200}$.",
     _last([pow(3, k, 1000) for k in range(777, 1201)], 1000)),
    (r"Compute the units digit of $7^{333} \times 8^{333} \times \cdots \times 60^{333}$.",
     str(__import__("math").prod(pow(k, 333, 10) for k in range(7, 61)) % 10)),
])
def test_last_digits_of_long_sums(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
