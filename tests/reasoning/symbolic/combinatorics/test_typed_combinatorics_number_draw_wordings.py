"""Numbers drawn from a set, in more wordings (`combinatorics.number_draws`): a named person
who picks them, "at the same time" said apart from the verb, the positive difference
("they differ by 2", "3 or greater"), the larger or smallest of the numbers drawn, and
draws with replacement. Our own problems; answers worked by hand, as fractions of the
pairs (or sets, or ordered draws) listed."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 10 pairs of {1..5}; sum even: {1,3} {1,5} {3,5} {2,4}
    ("Maya picks two different numbers at random from the set $\\{1,2,3,4,5\\}$. What is the "
     "probability that their sum is even?", "\\frac{2}{5}"),
    # 21 pairs of {1..7}; 6 differ by 1
    ("Two distinct integers are chosen from the set $\\{1,2,3,4,5,6,7\\}$. What is the "
     "probability that their positive difference is at least 2?", "\\frac{5}{7}"),
    # 15 pairs of {1..6}; differences 3, 4, 5: 3 + 2 + 1
    ("Ravi picks two distinct numbers at the same time from $\\{1, 2, 3, 4, 5, 6\\}$. Find "
     "the probability that their positive difference is 3 or more.", "\\frac{2}{5}"),
    # 45 pairs of 1..10; 9 differ by 1
    ("Two different integers from 1 through 10 inclusive are chosen at random. What is the "
     "probability that they differ by 1?", "\\frac{1}{5}"),
    # 20 sets of three of {1..6}; largest 5: two of {1..4}, 6 ways
    ("Three distinct numbers are selected at random from $\\{1,2,3,4,5,6\\}$. What is the "
     "probability that the largest of the three numbers is 5?", "\\frac{3}{10}"),
    # 16 ordered draws; sum 5: (1,4) (2,3) (3,2) (4,1)
    ("Two numbers are drawn with replacement from the set $\\{1,2,3,4\\}$. What is the "
     "probability that their sum is 5?", "\\frac{1}{4}"),
    # 6 pairs of {2,3,5,7}; smaller 2: three
    ("I choose two distinct numbers from the set $\\{2,3,5,7\\}$ at random. What is the "
     "probability that the smaller number is 2?", "\\frac{1}{2}"),
    # 10 pairs of {3..7}; larger 5: 2 pairs, larger 7: 4 pairs
    ("Two numbers are selected simultaneously from the set $\\{3, 4, 5, 6, 7\\}$. What is the "
     "probability that the larger of the two numbers is odd?", "\\frac{3}{5}"),
    # 9 ordered draws from {1,2,3}; product even: 9 - 4 (both odd)
    ("Omar draws two numbers independently and at random from the set $\\{1, 2, 3\\}$. What "
     "is the probability that their product is even?", "\\frac{5}{9}"),
    # 216 ordered draws; the last number's parity decides: half
    ("Three integers are chosen at random with replacement from 1 through 6, inclusive. "
     "What is the probability that their sum is even?", "\\frac{1}{2}"),
])
def test_number_draw_wordings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # may the two numbers be the same? not said
    "Two numbers are selected from $\\{1,2,3,4,5\\}$. What is the probability that their "
    "sum is even?",
    # 'larger' of three
    "Three different numbers are chosen from $\\{1,2,3,4,5,6\\}$. What is the probability "
    "that the larger number is 6?",
    # a difference without 'positive': which way round?
    "Two different numbers are chosen from $\\{1,2,3,4,5\\}$. What is the probability that "
    "the difference between the numbers is 2?",
    # two people draw
    "Maya picks two different numbers from the set $\\{1,2,3,4,5\\}$ and Tom picks one "
    "number from it. What is the probability that their sum is even?",
    # the gcd of numbers that may be equal
    "Two numbers are drawn with replacement from the set $\\{2,4,6\\}$. What is the "
    "probability that their greatest common divisor is 2?",
    # 'differ by' for three numbers
    "Three distinct integers are chosen from 1 through 6 inclusive. What is the probability "
    "that they differ by 1?",
])
def test_number_draw_wordings_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
