"""'Multiply' said of a product of brackets: the product expanded (our own problems, worked
by hand); 'multiply' said of anything else is not read as an expansion."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("Multiply $(x^2 - 3x + 1)(2x + 5)$.", "2x^3 - x^2 - 13x + 5"),
    ("Multiply $(a-3)(a+3)(a^2+9)$.", "a^4 - 81"),
    ("Multiply $(t + 1)(t^2 - t + 1)$.", "t^3 + 1"),
    # two letters: a sum of cubes
    ("Multiply $(p+q)(p^2-pq+q^2)$.", "p^3 + q^3"),
    ("Multiply the following: $(3y - 2)(3y + 2)$", "9y^2 - 4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_multiplied_products(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    "Multiply $x^2 + 3$.",  # nothing to multiply
    "Multiply $(x+1)(x-1)$ by $x$.",  # a third factor said in words
]


@pytest.mark.parametrize("problem", DECLINED)
def test_other_multiplications_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
