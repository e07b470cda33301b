"""How many digits are written in all for a list of integers (`combinatorics.digits_written`).
Our own problems; each count worked out by hand block by block in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 9 + 90*2 + 151*3
    ("How many digits are used to number the pages of a book with 250 pages?", "642"),
    ("How many digits are needed to write the page numbers of a 120-page book?", "252"),  # +21*3
    # odd: 5 one-digit, 45 two-digit, 450 three-digit
    ("What is the total number of digits used when the first 500 positive odd integers are "
     "written?", "1445"),
    ("How many digits are written in total when the integers from 1 to 300 are written down?",
     "792"),
    ("How many digits are used in writing all the integers from 95 to 105?", "28"),  # 5*2 + 6*3
    # 3, 6, 9; 12 ... 99 (30 of them); 102 ... 120 (7)
    ("What is the total number of digits used when the first 40 positive multiples of 3 are "
     "written?", "84"),
    # even up to 2000: 4 + 45*2 + 450*3 + 501*4
    ("How many digits are used when the first 1000 positive even integers are written?", "3448"),
])
def test_digits_written(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many odd digits are used to number the pages of a book with 250 pages?",
    "How many digits are used to number the pages of a book with 250 pages twice?",
    "How many digits are used when the integers from 300 to 1 are written?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
