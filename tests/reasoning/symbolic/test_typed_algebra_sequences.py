"""Arithmetic and geometric sequences from stated facts (`algebra.sequence_terms`), in
phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # d = 3: 4, 7, 10, ...; 30th = 4 + 29 * 3
    ("The first and fourth terms of an arithmetic sequence are 4 and 13, respectively. What "
     "is the thirtieth term?", "91"),
    ("In an arithmetic progression the first term is 4 and the fourth term is 13. Find the "
     "twenty-first term.", "64"),
    (r"What is the $40^{\text{th}}$ term of the arithmetic sequence $4$, $7$, $10$, "
     r"$\ldots$?", "121"),
    ("The first three terms of an arithmetic sequence are 2, 9 and 16, respectively. What is "
     "the value of the 11th term?", "72"),
    ("The 6th term of an arithmetic sequence is 20 and its common difference is -3. What is "
     "the first term?", "35"),
    # geometric: r = 3 from 2 and 18 two steps apart (positive terms)
    ("A geometric sequence of positive numbers has first term 2 and third term 18. What is "
     "the fifth term of the sequence?", "162"),
    (r"In the geometric sequence with a first term of $5$ and a second term of $-10$, what "
     r"is the $9^{th}$ term?", "1280"),
    ("The fourth and seventh terms of a geometric sequence are 24 and 192. What is the "
     "first term?", "3"),  # r^3 = 8
    (r"A geometric sequence starts $81$, $-27$, $9$. What is the common ratio of this "
     r"sequence?", r"-\frac{1}{3}"),
    ("The second and fifth terms of an arithmetic sequence are 10 and 1. What is the common "
     "difference?", "-3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_sequence_facts_reach_a_term(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # r^2 = 4 gives r = 2 or -2, and the asked term differs between them
    "The second and fourth terms of a geometric sequence are 3 and 12. What is the fifth "
    "term?",
    # two values for one term
    "The first term of an arithmetic sequence is 3 and the first term is 5. What is the "
    "tenth term?",
    # a qualifier the reader does not know
    "The first and third terms of an arithmetic sequence are 1 and 5. What is the largest "
    "term below 100?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_undetermined_sequences_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
