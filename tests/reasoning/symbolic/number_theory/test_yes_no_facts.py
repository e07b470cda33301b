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


@pytest.mark.parametrize(("problem", "answer"), [
    ("is 13 a factor of 1001", r"\text{Yes}"),  # 1001 = 7 * 11 * 13
    ("is 3 a factor of 100?", r"\text{No}"),
    ("is 4 a divisor of 1024", r"\text{Yes}"),
    ("is 12 a multiple of 5", r"\text{No}"),
    ("Is 91 a multiple of 7?", r"\text{Yes}"),
    ("does 6 go into 99 evenly", r"\text{No}"),
    ("Are 35 and 64 relatively prime?", r"\text{Yes}"),  # 5 * 7 and 2^6
    ("are 14 and 15 coprime", r"\text{Yes}"),
    ("are 21 and 49 relatively prime", r"\text{No}"),  # both divisible by 7
    ("is 17 relatively prime to 51", r"\text{No}"),  # 51 = 3 * 17
    ("is 144 a perfect square", r"\text{Yes}"),
    ("is 98 a perfect square", r"\text{No}"),
    ("is 1000 a perfect cube?", r"\text{Yes}"),
    (r"Is $2^{10}$ a perfect square?", r"\text{Yes}"),
    ("Is 1001 odd?", r"\text{Yes}"),
    ("is 2024 even", r"\text{Yes}"),
])
def test_more_yes_or_no_facts(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", [
    "is 5 a multiple of 0",
    "are 12, 18 and 35 relatively prime",  # three numbers: pairwise or as a set?
    "is 16 a perfect fourth power",
    "is 10 relatively prime",
    "is 1001 even or odd",
])
def test_near_yes_or_no_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
