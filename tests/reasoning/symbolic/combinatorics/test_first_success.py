"""Trying until one outcome first comes up (a coin until heads, a die until a 6): the chance
that the first success comes on, before or after try k, and the expected number of tries.
Our own problems; answers by hand: (1-p)^(k-1) p, (1-p)^k, 1 - (1-p)^k, 1/p."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (1/2)^2 * 1/2
    ("A coin is tossed until it lands tails. What is the probability that it takes exactly "
     "3 tosses?", "\\frac{1}{8}"),
    ("Priya flips a fair coin until she gets heads. What is the probability that she needs "
     "more than 4 flips?", "\\frac{1}{16}"),
    ("A fair coin is flipped repeatedly until the first head appears. Find the probability "
     "that the first head appears on the second flip.", "\\frac{1}{4}"),
    # 1 - (5/6)^2
    ("A fair die is rolled until a 6 comes up. What is the probability that it takes at most "
     "2 rolls?", "\\frac{11}{36}"),
    # (1/2)^2 * 1/2: even faces
    ("Leo rolls a standard die until he rolls an even number. What is the probability that "
     "he needs exactly 3 rolls?", "\\frac{1}{8}"),
    # 8-sided, stop on 7 or 8: (3/4)^1
    ("An 8-sided die is rolled until a 7 or an 8 appears. What is the probability that it "
     "takes at least 2 rolls?", "\\frac{3}{4}"),
    # biased: tails 3/4, stop on tails: (1/4)^2 * 3/4
    ("A weighted coin lands heads with probability 1/4. It is flipped until it comes up "
     "tails. What is the probability that it takes exactly 3 flips?", "\\frac{3}{64}"),
    ("A biased coin lands heads with probability $\\frac{2}{5}$. It is tossed until the "
     "first head appears. What is the probability that the first head appears on the "
     "third toss?", "\\frac{18}{125}"),
    # a player's attempts: the first miss, (2/3)^2 * 1/3; the first hit, 3/4 * 1/4
    ("A basketball player makes each free throw with probability 2/3. What is the "
     "probability that her first miss is on her third free throw?", "\\frac{4}{27}"),
    ("An archer hits each arrow with probability 0.8. What is the probability that his first "
     "miss is on his 4th arrow?", "\\frac{64}{625}"),
    ("A player makes each shot with probability 1/4. What is the probability that her first "
     "make is on her second shot?", "\\frac{3}{16}"),
    ("A fair coin is flipped until it comes up heads. What is the expected number of "
     "flips?", "2"),
    ("A fair die is rolled until a 6 appears. What is the probability that the first 6 "
     "appears on the 2nd roll?", "\\frac{5}{36}"),
    ("A fair 10-sided die is rolled until a 1 appears. What is the expected number of "
     "rolls?", "10"),
])
def test_first_success(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the stop is two outcomes in a row, not one outcome
    "A coin is flipped until it comes up heads twice in a row. What is the probability "
    "that it takes exactly 4 flips?",
    # unfair, and no chance told
    "A biased coin is flipped until heads appears. What is the probability that it takes "
    "exactly 2 flips?",
    # a face the die does not have
    "A fair die is rolled until a 7 appears. What is the probability that it takes exactly "
    "2 rolls?",
    # asks about heads, but the tosses stop on tails
    "A coin is tossed until tails appears. What is the probability that the first head "
    "appears on the 2nd toss?",
    # the chance is of free throws, the event of kicks
    "A basketball player makes each free throw with probability 2/3. What is the probability "
    "that her first miss is on her third kick?",
    # the stop is a running total, not one roll
    "A die is rolled until the total is at least 10. What is the probability that it takes "
    "exactly 3 rolls?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
