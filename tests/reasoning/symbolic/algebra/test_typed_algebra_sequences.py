"""Arithmetic and geometric sequences from stated facts (`algebra.sequence_terms`), in
phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # d = (17 - 5) / 3 = 4: 1, 5, 9, ...; 20th = 1 + 19 * 4
    ("In an arithmetic sequence the second term is 5 and the fifth term is 17. What is the "
     "twentieth term?", "77"),
    ("In an arithmetic progression the first term is 4 and the fourth term is 13. Find the "
     "twenty-first term.", "64"),
    (r"What is the $40^{\text{th}}$ term of the arithmetic sequence $4$, $7$, $10$, "
     r"$\ldots$?", "121"),
    (r"An arithmetic sequence begins $3$, $8$, $13$. Find the 15th term.", "73"),  # 3 + 14 * 5
    ("The 6th term of an arithmetic sequence is 20 and its common difference is -3. What is "
     "the first term?", "35"),
    # geometric: r = 2 from 3 and 12 two steps apart (positive terms); 3 * 2^5
    ("The terms of a geometric sequence are positive, the first term is 3 and the third term "
     "is 12. What is the sixth term?", "96"),
    (r"The first two terms of a geometric sequence are $-3$ and $6$. What is the seventh "
     r"term?", "-192"),  # r = -2: -3 * 64
    ("The fourth and seventh terms of a geometric sequence are 24 and 192. What is the "
     "first term?", "3"),  # r^3 = 8
    (r"Find the common ratio of the geometric sequence $-64$, $16$, $-4$, $\ldots$.",
     r"-\frac{1}{4}"),
    ("In an arithmetic sequence the third term is 2 and the seventh term is 22. What is the "
     "common difference?", "5"),  # 4d = 20
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_sequence_facts_reach_a_term(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # r^2 = 9 gives r = 3 or -3, and the asked term differs between them
    "In a geometric sequence the third term is 5 and the fifth term is 45. What is the sixth "
    "term?",
    # two values for one term
    "The second term of an arithmetic sequence is 7 and the second term of this arithmetic "
    "sequence is 2. Find the eighth term.",
    # a qualifier the reader does not know
    "The first and third terms of an arithmetic sequence are 1 and 5. What is the largest "
    "term below 100?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_undetermined_sequences_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "the next term": the one after those listed
    ("Find the next term of the arithmetic sequence 5, 12, 19, 26, ...", "33"),
    ("What is the next term in the geometric sequence 5, 10, 20, 40, ...?", "80"),
    (r"What is the next term of the arithmetic sequence $\frac{1}{3}, 1, \frac{5}{3}, "
     r"\ldots$?", "\\frac{7}{3}"),
])
def test_the_next_term_of_a_listed_sequence(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no terms listed: "next" after which?
    "The second term of an arithmetic sequence is 4 and the fourth term is 10. What is the "
    "next term?",
    "Find the next term of the arithmetic sequence 5, 12, 20, ...",  # not arithmetic
    # another term told besides the listed ones: "next" after which?
    # (answered 32, the 11th term, before this was checked)
    "The arithmetic sequence 2, 5, 8, ... has 10th term 29. What is the next term?",
])
def test_the_next_term_declines_without_a_listed_sequence(problem: str) -> None:
    assert solve_now(problem).answer is None
