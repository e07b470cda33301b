"""Integers searched by a condition on a function defined in words (`worded_searches`).
Our own wordings; each answer worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # sigma(n) = n + 1 exactly for primes: 15 primes up to 50
    (r"Let $f(n)$ be the sum of the positive divisors of $n$. How many integers $n$ with "
     r"$1 \le n \le 50$ satisfy $f(n) = n + 1$?", "15"),
    # 299 is the least with digit sum 20
    (r"For each positive integer $n$, let $S(n)$ denote the sum of the digits of $n$. What is "
     r"the smallest positive integer $n$ such that $S(n) = 20$?", "299"),
    # sigma(i) = 1 + sqrt(i) + i for squares of primes: 4, 9, ..., 361
    (r"If we let $f(k)$ denote the sum of all the positive divisors of the integer $k$, how "
     r"many integers $i$ exist such that $1 \le i \le 500$ and $f(i) = 1 + \sqrt{i} + i$?",
     "8"),
    (r"If we let $f(i)$ denote the sum of all the positive divisors of the integer $i$, how "
     r"many integers $i$ exist such that $1 \le i \le 500$ and $f(i) = 1 + \sqrt{i} + i$?", "8"),
    # three divisors: 4, 9, 25, 49
    (r"Let $d(n)$ be the number of positive divisors of $n$. For how many positive integers $n$ "
     r"with $n \le 100$ is $d(n) = 3$?", "4"),
    # the primes below 30
    (r"Let $d(n)$ be the number of positive divisors of $n$. Find the sum of all positive "
     r"integers $n$ with $n < 30$ such that $d(n) = 2$.", "129"),
    # sigma(180) = 546 > 540
    (r"Let $f(n)$ be the sum of the positive divisors of $n$. What is the smallest positive "
     r"integer $n$ such that $f(n) > 3n$?", "180"),
    # 2S(n) - 9k + 1 = 10 with k nines at the end: only n = 9
    (r"Let $S(n)$ be the sum of the digits of $n$. How many integers $n$ with $1 \le n \le 999$ "
     r"satisfy $S(n) + S(n+1) = 10$?", "1"),
    # digit products 0 for 10, 20, ...; 12 = 2*6 = 3*4: 26, 62, 34, 43
    (r"Let $p(n)$ be the product of the digits of $n$. How many integers $n$ with "
     r"$10 \le n \le 99$ satisfy $p(n) = 12$?", "4"),
    # tau(n) + tau(n + 1) = 6 at n = 5 (2 + 4), 6 (4 + 2), 7 (2 + 4), 10 (4 + 2); n = 8, 9
    # give 7, n = 1 to 4 give 3, 4, 5, 5
    (r"Let $\tau(n)$ denote the number of positive divisors of $n$. Find the sum of the four "
     r"least positive integers $n$ that are solutions to $\tau(n) + \tau(n+1) = 6$.", "28"),
    # primes: 2 + 3 + 5
    (r"Let $d(n)$ be the number of positive divisors of $n$. What is the sum of the three "
     r"smallest positive integers $n$ such that $d(n) = 2$?", "10"),
    # typed without dollar signs
    ("Let d(n) be the number of positive divisors of n. How many integers n with "
     "1 <= n <= 100 satisfy d(n) = 3?", "4"),
])
def test_searches(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no range given for a count
    r"Let $d(n)$ be the number of positive divisors of $n$. How many integers $n$ satisfy "
    r"$d(n) = 3$?",
    # a phrase that is not a known arithmetic function
    r"Let $f(n)$ be the number of primes less than $n$. How many integers $n$ with "
    r"$1 \le n \le 20$ satisfy $f(n) = 4$?",
    # a call inside a call
    r"Let $S(n)$ be the sum of the digits of $n$. How many integers $n$ with "
    r"$1 \le n \le 99$ satisfy $S(S(n)) = 1$?",
    # another letter in the condition
    r"Let $S(n)$ be the sum of the digits of $n$. How many integers $n$ with "
    r"$1 \le n \le 99$ satisfy $S(n) = k$?",
    # only n = 3 and 4 have tau(n) + tau(n + 1) = 5 (a prime beside a prime's square)
    r"Let $\tau(n)$ denote the number of positive divisors of $n$. Find the sum of the four "
    r"least positive integers $n$ that are solutions to $\tau(n) + \tau(n+1) = 5$.",
    # integers with no lower bound (0 and the negatives have no divisor sum)
    r"Let $f(n)$ be the sum of the positive divisors of $n$. How many integers $n$ with "
    r"$n \le 50$ satisfy $f(n) = n + 1$?",
    # a call where the function is not defined (f(0) at n = 1)
    r"Let $f(n)$ be the sum of the positive divisors of $n$. How many integers $n$ with "
    r"$1 \le n \le 50$ satisfy $f(n - 1) = n$?",
    # "not" before the condition
    r"Let $S(n)$ be the sum of the digits of $n$. How many integers $n$ with "
    r"$1 \le n \le 99$ do not satisfy $S(n) = 5$?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
