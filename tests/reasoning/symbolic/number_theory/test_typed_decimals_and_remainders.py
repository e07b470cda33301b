"""A fraction's decimal (`number_theory.decimal_questions`, `decimals`) and remainders known
in words (`number_theory.remainder_words`): several phrasings each, our own problems
(answers by hand, e.g. 7/800 = 0.00875; 3 + 6 + 8 + 9 = 26 = 2 * 11 + 4), and
declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Rewrite the fraction $\frac{11}{16}$ to a decimal.", "0.6875"),
    (r"Give the decimal form of the number $\frac{13}{32}$.", "0.40625"),
    (r"Express the number $\frac{27}{5^3 \times 2^2}$ as a decimal.", "0.054"),  # 27/500
    (r"Find the digit in the thousandths place when $\frac{7}{16}$ is written as a decimal.",
     "7"),  # 0.4375
    (r"Find the first nonzero digit after the decimal point when the fraction $\frac{3}{470}$ "
     r"is written as a decimal.", "6"),  # 0.00638...
    # 2/7 = 0.(285714): the 15th digit is the 3rd of the block
    (r"Find the fifteenth digit past the decimal point when $\frac{2}{7}$ is written as a "
     r"decimal.", "5"),
])
def test_decimal_digits(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 3/64 = 0.046875; 7/800 = 0.00875; 3/3200 = 0.0009375
    (r"If the fraction $\frac{3}{2^6}$ is written as a decimal, how many digits are after the "
     r"decimal point?", "6"),
    (r"How many nonzero digits are after the decimal point in the terminating decimal expansion "
     r"of $\frac{7}{2^5 \cdot 5^2}$?", "3"),
    (r"How many zeroes are after the decimal point and before the first nonzero digit when the "
     r"number $\frac{3}{2^7 \cdot 5^2}$ is written as a terminating decimal?", "3"),
    # k/60 terminates exactly when 3 divides k: 27, 30, ..., 150 (42 of them); k/150 too, so
    # 101 - 33 of 100 ... 200 repeat
    (r"For how many $k$ between $25$ and $150$, inclusive, is $\frac{k}{2^2 \cdot 3 \cdot 5}$ a "
     r"terminating decimal?", "42"),
    (r"For how many values of $k$ between $100$ and $200$, inclusive, is "
     r"$\frac{k}{3 \cdot 5^2 \cdot 2}$ a repeating decimal?", "68"),
])
def test_decimal_counts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 + 6 + 8 + 9 = 26 = 2 * 11 + 4; 5 * 9 = 45 = 3 * 13 + 6
    ("The remainders when four integers are divided by 11 are 3, 6, 8 and 9. Determine the "
     "remainder when the sum of those four integers is divided by 11.", "4"),
    ("When two integers are divided by 13, the remainders are 5 and 9, respectively. What is "
     "the remainder when the product of these integers is divided by 13?", "6"),
    ("When four positive integers are divided by 10, the remainders are 1, 2, 3 and 4, "
     "respectively. What is the remainder when the product of the four integers is divided "
     "by 5?", "4"),
    # 3 * 5 + 4 = 19 = 2 * 7 + 5; 3^2 + 2 * 3 = 15 = 11 + 4
    (r"Suppose $k$ leaves a remainder of 5 when divided by 7. Find the remainder when $3k + 4$ "
     r"is divided by 7.", "5"),
    (r"Suppose $y$ is 3 more than a multiple of 11. Determine the remainder when $y^2 + 2y$ is "
     r"divided by 11.", "4"),
])
def test_remainders_known_in_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Rewrite the fraction $\frac{5}{12}$ as a terminating decimal.",
    r"How many zeroes are after the decimal point and before the first nonzero digit when the "
    r"number $\frac{2}{15}$ is written as a terminating decimal?",
    "The remainders when four integers are divided by 11 are 3, 6 and 8. Determine the "
    "remainder when the sum of those four integers is divided by 11.",  # three remainders
    r"Suppose $k$ leaves a remainder of 5 when divided by 9. Find the remainder when $k + 2$ "
    r"is divided by 6.",  # 6 does not divide 9: k = 5 gives 1, k = 14 gives 4
])
def test_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 3/7 = 0.(428571)
    (r"How many digits repeat in the decimal expansion of $\frac{3}{7}$?", "6"),
    # 1/37 = 0.(027)
    (r"What is the length of the repeating block in the decimal expansion of $\frac{1}{37}$?",
     "3"),
    # 1/101 = 0.(0099)
    (r"What is the period of the repeating decimal for $\frac{1}{101}$?", "4"),
])
def test_block_length_in_other_words(problem, answer):
    assert_solved(problem, answer)
