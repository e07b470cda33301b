"""A fraction's decimal (`number_theory.decimal_questions`, `decimals`) and remainders known
in words (`number_theory.remainder_words`): several phrasings each, our own problems
(answers by hand, e.g. 3/12500 = 0.00024; 4 + 5 + 7 = 16 = 9 + 7), and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Express $\frac{7}{40}$ as a terminating decimal.", "0.175"),
    (r"Find the terminating decimal expansion of $\frac{3}{64}$.", "0.046875"),
    (r"Write $\frac{9}{2^3 \cdot 5^2}$ as a decimal.", "0.045"),
    (r"What is the digit in the hundredths place of the decimal equivalent of "
     r"$\frac{5}{8}$?", "2"),
    (r"What is the first nonzero digit to the right of the decimal point of the fraction "
     r"$\frac{1}{73}$?", "1"),
    ("What is the 20th digit after the decimal point of the decimal representation of 1/3?",
     "3"),
])
def test_decimal_digits(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"How many digits are located to the right of the decimal point when $\frac{7}{2^5}$ is "
     r"expressed as a decimal?", "5"),
    (r"If $\frac{3}{2^2 \cdot 5^5}$ is expressed as a decimal, how many non-zero digits are to "
     r"the right of the decimal point?", "2"),
    (r"How many zeros are located to the right of the decimal point and before the first "
     r"non-zero digit in the terminating decimal representation of $\frac{1}{2^3 \cdot 5^6}$?",
     "5"),
    (r"For how many integer values of $n$ between 1 and 60 inclusive does the decimal "
     r"representation of $\frac{n}{60}$ terminate?", "20"),
    (r"For how many integers $n$ between 1 and 20 (inclusive) is $\frac{n}{21}$ a repeating "
     r"decimal?", "20"),
])
def test_decimal_counts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("When three positive integers are divided by 9, the remainders are 4, 5, and 7, "
     "respectively. When the sum of the three integers is divided by 9, what is the "
     "remainder?", "7"),
    ("The remainders when two positive integers are divided by 8 are 3 and 5. Find the "
     "remainder when their product is divided by 8.", "7"),
    ("When four positive integers are divided by 10, the remainders are 1, 2, 3 and 4, "
     "respectively. What is the remainder when the product of the four integers is divided "
     "by 5?", "4"),
    (r"When $n$ is divided by 4, the remainder is 3. What is the remainder when $2n+5$ is "
     r"divided by 4?", "3"),
    (r"If $x$ is 2 less than a multiple of 9, then what is the remainder when $x^2 + 1$ is "
     r"divided by 9?", "5"),
])
def test_remainders_known_in_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Express $\frac{1}{3}$ as a terminating decimal.",
    r"How many zeros are located to the right of the decimal point and before the first "
    r"non-zero digit in the terminating decimal representation of $\frac{1}{3}$?",
    "When three positive integers are divided by 9, the remainders are 4 and 5, respectively. "
    "When the sum of the three integers is divided by 9, what is the remainder?",
    r"When $n$ is divided by 6, the remainder is 1. What is the remainder when $n+4$ is "
    r"divided by 4?",  # 4 does not divide 6: n = 7 gives 3, n = 13 gives 1
])
def test_declines(problem):
    assert solve_now(problem).answer is None
