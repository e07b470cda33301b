"""One item drawn from items whose numbers are all written out ('seven cards, numbered 3, 4, 5,
6, 7, 8, 9, are placed in a box'), or numbered a range and put in a bag, with the harmless
'each card is equally likely to be chosen' (`combinatorics.numbered`). Our own problems; each
chance is recounted here from the list."""

from __future__ import annotations

from fractions import Fraction

import pytest
from sympy import isprime

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _share(numbers: list[int], keep) -> str:
    f = Fraction(sum(1 for x in numbers if keep(x)), len(numbers))
    return f"\\frac{{{f.numerator}}}{{{f.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Seven cards, numbered 3, 4, 5, 6, 7, 8, 9, go into a box. Each card is equally likely to "
     "be drawn. Lee draws one card. What is the chance that the number on the card is prime?",
     _share(list(range(3, 10)), isprime)),
    ("Five tiles numbered 2, 6, 9, 11 and 15 are put into a jar. A tile is drawn at random. "
     "What is the probability that the number on the tile is odd?",
     _share([2, 6, 9, 11, 15], lambda x: x % 2)),
    ("Six balls numbered 1 through 6 are placed in a bag. One ball is drawn at random. What is "
     "the probability that its number is a multiple of 3?",
     _share(list(range(1, 7)), lambda x: x % 3 == 0)),
    ("Four chips are labeled 4, 8, 10, 25 and placed in a bowl. Mia picks one chip. Find the "
     "probability that the number on the chip is even.",
     _share([4, 8, 10, 25], lambda x: x % 2 == 0)),
])
def test_numbered_items_listed(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the count of cards is not the count of numbers listed
    "Six cards, numbered 3, 4, 5, 6, 7, 8, 9, are placed in a box. If one card is chosen, what "
    "is the probability that the number on the selected card is a prime number?",
    # a number listed twice
    "Four chips are labeled 4, 8, 8, 25 and placed in a bowl. Mia picks one chip. Find the "
    "probability that the number on the chip is even.",
    # two items drawn
    "Six balls numbered 1 through 6 are placed in a bag. Two balls are drawn at random. What is "
    "the probability that its number is a multiple of 3?",
])
def test_numbered_lists_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
