"""A combination of an equation's roots wrapped in another ("the product of the sum and the
product of the roots") is never answered with the inner one alone (`solution_combos`,
`polynomials.vieta_questions` leave it to the readers of combined quantities, or decline).
Our own equations; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

# x^2 - 7x + 10 = (x - 2)(x - 5): sum 7, product 10; x^3 - 9x^2 + 26x - 24 = (x-2)(x-3)(x-4)


@pytest.mark.parametrize(("problem", "inner", "answer"), [
    ("What is the product of the sum and the product of the roots of x^2 - 7x + 10 = 0?",
     "10", "70"),
    ("what is the sum of the sum and the product of the solutions of x^2 - 7x + 10 = 0",
     "10", "17"),
    ("Find the product of the sum and the product of the roots of $x^3 - 9x^2 + 26x - 24 = 0$.",
     "24", "216"),
    ("What is the difference of the product and the sum of the roots of x^2 - 7x + 10 = 0?",
     "7", "3"),
])
def test_a_wrapped_combination_is_not_the_inner_one(problem: str, inner: str,
                                                     answer: str) -> None:
    got = solve_now(problem).answer
    assert got != inner
    if got is not None:
        assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the product of the roots of x^2 - 7x + 10 = 0?", "10"),
    ("Find the sum of the solutions of x^2 - 7x + 10 = 0.", "7"),
    ("What is the sum of the squares of the roots of x^2 - 7x + 10 = 0?", "29"),
    ("Find the product of the roots of $x^3 - 9x^2 + 26x - 24 = 0$.", "24"),
])
def test_one_combination_asked_alone_is_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
