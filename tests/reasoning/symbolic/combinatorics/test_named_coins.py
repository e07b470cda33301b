"""Named coins flipped together: amounts of cents showing a side, named coins' sides, the
expected amount showing heads (`combinatorics.named_coins`). Our own problems; each answer
worked out by hand in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_THREE = "We flip a penny, a nickel and a dime. What is the probability that "


@pytest.mark.parametrize(("problem", "answer"), [
    # 20 cents or more only with the quarter: 4 of 8
    ("Suppose we flip three coins at the same time: a penny, a dime, and a quarter. What is the "
     "probability that at least 20 cents worth of coins come up heads?", "\\frac{1}{2}"),
    ("Suppose we flip four coins simultaneously: a penny, a nickel, a dime, and a half-dollar. "
     "What is the probability that the penny and the dime both come up the same?",
     "\\frac{1}{2}"),
    (_THREE + "the nickel and the dime both come up heads?", "\\frac{1}{4}"),
    ("A nickel, a dime and a quarter are tossed. What is the probability that the quarter comes "
     "up tails?", "\\frac{1}{2}"),
    # tails over 30 cents: the 8 sets with the half-dollar, and 5+10+25, 10+25: 10 of 16
    ("A nickel, a dime, a quarter and a half-dollar are flipped. What is the probability that "
     "more than 30 cents worth of coins come up tails?", "\\frac{5}{8}"),
    # heads worth less than 7 cents: none, the penny, the nickel, or both of them: 4 of 8
    (_THREE + "less than 7 cents worth of coins come up heads?", "\\frac{1}{2}"),
    ("A penny, a nickel, a dime and a quarter are flipped. What is the probability that the "
     "penny and the quarter come up different?", "\\frac{1}{2}"),
    # half of 1 + 10 + 25
    ("A penny, a dime and a quarter are flipped at the same time. What is the expected value of "
     "the amount of the coins which come up heads, in cents?", "18"),
    # half of 5 + 10 + 25 + 50 + 1
    ("A penny, nickel, dime, quarter, and half-dollar are simultaneously flipped. What is the "
     "expected value of the amount of the coins which come up heads? Express your answer in "
     "cents, rounded to the nearest tenth of a cent.", "45.5"),
])
def test_named_coins(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a coin named twice; a count that disagrees with the list
    "Suppose we flip three coins at the same time: a penny, a dime, and a penny. What is the "
    "probability that at least 20 cents worth of coins come up heads?",
    "Suppose we flip four coins at the same time: a penny, a dime, and a quarter. What is the "
    "probability that at least 20 cents worth of coins come up heads?",
    # a coin that was not flipped
    _THREE + "the nickel and the quarter both come up heads?",
    # unread words and units
    _THREE + "the nickel and the dime both come up heads twice?",
    _THREE + "at least 10 dollars worth of coins come up heads?",
    "A penny, a dime and a quarter are flipped at the same time. What is the expected value of "
    "the amount of the coins which come up heads, in dollars?",
    "A penny, a dime and a quarter are flipped at the same time. What is the expected number of "
    "coins which come up heads twice?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
