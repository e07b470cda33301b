"""A share taken away again and again (prealgebra/repeated_shares.py): what is left after k
periods, what there was at first, what fraction was taken. Our own stories, answers worked out
by hand; near misses (things added back, a share that leaves a part of a thing, a question
about what was taken of a count) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 64 -> 32 -> 16 -> 8
    ("A bus leaves with 64 riders, and half of the riders get off at each of the first three "
     "stops. How many riders are left after the third stop?", "8"),
    # 48 -> 36 -> 27
    ("Each day Ori eats 25% of the nuts in his bag at the start of that day. At the end of "
     "the second day 27 nuts remain. How many nuts were in the bag at first?", "48"),
    # 1 - 1/16
    ("You have a whole cake. On your first visit, you eat half of the cake. On each later "
     "visit, you eat half of the remaining cake. After four visits, what fraction of the "
     "cake have you eaten?", "\\frac{15}{16}"),
    # 81 (2/3)^4
    ("A tank holds 81 liters. Each hour, one third of the water in the tank leaks out. How "
     "many liters are left after 4 hours?", "16"),
    # 128 -> 96 -> 72 -> 54
    ("Each week, a shop sells one quarter of the lamps it has at the start of that week. "
     "After 3 weeks, 54 lamps are left. How many lamps did the shop have to begin with?",
     "128"),
    # 200 -> 180 -> 162
    ("A jar holds 200 marbles. Each day, 10% of the marbles in the jar are removed. How many "
     "marbles remain after the second day?", "162"),
]

NEAR_MISSES = [
    # half of 60 three times is not whole
    "A bus leaves with 60 riders, and half of the riders get off at each of the first three "
    "stops. How many riders are left after the third stop?",
    # riders also get on
    "A bus leaves with 64 riders; at each stop half of the riders get off and 3 get on. How "
    "many riders are left after the third stop?",
    # 145.8 marbles
    "A jar holds 200 marbles. Each day, 10% of the marbles in the jar are removed. How many "
    "marbles remain after the fourth day?",
    # what was eaten, of a count: not read
    "Each day Ori eats 25% of the nuts in his bag at the start of that day. At the end of the "
    "second day 27 nuts remain. How many nuts did Ori eat?",
    # a quarter of the whole book each day, or of what is left: not said
    "A book has 256 pages. Each day, Sam reads one quarter of the book. How many pages are "
    "left after 3 days?",
    # the periods said twice, disagreeing
    "A bus leaves with 64 riders, and half of the riders get off at each of the first three "
    "stops. How many riders are left after the second stop?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_repeated_shares_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_repeated_shares_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
