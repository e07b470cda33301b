"""'More than' and 'less than' in a calculation said in words (`word_grammar`): our own
calculations, answers by hand. A whole number or a percent reads one way; a fraction before
'more than' reads two ways ("two-thirds more than 27" is 27 + 2/3, or 27 times 5/3) and is
never answered."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What number is 8 more than 31?", "39"),
    ("whats 6 less than 2.5", "-3.5"),
    ("What is 0.25 more than 4?", "4.25"),
    ("What number is 30 percent more than 70?", "91"),
])
def test_one_reading_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What number is two-thirds more than 27?",       # 83/3, or 45
    "what is one half more than 18",                 # 18.5, or 27
    "What number is three-quarters less than 40?",   # 157/4, or 10
    r"What is $\frac{2}{5}$ more than $15$?",        # 77/5, or 21
])
def test_a_fraction_more_than_reads_two_ways(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    "What is 60 decreased by one third?",             # 179/3, or 40
    "what is 45 increased by a half",                 # 45.5, or 67.5
    r"What is $24$ decreased by $\frac{3}{4}$?",      # 93/4, or 6
    "What is 90 increased by 2/5?",                   # 452/5, or 126
])
def test_a_fraction_increased_or_decreased_by_reads_two_ways(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is 60 decreased by 7?", "53"),
    ("what is 45 increased by 0.5", "45.5"),
    ("What is 80 increased by 15%?", "92"),
    ("What is 60 minus one third?", "\\frac{179}{3}"),  # 'minus' says the amount
])
def test_a_whole_number_decimal_or_percent_change_reads_one_way(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
