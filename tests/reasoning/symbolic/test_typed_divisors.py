"""Divisors of one integer read by `number_theory.divisor_questions`: counts with qualifiers,
sums, products, reciprocals, the largest, and the least number with k divisors; several
phrasings each, our own problems (answers by hand from the factorisations), and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 360 = 2^3 3^2 5: 4 * 3 * 2; 200 = 2^3 5^2; 84 = 2^2 3 7
    ("How many positive factors does 360 have?", "24"),
    (r"How many distinct, positive divisors does $2^3 \cdot 5^2$ have?", "12"),
    ("Find the number of positive divisors of 84.", "12"),
    # 72 = 2^3 3^2: even ones take 2^1..2^3; 240 = 2^4 3 5: odd ones are divisors of 15
    ("How many even divisors does 72 have?", "9"),
    ("How many odd factors does $240$ have?", "4"),
    # 144 = 2^4 3^2: squares from exponents (0,2,4) x (0,2)
    ("How many positive factors of 144 are perfect squares?", "6"),
    ("How many positive divisors of 200 are multiples of 10?", "6"),
    ("How many positive divisors of 90 are not divisible by 3?", "4"),
    (r"Let $n = 2^2 \cdot 3^3$. How many positive factors of $n$ are multiples of 6?", "6"),
    ("Find the number of distinct prime factors of 210.", "4"),
])
def test_counts_of_divisors(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the sum of all of the distinct positive factors of 28?", "56"),
    ("Find the sum of the proper divisors of 28.", "28"),
    ("What is the sum of the four positive factors of 10?", "18"),
    ("What is the product of the positive divisors of 10?", "100"),
    ("What is the sum of the reciprocals of the positive factors of 28?", "2"),
    ("What is the largest prime factor of 1001?", "13"),
    ("What is the largest perfect square factor of 720?", "144"),
])
def test_sums_products_and_extremes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 12 = 2^2 3: (2+1)(1+1); 36 = 2^2 3^2; 6 = 2 * 3
    ("What is the smallest positive integer with exactly 6 positive divisors?", "12"),
    ("Find the least positive integer that has exactly nine positive factors.", "36"),
    ("What is the smallest positive integer having exactly 4 divisors?", "6"),
])
def test_least_number_with_so_many_divisors(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many integer factors of 12 are even?",  # negative divisors too?
    "How many square factors does 144 have?",  # 'square' without 'perfect'
    "How many positive divisors of 60 are not less than 10?",
    "What is the sum of the five positive factors of 10?",  # 10 has four
    r"Let $n = 12$. How many positive divisors does $m$ have?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
