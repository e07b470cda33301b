"""An entry picked at random from the first n rows of Pascal's triangle, and how many entries
of those rows have a property (`combinatorics.pascal_chances`). Our own problems; each count
worked out by hand in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # ones: the top 1 and two in each of the 9 rows below; 55 entries
    ("What is the probability that an element chosen at random from the first 10 rows of "
     "Pascal's Triangle is 1?", "\\frac{19}{55}"),
    ("An element is chosen at random from the first 12 rows of Pascal's triangle. What is the "
     "probability that it is 1?", "\\frac{23}{78}"),  # 1 + 2*11 of 78
    # odd entries of rows 0..7: 3^3 = 27 of 36
    ("What is the probability that a number chosen at random from the top 8 rows of Pascal's "
     "Triangle is even?", "\\frac{1}{4}"),
    # 5, 10, 10, 5 in the sixth row; 21 entries
    ("An entry is selected at random from the first 6 rows of Pascal's triangle. What is the "
     "probability that its value is a multiple of 5?", "\\frac{4}{21}"),
    # 27 in rows 0..7, then 2 and 4
    ("How many of the numbers in the first 10 rows of Pascal's Triangle are odd?", "33"),
    # more than 30: 35, 35; 56, 70, 56; 36, 84, 126, 126, 84, 36 -> 2 + 3 + 6
    ("How many of the entries in the first 10 rows of Pascal's triangle are greater than 30?",
     "11"),
])
def test_pascal_chances(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "An element is chosen at random from the first 12 rows of Pascal's triangle. What is the "
    "probability that it is 1 twice?",
    # one row: which row is row 12 depends on where counting starts
    "An element is chosen at random from row 12 of Pascal's triangle. What is the probability "
    "that it is 1?",
    "How many of the entries in the first 10 rows of Pascal's triangle are greater than 30 and "
    "less than?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
