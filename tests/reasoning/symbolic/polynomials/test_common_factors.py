"""The greatest common factor and least common multiple of monomials and polynomials
(`polynomials.common_factors`), in wordings of our own; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the GCF of 20x^4 and 30x^2?", "10x^2"),
    (r"Find the greatest common factor of $9m^3n$ and $15m^2n^2$.", "3m^2n"),
    ("Find the GCF of 6x^2 - 9x and 12x.", "3x"),
    ("What is the LCM of 6y^2 and 8y^5?", "24y^5"),
    # (x - 3)(x + 3) and (x - 3)^2
    ("Find the greatest common factor of x^2 - 9 and x^2 - 6x + 9.", "x - 3"),
    # numbers still go to the integer gcd
    ("What is the GCF of 42 and 56?", "14"),
])
def test_common_factors(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What is the GCF of 2x^2 + y and 4xy?",  # polynomials in two letters
    "What is the GCF of 0.5x and 2x?",  # a coefficient that is not whole
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
