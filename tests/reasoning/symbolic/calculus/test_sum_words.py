"""Sums said in words or typed without TeX (calculus/sum_words.py), in wordings of our own;
each value is confirmed where every `\\sum` is (numerically, independently)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.calculus.sum_words import as_tex
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 + 8 + 27 + 64 + 125 = 225
    ("Find the sum from k=1 to 5 of k^3.", "225"),
    ("What is the sum of n^3 for n from 1 to 5?", "225"),
    # telescoping: 1/(n(n+2)) = (1/n - 1/(n+2))/2, from 1: (1 + 1/2)/2 = 3/4
    ("Evaluate the sum of 1/(n(n+2)) from n = 1 to infinity.", r"\frac{3}{4}"),
    # geometric: 1/(1 - 1/3) = 3/2
    ("Compute the sum of 1/3^k from k = 0 to infinity.", r"\frac{3}{2}"),
    ("Evaluate sum_{j=1}^{4} j^2", "30"),
    ("Evaluate sum_(m=0)^(3) 2^m", "15"),
])
def test_sums_in_words_and_typed_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_rest_of_the_sentence_is_kept() -> None:
    assert as_tex("Find the sum from k=1 to 5 of k^3.") == \
        r"Find $\sum_{k=1}^{5} \left(k^{3}\right)$."


@pytest.mark.parametrize("problem", [
    # a sum that does not converge: its value (infinity) cannot be confirmed numerically
    "Evaluate the sum of 1/n from n = 1 to infinity.",
    # the last value is a letter: not a number to stop at
    "Find the sum from k=1 to m of k.",
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
