"""A game on one draw from a bag of items of several kinds, each kind with its payoff: the
expected winnings. Our own problems; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (4 * 3 - 6 * 1) / 10
    ("A bag has 4 white chips and 6 black chips. One chip is drawn at random. You win $\\$3$ "
     "if it is white and lose $\\$1$ if it is black. What is the expected value of your "
     "winnings?", "\\frac{3}{5}"),
    # (2 * 4 - 7 * 1) / 9, the rule said before the payoff
    ("A box contains 2 yellow balls and 7 pink balls. A ball is drawn at random. If a yellow "
     "ball is drawn, the player wins 4 dollars, but if a pink ball is drawn, the player loses "
     "1 dollar. What is the expected amount won?", "\\frac{1}{9}"),
    # three kinds, one by 'otherwise': (2 * 12 + 3 * 2 + 0) / 8
    ("A jar has 2 red chips, 3 blue chips and 3 white chips. One chip is drawn at random. If "
     "it is red you win $\\$12$; if it is blue you win $\\$2$; otherwise you win nothing. What "
     "is the expected value of your winnings?", "\\frac{15}{4}"),
])
def test_draw_payoffs(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a kind without a payoff
    "A jar has 2 red chips, 3 blue chips and 3 white chips. One chip is drawn at random. If it "
    "is red you win $\\$12$; if it is blue you win $\\$2$. What is the expected value of your "
    "winnings?",
    # a payoff for a kind the jar does not have
    "A bag has 4 white chips and 6 black chips. One chip is drawn at random. You win $\\$3$ if "
    "it is red and lose $\\$1$ if it is black. What is the expected value of your winnings?",
    # two draws
    "A bag has 4 white chips and 6 black chips. Two chips are drawn at random. You win $\\$3$ "
    "if it is white and lose $\\$1$ if it is black. What is the expected value of your "
    "winnings?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
