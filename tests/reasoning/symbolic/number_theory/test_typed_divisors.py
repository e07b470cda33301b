"""Divisors of one integer read by `number_theory.divisor_questions`: counts with qualifiers,
sums, products, reciprocals, the largest, and the least number with k divisors; several
phrasings each, our own problems (answers by hand from the factorisations), and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 360 = 2^3 3^2 5: 4 * 3 * 2; (4 + 1)(2 + 1); 126 = 2 3^2 7
    ("How many positive factors does 360 have?", "24"),
    (r"How many positive integer divisors does $2^4 \cdot 11^2$ have?", "15"),
    ("Determine the number of distinct positive factors of 126.", "12"),
    # 72 = 2^3 3^2: even ones take 2^1..2^3; 240 = 2^4 3 5: odd ones are divisors of 15
    ("How many even divisors does 72 have?", "9"),
    ("How many odd factors does $240$ have?", "4"),
    # 576 = 2^6 3^2: squares from exponents (0,2,4,6) x (0,2); 300 = 2^2 3 5^2: 15 times a
    # divisor of 20; 150 = 2 3 5^2: those not divisible by 5 are the divisors of 6
    ("How many of the distinct positive divisors of 576 are perfect squares?", "8"),
    ("Determine the number of positive divisors of 300 that are divisible by 15.", "6"),
    ("Compute the number of distinct positive factors of 150 that are not multiples of 5.", "4"),
    (r"Let $n = 2^2 \cdot 3^3$. How many positive factors of $n$ are multiples of 6?", "6"),
    ("Compute the number of different prime divisors of 2310.", "5"),  # 2 3 5 7 11
])
def test_counts_of_divisors(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # (1 + 3 + 9)(1 + 5) = 78; 1 + 2 + 4 + 5 + 10 = 22; 1 + 3 + 5 + 15 = 24; 1 * 2 * 7 * 14;
    # 18 = 2 3^2: (1 + 2 + 3 + 6 + 9 + 18) / 18 = 39 / 18; 1309 = 7 11 17; 1080 = 2^3 3^3 5
    (r"Give the sum of the distinct positive divisors of $3^2 \cdot 5$.", "78"),
    ("Calculate the sum of all of the proper divisors of 20.", "22"),
    ("Compute the sum of the four distinct positive divisors of 15.", "24"),
    ("Calculate the product of all of the positive factors of 14.", "196"),
    (r"Give the sum of the reciprocals of all positive factors of $2 \cdot 3^2$.",
     r"\frac{13}{6}"),
    ("Determine the greatest prime divisor of 1309.", "17"),
    ("Find the greatest perfect square divisor of 1080.", "36"),
])
def test_sums_products_and_extremes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 48 = 2^4 3: (4+1)(1+1); 24 = 2^3 3 (30 = 2 3 5 is larger); 60 = 2^2 3 5 (72 = 2^3 3^2)
    ("Determine the least positive number having exactly ten distinct divisors.", "48"),
    ("Compute the smallest positive whole number with exactly 8 different factors.", "24"),
    ("Determine the smallest positive whole number that has exactly 12 distinct divisors.",
     "60"),
])
def test_least_number_with_so_many_divisors(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many integer factors of 12 are even?",  # negative divisors too?
    "How many square factors does 144 have?",  # 'square' without 'perfect'
    "Give the product of the three positive factors of 21.",  # 21 has four
    r"Let $p = 30$. Determine the sum of the positive divisors of $q$.",  # q is not p
])
def test_declines(problem):
    assert solve_now(problem).answer is None
