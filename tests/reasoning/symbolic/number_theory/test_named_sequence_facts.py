"""A fact about a named sequence told before the question (number_theory/named.py): "Thirteen
is the sixth prime number. What is the twelfth prime number?". The fact is checked first;
a fact that is not true declines. Our own numbers, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2, 3, 5, 7, 11, 13 (sixth), ..., 37 (twelfth)
    ("Thirteen is the sixth prime number. What is the twelfth prime number?", "37"),
    # 1 + 4 + 9 + 16 + 25
    ("Nine is the third perfect square. What is the sum of the first five perfect squares?",
     "55"),
    # 2 * 20 - 1
    ("Nine is the fifth odd number. What is the twentieth odd number?", "39"),
]

DECLINED = [
    # 13 is the sixth prime, not the fifth
    "Thirteen is the fifth prime number. What is the twelfth prime number?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_named_sequence_facts_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_named_sequence_facts_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
