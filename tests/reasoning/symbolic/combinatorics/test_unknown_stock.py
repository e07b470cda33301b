"""A bag's unknown count of one kind found from a told chance
(combinatorics/unknown_stock.py). Our own problems: every count is tried and the one whose
chance is the told one is the answer; none or several, or a draw put back, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(r, 2) / C(14, 2) = 15 / 91 -> C(r, 2) = 15, r = 6
    ("A sack has 14 beads, some gold and the rest silver. Two beads are drawn at random "
     "without replacement and the probability that both are gold is 15/91. How many gold "
     "beads are in the sack?", "6"),
    # C(g, 2) / C(11, 2) = 3 / 55 -> C(g, 2) = 3, g = 3; asked the other kind: 8
    ("a tin has 11 sweets, some mint and the rest toffee. if you grab two at random the chance "
     "both are mint is 3/55. how many toffee sweets are there", "8"),
    # C(p, 2) / C(16, 2) = 1 / 8 -> C(p, 2) = 15, p = 6
    ("There are $16$ marbles in a jar and some are pink. Two are taken out at random and the "
     "probability that both are pink is $\\frac{1}{8}$. How many pink marbles?", "6"),
    # 8 / (8 + b) = 2 / 5 -> b = 12
    ("A bag contains 8 red chips and some blue chips. If the probability of drawing a red chip "
     "is 2/5, how many blue chips are in the bag?", "12"),
    # 10 / (10 + n) = 5 / 7 -> n = 4
    ("a box has 10 white cards and n black cards. the chance of picking a white card at random "
     "is 5/7. what is n", "4"),
    # k / (6 + k) = 0.25 -> k = 2
    ("A jar holds $6$ green tokens and $k$ yellow tokens. One token is chosen at random. If the "
     "probability that it is yellow is $0.25$, find $k$.", "2"),
    # 'some of which ... the rest of which', asked 'how many counters in the sack are blue':
    # C(b, 2) / C(11, 2) = 2/11 -> C(b, 2) = 10, b = 5
    ("A sack contains eleven counters, some of which are blue and the rest of which are "
     "green. When two counters are drawn at random at the same time, the probability that "
     "both counters are blue is 2/11. How many counters in the sack are blue?", "5"),
])
def test_unknown_stock(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # C(r, 2) = 45 / 4: no whole count
    "A bag has 10 balls, some red and the rest blue. Two balls are drawn at random and the "
    "probability that both are red is 1/4. How many red balls are in the bag?",
    # no total told
    "A bag has some red balls and some white balls. Two balls are drawn at random and the "
    "probability that both are red is 1/6. How many red balls are in the bag?",
    # put back between the draws
    "A bag has 9 marbles, some blue and the rest green. A marble is drawn, put back, and a "
    "second marble is drawn. The probability that both are blue is 1/6. How many blue marbles "
    "are in the bag?",
    # the chance of a kind the bag does not name
    "A bag contains 8 red chips and some blue chips. If the probability of drawing a green chip "
    "is 2/5, how many blue chips are in the bag?",
    # 6 / (6 + k) = 2 / 3 gives k = 3, but the letter asked is not the unknown
    "A jar holds 6 green tokens and k yellow tokens. One token is chosen at random. If the "
    "probability that it is green is 2/3, find m.",
])
def test_unknown_stock_declines(problem):
    assert solve_now(problem).answer is None
