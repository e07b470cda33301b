"""Fair dice and how their numbers repeat (`combinatorics.dice_patterns`). Our own problems;
each answer worked out by hand (or by listing the rolls) in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # one pair 6 C(6,2) 5*4*3*2 = 10800, two pairs 15 C(6,2) C(4,2) 4*3 = 16200, three pairs
    # 20 * 90 = 1800: 28800 of 6^6 = 46656
    ("Six fair dice are rolled. What is the probability that at least two dice show the same "
     "number but no three dice show the same number?", "\\frac{50}{81}"),
    # the pair's number 4, the odd die's place 3 and number 3: 36 of 64
    ("Three standard 4-sided dice are thrown. What is the probability that exactly two of the "
     "dice show the same number?", "\\frac{9}{16}"),
    # 6 * 5 numbers, C(5, 2) places for the two: 300 of 7776
    ("Five dice are rolled. What is the probability that two of the dice show one number and "
     "the other three show another number?", "\\frac{25}{648}"),
    # three alike 6 C(5,3) (25 + 5) ... four or five alike: 1170 of 7776 are not allowed
    ("Five dice are rolled. What is the probability that no three of the dice show the same "
     "number?", "\\frac{85}{108}"),
    # 6 C(6, 2) 5*4*3*2 = 10800 of 46656
    ("Six dice are rolled. What is the probability that exactly two of them show the same "
     "number and the other four all show different numbers?", "\\frac{25}{108}"),
    # poker-dice words: a pair (or two) but no three alike among four dice, 720 + 90 of 1296
    ("Four dice are rolled. What is the probability that there is at least one pair but not a "
     "three-of-a-kind?", "\\frac{5}{8}"),
    # three 5-sided dice: the pair's number 5, the odd die's place 3 and number 4: 60 of 125
    ("3 fair 5-sided dice get rolled. whats the probability there is a pair but not three of a "
     "kind", "\\frac{12}{25}"),
])
def test_how_the_numbers_repeat(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two pairs or one pair: reads two ways with four dice
    "Four dice are rolled. What is the probability that exactly two of the dice show the same "
    "number?",
    # three and three do not make five dice
    "Five dice are rolled. What is the probability that three of the dice show one number and "
    "the other three show another number?",
    # 'a pair' for four dice: exactly one pair, or any pair
    "Four dice are rolled. What is the probability that there is a pair but not a three of a "
    "kind?",
])
def test_declines_what_reads_two_ways(problem):
    assert solve_now(problem).answer is None
