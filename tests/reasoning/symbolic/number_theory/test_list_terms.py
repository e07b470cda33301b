"""The n-th term of a sequence written out with dots, worded in several ways (our own
problems; each answer worked by hand in the comment)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6 + 29 * 5
    ("What is the 30th term of the sequence 6, 11, 16, 21, ...?", "151"),
    ("The sequence 6, 11, 16, 21, ... continues. What is its 30th term?", "151"),
    (r"The arithmetic sequence $6, 11, 16, \ldots$ goes on forever. Find the 30th term.", "151"),
    # 2 + 59 * 6
    ("Counting by 6's starting with 2 gives 2, 8, 14, 20, .... What is the 60th number?",
     "356"),
    (r"If we count by $6\text{'s}$ starting with $2,$ we obtain $2,$ $8,$ $14,$ $\dots.$ "
     r"What is the $60^\text{th}$ number in the list?", "356"),
    # 50 - 24 * 4
    ("In the sequence 50, 46, 42, 38, ..., each term is 4 less than the one before. "
     "What is the 25th term?", "-46"),
    # 5 * 2^9
    ("The sequence 5, 10, 20, 40, ... continues. What is the tenth term?", "2560"),
    # 1 * (-3)^6
    (r"What is the 7th term of the sequence $1, -3, 9, -27, \ldots$?", "729"),
])
def test_nth_term_of_a_written_sequence(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # differences 1, 2, 3, 4: neither kind
    "What is the 12th term of the sequence 2, 3, 5, 8, 12, ...?",
    # three terms, no kind named: squares? an arithmetic rule? not fixed
    "What is the 6th term of the sequence 1, 4, 9, ...?",
    # the stated step does not fit the written terms
    "Counting by 5's starting with 1 gives 1, 6, 11, 15, .... What is the 20th number?",
    # a letter told about the sequence that the question does not use
    r"The sequence 4, 7, 10, 13, ... continues, and $y$ is its 9th term. What is the 30th term?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # (95 - 5) / 6 + 1
    (r"Which term of the arithmetic sequence $5, 11, 17, \ldots$ is 95?", "16"),
    # (73 - 1) / 4 + 1
    ("Which term of the sequence 1, 5, 9, 13, ... is 73?", "19"),
    # (-34 - 20) / (-3) + 1
    ("What is the position of -34 in the list 20, 17, 14, 11, ...?", "19"),
    # the sequence first, then the question; (59 - 3) / 4 + 1
    (r"An arithmetic sequence begins $3, 7, 11, \ldots$. Which term is $59$?", "15"),
    (r"The number $59$ is which term of the arithmetic sequence $3, 7, 11, \ldots$?", "15"),
    # geometric: 5 * 2^7 = 640
    (r"In the geometric sequence $5, 10, 20, \ldots$, which term is $640$?", "8"),
    # 243 * (1/3)^5 = 1
    ("Which term of the sequence 243, 81, 27, 9, ... is 1?", "6"),
])
def test_which_term_a_value_is(problem, answer):
    assert_solved(problem, answer)


def test_a_value_off_the_sequence_declines():
    assert solve_now(r"Which term of the arithmetic sequence $5, 11, 17, \ldots$ is 96?"
                     ).answer is None
    assert solve_now(r"In the geometric sequence $5, 10, 20, \ldots$, which term is $600$?"
                     ).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 7 + 6(n - 1) < 80: n - 1 < 12.17, so 13 terms (7 ... 79)
    (r"How many terms of the arithmetic sequence $7, 13, 19, \ldots$ are less than 80?", "13"),
    # 2 + 5(n - 1) <= 52: n - 1 <= 10, so 11 terms (2 ... 52)
    ("How many numbers in the list 2, 7, 12, 17, ... are less than or equal to 52?", "11"),
])
def test_terms_below_a_bound(problem, answer):
    assert_solved(problem, answer)
