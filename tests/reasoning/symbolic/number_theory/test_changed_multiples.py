"""A count that becomes a multiple after a change ("if she buys 3 more, she will have a
multiple of 7"), asked for the smallest or largest count (`number_theory.changed_multiples`).
Our own problems; each answer checked by hand in the comment, and the reader checks it again
by testing every count."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # n = 4 (mod 7), n = 4 (mod 9): n = 4 + 63k, three digits: 130 (133 = 7*19, 126 = 9*14)
    ("Maya has n stickers, where n is a three-digit number. If she gets 3 more, she will have "
     "a multiple of 7. If she gives away 4, she will have a multiple of 9. What is the smallest "
     "possible value of n?", "130"),
    (r"Maya has $n$ stickers, where $n$ is a positive integer with three digits. If she gets "
     r"$3$ more, she will have a multiple of $7$. If she gives away $4$, she will have a "
     r"multiple of $9$. What is the smallest possible value of $n$?", "130"),
    # n = 2 (mod 6), n = 6 (mod 11): n = 50 (mod 66), below 200: 182 (180 = 6*30, 187 = 11*17)
    ("Leo has some marbles, fewer than 200. If he loses 2 marbles, he could split the rest "
     "evenly into 6 bags; if he finds 5 more, he would have a multiple of 11. What is the "
     "largest number of marbles he could have?", "182"),
    # n = 3 (mod 4), n = 1 (mod 6): 7 (8 = 4*2, 6 = 6*1)
    ("Sam has some cards. If he buys 1 more, he will have a multiple of 4. If he loses 1, he "
     "will have a multiple of 6. What is the smallest number of cards he could have?", "7"),
    # n = 1 (mod 5), two digits: 11 (15 = 5*3 after 4 more ... 11 + 4 = 15)
    ("Ana has n beads, where n is a two-digit number. If she buys 4 more, she can split them "
     "evenly into groups of 5. What is the smallest possible value of n?", "11"),
])
def test_changed_multiples(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no upper bound for the largest
    "Sam has some cards. If he buys 1 more, he will have a multiple of 4. What is the largest "
    "number of cards he could have?",
    # n = 2 (mod 4) and n = 1 (mod 6) disagree in parity: no count
    "Sam has some cards. If he buys 2 more, he will have a multiple of 4. If he loses 1, he "
    "will have a multiple of 6. What is the smallest number of cards he could have?",
    # the smallest would leave 0 cards: is 0 "a multiple of 6"? two readings
    "Sam has some cards. If he loses 3, he will have a multiple of 6. What is the smallest "
    "number of cards he could have?",
    # a clause the reader does not know: the whole story declines
    "Sam has some cards. If he buys 1 more, he will have a multiple of 4. His sister has twice "
    "as many. What is the smallest number of cards he could have?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
