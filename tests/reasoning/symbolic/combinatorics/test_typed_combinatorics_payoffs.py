"""A game on one roll of a fair die with a payoff rule for each kind of roll: the expected
winnings. Our own problems; the means are worked out face by face in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (1 + 3 + 5) / 6
    ("Mia rolls a fair 6-sided die. If the roll is odd, she wins that many dollars; otherwise "
     "she wins nothing. What is the expected value of her winnings?", "3/2"),
    # (1 + 4 + ... + 64) / 8 = 204 / 8
    ("I roll a fair 8-sided die. If I roll $n$, I win $n^2$ dollars. What is the expected value "
     "of my win?", "51/2"),
    # primes 2, 3, 5 pay 3 each, 1 costs 6, 4 and 6 cost 1 each: (9 - 6 - 2) / 6
    ("A fair six-sided die is rolled once. If the number rolled is prime, we win $\\$3$. If the "
     "number rolled is 1, we lose $\\$6$; otherwise we lose $\\$1$. Find the expected value of "
     "our winnings.", "1/6"),
    # 3, 6, 9 pay 7; the other seven faces cost 2: (21 - 14) / 10 = 0.7
    ("A fair 10-sided die is rolled. If the roll is a multiple of 3, you win $\\$7$; otherwise "
     "you lose $\\$2$. What is the expected value of your winnings? Express your answer as a "
     "dollar value to the nearest cent.", "0.70"),
    # even faces pay their value, with an example in brackets: (2 + 4 + 6) / 6
    ("A fair 6-sided die is tossed. You win that amount of dollars if the roll is even (e.g. "
     "$\\$4$ for a 4), but you win nothing if the roll is odd. Find the expected value of your "
     "winnings.", "2"),
])
def test_expected_winnings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the even rolls have no rule
    "Mia rolls a fair 6-sided die. If the roll is odd, she wins that many dollars. What is the "
    "expected value of her winnings?",
    # two rules for the same roll: 2 is even and prime
    "Mia rolls a fair 6-sided die. If the roll is even, she wins $\\$2$. If the roll is prime, "
    "she wins $\\$5$; otherwise she wins nothing. What is the expected value of her winnings?",
    # a payoff in another letter than the roll's
    "I roll a fair 8-sided die. If I roll $n$, I win $m^2$ dollars. What is the expected value "
    "of my win?",
    # a second roll changes the game
    "Mia rolls a fair 6-sided die. If the roll is odd, she wins that many dollars; otherwise "
    "she rolls again and wins nothing. What is the expected value of her winnings?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # wins 12 on a 1 only: 12/6 = 2, less the price 3
    ("It costs $\\$3$ to play a game in which you roll a fair die and win $\\$12$ if it shows "
     "a 1, and nothing otherwise. What is the expected net gain, in dollars, per game?", "-1"),
    # even pays 4: 3 * 4 / 6 = 2, less 1
    ("A game costs $\\$1$ to play. A fair die is rolled. If the roll is even, you win $\\$4$; "
     "otherwise you win nothing. What is the expected profit of the player?", "1"),
])
def test_a_price_to_play(problem, answer):
    assert_solved(problem, answer)


def test_a_price_with_plain_winnings_asked_is_declined():
    # winnings before or after paying? Not said.
    assert solve_now("A game costs $\\$1$ to play. A fair die is rolled. If the roll is even, "
                     "you win $\\$4$; otherwise you win nothing. What is the expected value of "
                     "your winnings?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # even 2, 4, 6 pay 2; odd lose 1: (6 - 3)/6
    ("You roll a fair die. You win 2 dollars if it shows an even number and lose 1 dollar "
     "otherwise. What are your expected winnings in dollars?", "\\frac{1}{2}"),
    # 2, 3, 5 pay 4; 1, 4, 6 lose 1: (12 - 3)/6
    ("I roll a fair 6-sided die. I win 4 dollars if I roll a prime number, and I lose 1 "
     "dollar otherwise. What are my expected winnings?", "\\frac{3}{2}"),
    # "shows a number less than 3": 1, 2 pay 6; 3 to 6 lose 2: (12 - 8)/6
    ("A fair die is rolled. If it shows a number less than 3, you win 6 dollars; otherwise, "
     "you lose 2 dollars. What is the expected value of your winnings?", "\\frac{2}{3}"),
])
def test_otherwise_after_the_payoff(problem, answer):
    assert_solved(problem, answer)


def test_winnings_over_several_games_decline():
    assert solve_now("You roll a fair die. You win 2 dollars if it shows an even number and "
                     "lose 1 dollar otherwise. What are your expected winnings after two "
                     "games?").answer is None
