"""Socks drawn from pairs of different colours (combinatorics/sock_pairs.py). Our own problems;
the counts worked out in the comments: C(c, j) C(c - j, m - 2j) 2^(m - 2j) hands with j pairs."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 colours, 4 socks, no pair: C(5, 4) 2^4 = 80 of C(10, 4) = 210
    ("A drawer contains 5 pairs of socks, each pair a different colour. If 4 socks are drawn "
     "at random, what is the probability that there is no matching pair?", "8/21"),
    # 6 colours, 3 socks, a pair: C(6, 1) C(5, 1) 2 = 60 of C(12, 3) = 220
    ("my drawer has 6 pairs of socks, all different colors. i grab 3 socks without looking. "
     "whats the chance i get at least one matching pair", "3/11"),
    # 5 colours, 4 socks, two pairs: C(5, 2) = 10 of 210
    ("Tom has 10 socks, two of each colour. He picks 4 socks at random. What is the "
     "probability that he has exactly two pairs?", "1/21"),
    # 3 colours named, 3 socks, exactly one pair: C(3, 1) C(2, 1) 2 = 12 of C(6, 3) = 20
    ("Ana has six socks, two of each color: red, blue, and green. She randomly draws three "
     "socks. What is the probability that she has exactly one pair of socks with the same "
     "color?", "3/5"),
    # three socks hold at most one pair, so 'a pair' is one: 4 * 3 * 2 = 24 of C(8, 3) = 56
    ("A box holds 4 pairs of socks, each pair a different color. If 3 socks are drawn at "
     "random, what is the chance that there is a matching pair?", "3/7"),
])
def test_sock_pairs(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'a pair' among four socks: at least one, or exactly one?
    "Tom has 10 socks, two of each colour. He picks 4 socks at random. What is the "
    "probability that he has a pair?",
    # the pairs' colours are not said to differ: two pairs could share a colour
    "A drawer contains 5 pairs of socks. If 4 socks are drawn at random, what is the "
    "probability that there is no matching pair?",
    # four colours named for five pairs
    "Ana has ten socks, two of each color: red, blue, green, and black. She randomly draws "
    "three socks. What is the probability that she has no pair?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
