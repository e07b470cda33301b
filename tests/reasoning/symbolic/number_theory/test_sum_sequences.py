"""Sequences whose every term is the sum of the two (or three) before it, told in words
(`number_theory.sum_sequences`). Our own problems; the terms listed by hand or by a plain
loop in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2, 1, 3, 4, 7, ...: modulo 5 the terms repeat every 20, and term 60 is 4 (mod 5)
    (r"The sequence 2, 1, 3, 4, 7, $\ldots$ starts with 2 and 1, and each term after that is "
     r"the sum of the two previous terms. What is the remainder when the $60^{\mathrm{th}}$ "
     r"term of the sequence is divided by 5?", "4"),
    # 3, 5, 8, 13, ...: term 40 ends in 7
    ("A sequence starts 3, 5 and every term after the second is the sum of the two terms "
     "before it. What is the units digit of the 40th term?", "7"),
    # 1, 3, 4, 7, 11, 18, 29, 47, 76, 123, 199, 322
    ("The first two terms of a sequence are 1 and 3, and each later term is the sum of the "
     "previous two. Find the 12th term.", "322"),
    # the Fibonacci numbers: F_50 = 12586269025
    ("A sequence starts 1, 1 and each term after the second is the sum of the two terms "
     "before it. What is the remainder when the 50th term is divided by 5?", "0"),
    # 1, 1, 2, 4, 7, 13, 24, 44, 81, 149
    ("The first three terms of a sequence are 1, 1 and 2, and each term after that is the sum "
     "of the three previous terms. What is the 10th term?", "149"),
    # twice the Fibonacci numbers: 2 F_30 = 1664080 = 7 * 237725 + 5
    ("The first and second terms of a sequence are both 2, and every term after the second "
     "is the sum of the two preceding terms. What is the remainder when the 30th term is "
     "divided by 7?", "5"),
    # F_75 = 2 (mod 9): the Fibonacci numbers repeat every 24 modulo 9, and F_3 = 2
    (r"A sequence begins 1, 1, 2, 3, 5, $\ldots$, where the first and second terms are 1 and "
     r"each term after that is the sum of the previous two terms. What is the remainder when "
     r"the $75^{\text{th}}$ term is divided by 9?", "2"),
])
def test_sum_sequences(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 6 is not 2 + 3: the list breaks the rule
    "The sequence 1, 1, 2, 3, 6, ... starts with 1 and 1, and each term after that is the sum "
    "of the two previous terms. What is the 10th term?",
    # two remainders asked at once
    "A sequence starts 4, 7 and each term after the second is the sum of the two terms before "
    "it. What is the remainder when the 20th term is divided by 3 and by 4?",
    # the list and the words disagree on the first terms
    "The sequence 1, 2, 3, 5, ... starts with 2 and 1, and each term after that is the sum of "
    "the two previous terms. What is the 8th term?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


def test_a_rule_said_to_start_too_early_declines() -> None:
    # "after the first": the second term has only one term before it to sum
    from tutor.reasoning.symbolic.engine import solve_now

    problem = ("A sequence starts 2, 7 and every term after the first is the sum of the two "
               "terms before it. What is the 5th term?")
    assert solve_now(problem).answer is None
