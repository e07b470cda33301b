"""The positive difference between two terms of a sequence, and the sum of its first
terms, in several wordings, and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # the difference 5 is added 40 - 33 = 7 times
        (r"Compute the positive difference between the 33rd and the 40th terms of the "
         r"arithmetic progression $1, 6, 11, 16, \ldots$.", "35"),
        # 4 * 3^5 - 4 * 3^2
        (r"In the geometric sequence $4, 12, 36, \dots$, what is the positive difference "
         r"between the 6th term and the 3rd term?", "936"),
        # 5 + 8 + ... + 32 = 10 * (5 + 32) / 2
        (r"For the arithmetic sequence $5, 8, 11, \ldots$, compute the sum of the first ten "
         r"terms.", "185"),
        # 2/3 (1 - (2/3)^4) / (1/3)
        (r"Compute the sum of the first four terms in the geometric progression $\frac{2}{3}, "
         r"\frac{4}{9}, \frac{8}{27}, \dots$.", r"\frac{130}{81}"),
        # d = 4 from the 2nd and 6th terms: -1, 3, 7, 11, 15
        (r"An arithmetic sequence has 2nd term $3$ and 6th term $19$. What is the sum of the "
         r"first $5$ terms?", "35"),
        # 6 terms 3 ... 3 + 5 * 7 = 38: 6 * (3 + 38) / 2
        (r"A certain arithmetic sequence has first term $3$ and common difference $7$. Find "
         r"the sum of its first six terms.", "123"),
        # a series written with + and -: 1 - 3 + 9 - 27 + 81 = (1 - (-3)^5) / 4
        (r"Find the sum of the first five terms of the geometric series $1 - 3 + 9 - \cdots$.",
         "61"),
        # 2 + 4 + ... + 2^7 = 2(2^7 - 1)
        (r"What is the sum of the first $7$ terms of the geometric series $2 + 4 + 8 + \dotsb$?",
         "254"),
        # 20, 17, ..., 20 - 9 * 3 = -7: 10 * (20 - 7) / 2
        (r"Compute the sum of the first ten terms of the arithmetic series "
         r"$20 + 17 + 14 + \cdots$.", "65"),
    ],
)
def test_sequence_sums(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"Consider the sequence $1, 2, 4, \ldots$: find the sum of its first five terms.",
        r"Evaluate the sum of every term of the geometric sequence $3, 1, \frac13, \dots$.",
        r"For the arithmetic sequence $2, 9, 16, \ldots$, compute the positive difference "
        r"between the 5th term and the 5th term.",
        r"For the arithmetic sequence $2, 4, 6, \ldots$, compute the sum of the first $1000$ "
        r"terms.",  # too many terms to add one by one
        r"For the arithmetic sequence $2, 5, 8, \ldots$, compute the sum of the first five odd "
        r"terms.",  # only some of the terms
        # the terms are not arithmetic
        r"Find the sum of the first six terms of the arithmetic series $1 + 3 + 9 + \cdots$.",
        # a series is read only for the sum of its first terms
        r"What is the 8th term of the geometric series $1 + 2 + 4 + \cdots$?",
    ],
)
def test_sequence_sum_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
