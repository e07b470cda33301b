"""A function defined in words and asked at numbers (`worded_functions`): each call is
asked as its own question and answered by its reader. Our own wordings; values by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 + 2 + 4 + 7 + 14 + 28
    (r"Let $\sigma(n)$ be the sum of the positive divisors of $n$. Find $\sigma(28)$.", "56"),
    (r"Let $f(m)$ be the sum of all the positive divisors of $m$. What is $f(28)$?", "56"),
    # 360 = 2^3 3^2 5
    (r"Let $\tau(n)$ denote the number of positive divisors of $n$. Find $\tau(360)$.", "24"),
    # 2^20 = 1048576, digit sum 31, then 4
    (r"For each positive integer $n$, let $S(n)$ denote the sum of the digits of $n$. What is "
     r"$S(S(2^{20}))$?", "4"),
    # 9 + 9
    (r"If $f(n)$ is the number of positive divisors of $n$, what is $f(36) + f(100)$?", "18"),
    (r"Let $s(k)$ denote the sum of the digits of $k$. Find $s(2^{10})$.", "7"),
    # sigma(6) = 12, sigma(12) = 28
    (r"If $f(n)$ is the sum of the positive divisors of $n$, what is $f(f(6))$?", "28"),
    # 2023 = 7 * 17^2
    (r"Let $g(n)$ be the greatest prime factor of $n$. Compute $g(2023)$.", "17"),
    # 100 = 14*7 + 2, 50 = 7*7 + 1
    (r"Let $r(n)$ be the remainder when $n$ is divided by $7$. What is $r(100) \cdot r(50)$?",
     "2"),
    (r"Let $r(n)$ be the remainder when $n$ is divided by $7$. What is $r(100) - r(50)$?", "1"),
    # what divisors are, said again: 1, 2, 3, 4, 6, 12
    (r"Let $\tau (n)$ denote the number of positive divisors of $n$ (including $1$ and $n$). "
     r"Find $\tau(12)$.", "6"),
    # typed without dollar signs: 99 -> 18, 1024 -> 7
    ("Let f(n) be the sum of the divisors of n. Find f(28).", "56"),
    ("Let s(n) denote the sum of the digits of n. What is s(2^10) + s(99)?", "25"),
])
def test_values_of_a_worded_function(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a condition on a function this reader does not evaluate
    r"Let $f(n)$ be the number of primes less than $n$. How many integers $n$ with "
    r"$1 \le n \le 20$ satisfy $f(n) = 4$?",
    # called at a letter
    r"Let $f(n)$ be the number of positive divisors of $n$. Find $f(x)$.",
    # the phrase does not name the variable, or names another
    r"Let $f(n)$ be the sum of the digits of $100$. Find $f(3)$.",
    r"For each positive integer $m$, let $f(n)$ be the sum of the digits of $n$. Find $f(12)$.",
    # a sentence between the definition and the question
    r"Let $f(n)$ be the sum of the digits of $n$. Some numbers are large. Find $f(12)$.",
    # a parenthesis that changes a range is not dropped
    r"Let $f(n)$ be the number of primes between $1$ and $n$ (including $1$ and $n$). "
    r"Find $f(10)$.",
    # called at a fraction
    r"Let $f(n)$ be the number of positive divisors of $n$. Find $f(1/2)$.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
