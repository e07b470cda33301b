"""A number in the question standing for the one kind of thing the story counts ("3 notebooks
cost $4.50. How much does one cost?" asks the cost of one notebook, `casual_stories`). It was read
as the amount 1 itself and answered "1", shown as verified: a question that names no amount of
the story is never answered by the story readers (`story_solving`). Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("If 4 notebooks cost $6.00, how much does one cost?", "1.5"),
    ("Five tickets cost $40. How much would one cost?", "8"),
    ("7 apples weigh 3 pounds. What does one weigh?", r"\frac{3}{7}"),
    ("If 2 pizzas cost $18, how much do 6 cost?", "54"),
    ("A pack of 12 pens costs $9. How much is one?", "0.75"),
    ("A ruler costs $3. How much do 4 cost?", "12"),
    ("A candy costs $0.25. How much do 8 cost?", "2"),
])
def test_the_number_asked_counts_the_thing(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "3 apples and 2 pears cost $5. How much does one cost?",  # which kind
    "A pen costs $2 and a pencil costs $1. How much do 3 cost?",
    "If 3 notebooks cost $4.50, how much does one cost in total?",
])
def test_never_the_number_itself(problem: str) -> None:
    assert solve_now(problem).answer not in ("1", "3")
