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
    # "the infinite sum": 1/((n + 1)(n + 2)) telescopes from 1 to 1/2; 1/((n+2)(n+3)) to 1/3
    ("Compute the infinite sum of 1/(n^2 + 3n + 2) from n = 1 to infinity.", r"\frac{1}{2}"),
    ("What is the infinite sum from n = 1 to infinity of 1/(n^2 + 5n + 6)?", r"\frac{1}{3}"),
    ("Evaluate sum_{j=1}^{4} j^2", "30"),
    ("Evaluate sum_(m=0)^(3) 2^m", "15"),
    # said casually: no "the", the letter "going" over its values, "add up"
    ("sum of j^3 for j = 1 to 4", "100"),
    ("whats the sum of 3m - 1 as m goes from 1 to 6", "57"),
    ("Add up 1/(n(n+1)) for n from 1 to 9.", r"\frac{9}{10}"),
    # floor and ceiling typed as words: 0+0+1+1+1+2+2+2+3+3 = 15; 1+1+2+2+2+... (n/3 up)
    ("sum of floor(k/3) for k = 1 to 10", "15"),
    ("find the sum of ceiling(n/3) as n runs from 1 to 9", "18"),
])
def test_sums_in_words_and_typed_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_floor_reaches_only_its_own_bracket() -> None:
    assert as_tex("sum of floor(k/3) for k = 1 to 6") == \
        r"$\sum_{k=1}^{6} \left(\lfloor k/3 \rfloor\right)$"
    # the floor's bracket closes before the term ends: left as it was, not read
    assert as_tex("sum of floor(k/3) + (k/2) for k = 1 to 6") == \
        "sum of floor(k/3) + (k/2) for k = 1 to 6"


def test_the_rest_of_the_sentence_is_kept() -> None:
    assert as_tex("Find the sum from k=1 to 5 of k^3.") == \
        r"Find $\sum_{k=1}^{5} \left(k^{3}\right)$."


@pytest.mark.parametrize("problem", [
    # a sum that does not converge: its value (infinity) cannot be confirmed numerically
    "Evaluate the sum of 1/n from n = 1 to infinity.",
    # the last value is a letter: not a number to stop at
    "Find the sum from k=1 to m of k.",
    # "infinite" said of a sum that stops at 10
    "Compute the infinite sum of 1/(n(n+2)) from n = 1 to 10.",
    "sum of floor(k/3) for k = 1 to n",
    # no letter named for the sum to run over
    "add up floor(k/3) from 1 to 10",
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
