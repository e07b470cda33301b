"""The value of coins counted (prealgebra/coin_values.py). Our own problems, answers worked out
by hand; near misses (another person, a coin spent, a kind listed twice) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 100 + 30 + 10
    ("How many cents is 4 quarters, 3 dimes and 2 nickels?", "140"),
    # 75 + 40
    ("What is the total value of 3 quarters and 4 dimes in cents?", "115"),
    # 75 + 20 + 4
    ("Sam has 3 quarters, 2 dimes and 4 pennies. How many cents does he have?", "99"),
    ("Sam has 3 quarters, 2 dimes and 4 pennies. How much money does he have in dollars?",
     "0.99"),
    ("What is the value in cents of 5 nickels and 7 pennies?", "32"),
    ("How much are 6 dimes and 3 nickels worth in cents?", "75"),
    # 'how much money' alone: dollars
    ("Ana has 7 dimes and 9 pennies. How much money does she have?", "0.79"),
    # 60 + 75
    ("There are 12 nickels and 3 quarters in the jar. What is the total value of the coins in "
     "the jar, in cents?", "135"),
    # 300 + 50: dollar coins
    ("Raj has 3 dollar coins and 2 quarters. How many dollars does Raj have?", "3.5"),
]

NEAR_MISSES = [
    # another person asked about
    "Sam has 3 quarters and 2 dimes. How many cents does Kim have?",
    # a coin spent: another story
    "Sam has 3 quarters and 2 dimes and spends 1 dime. How many cents does he have?",
    # one kind listed twice
    "How many cents are 3 dimes and 2 dimes?",
    # the coins in another place than the one asked about
    "There are 12 nickels and 3 quarters in the jar. What is the total value of the coins in "
    "the box, in cents?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coin_values_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_coin_values_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
