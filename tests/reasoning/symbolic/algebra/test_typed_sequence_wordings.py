"""A term of an arithmetic or geometric sequence from its first term and step, said in
words or with letters ($a_1$, $d$, $r$), in many of our own wordings (answers worked out by
hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a textbook, in words: 6 + 11 * 5 = 61
    ("An arithmetic sequence has first term 6 and common difference 5. What is its twelfth "
     "term?", "61"),
    # b terse, with letters: 6 + 11 * 5 = 61
    (r"Given $a_1 = 6$ and $d = 5$ for an arithmetic sequence, find $a_{12}$.", "61"),
    # c the step first: 81 * (1/3)^4 = 1
    (r"The common ratio of a geometric sequence is $\frac{1}{3}$ and its first term is $81$. "
     r"Find its fifth term.", "1"),
    # c the asked term first: -2 + 9 * (-3) = -29
    ("What is the 10th term of an arithmetic progression whose first term is -2 and whose "
     "common difference is -3?", "-29"),
    # e the sequence named a_n, two terms given: 10, 16, ... a_8 = 10 + 7 * 6 = 52
    (r"The arithmetic sequence $a_n$ has $a_1 = 10$ and $a_2 = 16$. What is $a_8$?", "52"),
    # e first term and ratio as letters after their names: 5 * 2^5 = 160
    (r"A geometric sequence has first term $a = 5$ and common ratio $r = 2$. Find the 6th "
     r"term.", "160"),
    # e a listed start after "that begins": 1, 4, 7 ... 1 + 19 * 3 = 58
    ("What is the 20th term of the arithmetic sequence that begins 1, 4, 7?", "58"),
]

DECLINED = [
    # two sequences: which one is asked about is for another reader
    r"The arithmetic sequences $a_n$ and $b_n$ have $a_1 = 2$ and $b_1 = 5$. What is $a_4$?",
    # a ratio given for an arithmetic sequence
    "An arithmetic sequence has first term 3 and common ratio 2. What is its 5th term?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
