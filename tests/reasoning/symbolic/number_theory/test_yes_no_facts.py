"""Yes-or-no questions about a whole number (`number_theory.yes_no_facts`): our own numbers,
each settled by a checked step."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer", "fact"), [
    ("Is 143 prime?", r"\text{No}", r"$143 = 11 \cdot 13$"),
    ("Is 89 a prime number?", r"\text{Yes}", None),
    ("Is 1 prime?", r"\text{No}", None),
    ("Is 2002 divisible by 13?", r"\text{Yes}", r"$2002 = 13 \cdot 154$"),
    ("Is 250 divisible by 15?", r"\text{No}", r"$250 = 15 \cdot 16 + 10$"),
    ("Does 6 divide 4326?", r"\text{Yes}", r"$4326 = 6 \cdot 721$"),
])
def test_yes_or_no_with_the_fact(problem: str, answer: str, fact: str | None) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer
    if fact is not None:
        assert sol.steps[0].text.startswith(fact)


@pytest.mark.parametrize("problem", [
    "Is 12 divisible by 0?",
    "Is 91 prime or composite, and why?",  # more asked than yes or no
])
def test_what_is_not_a_plain_yes_or_no_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
