"""Dollar signs typed before numbers outside maths ("Sam has $5 more than Tom"): money, not
maths delimiters (problem_text.plain_money). Our own problems, answers worked out by hand; a
text whose dollar signs open and close maths stays as it is."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.problem_text import plain_money, split_problem


@pytest.mark.parametrize(("problem", "answer"), [
    # s + t = 45, s = t + 5
    ("Sam has $5 more than Tom. Together they have $45. How much money does Sam have?", "25"),
    # 7.50 / 5 * 8
    ("If 5 notebooks cost $7.50, how much do 8 notebooks cost?", "12"),
    # 5/20 of the old price
    ("The price of a book went from $20 to $25. What is the percent increase?", "25"),
    # 40 + 25m < 30m: m > 8
    ("Gym X charges a $40 joining fee plus $25 per month. Gym Y has no joining fee but charges "
     "$30 per month. What is the minimum number of months for which Gym X costs less than Gym "
     "Y?", "9"),
    ("A taxi charges $3 plus $2 per mile. How much does a 7-mile ride cost?", "17"),
])
def test_plain_dollar_amounts_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("text", [
    "$3$ apples cost $6$ in all.",   # closing signs stand after their maths
    "What is $2+3$?",
    "Solve $5x + 1 = 11$ for $x$.",
])
def test_maths_delimiters_left_alone(text: str) -> None:
    assert plain_money(text) == text


def test_each_amount_one_money_piece() -> None:
    split = split_problem("Pens cost $2 each and a pad costs $3.50.")
    assert split.maths == ["\\$2", "\\$3.50"]
