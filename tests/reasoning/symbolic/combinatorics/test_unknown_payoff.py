"""A one-draw game whose bag has an unknown count, found from the told expected winnings
(combinatorics/unknown_payoff.py). Our own problems: every count is tried; none or several
declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (5 * 4 - 2k) / (5 + k) = 0 -> k = 10
    ("A jar has 5 blue marbles and k yellow marbles, where k is a positive integer. A marble "
     "is drawn at random. If it is blue you win 4 dollars, and if it is yellow you lose 2 "
     "dollars. If the expected amount won is 0 dollars, what is k?", "10"),
    # (2 * 6 - n) / (2 + n) = 1 -> n = 5
    ("A box has $2$ red chips and $n$ white chips, $n$ a positive integer. A chip is drawn at "
     "random: a red chip wins $\\$6$ and a white chip loses $\\$1$. If the expected amount won "
     "is $\\$1$, what is $n$?", "5"),
    # (3 * 10 - 2k) / (3 + k) = 2 -> k = 6
    ("a bag has 3 green balls and k purple balls. drawing a green ball wins 10 dollars and "
     "drawing a purple ball loses 2 dollars. if the expected winnings are 2 dollars find k", "6"),
    # 'in it', the value in cents, 'then what is': (6 * 3 - k) / (6 + k) = 1/2 -> k = 10
    ("A box has 6 white balls and $k$ black balls in it, where $k$ is an unknown positive "
     "integer. A ball is drawn at random. If a white ball is drawn, the player wins 3 dollars, "
     "but if a black ball is drawn, the player loses 1 dollar. If the expected amount won for "
     "playing the game is 50 cents, then what is $k$?", "10"),
])
def test_unknown_payoff(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # (12 - n) / (2 + n) = 2 -> n = 8/3: no count
    "A box has $2$ red chips and $n$ white chips, $n$ a positive integer. A chip is drawn at "
    "random: a red chip wins $\\$6$ and a white chip loses $\\$1$. If the expected amount won "
    "is $\\$2$, what is $n$?",
    # the letter asked is not the unknown count
    "A jar has 5 blue marbles and k yellow marbles. A marble is drawn at random. If it is blue "
    "you win 4 dollars, and if it is yellow you lose 2 dollars. If the expected amount won is "
    "0 dollars, what is m?",
    # a payoff for a kind the jar does not have
    "A jar has 5 blue marbles and k yellow marbles. A marble is drawn at random. If it is blue "
    "you win 4 dollars, and if it is green you lose 2 dollars. If the expected amount won is "
    "0 dollars, what is k?",
])
def test_unknown_payoff_declines(problem):
    assert solve_now(problem).answer is None
