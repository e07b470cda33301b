"""Numerals in other bases read by the typed reader `number_theory.base_questions`: values,
sums and products, remainders, digit counts and digit sums, several phrasings each, our own
problems (answers worked out by hand: 2301_4 = 2*64 + 3*16 + 1 = 177 ...), and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.number_theory.numeral_arithmetic import evaluate


@pytest.mark.parametrize(("problem", "answer"), [
    # the value of a numeral in base 10
    (r"Convert $2301_4$ to a base 10 integer.", "177"),
    (r"What is the base ten equivalent of $4213_5$?", "558"),
    (r"The base two number $110101_2$ is equal to which base ten number?", "53"),
    ("What is the base-ten number represented by the base-seven number 64?", "46"),
    (r"Write $1202_3$ in base 10.", "47"),
    # a base-10 number written in another base (400 = 343 + 49 + 7 + 1)
    ("What is the base-10 integer 400 when expressed in base 7?", "1111_7"),
    (r"Convert $400_{10}$ to base 7.", "1111_7"),
    (r"Express $29$ in binary.", "11101_2"),
])
def test_values_in_another_base(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 52_7 = 37, 36_7 = 27, 64 = 121_7
    (r"Find $52_7 + 36_7$. Express your answer in base 7.", "121_7"),
    (r"Add $52_7$ and $36_7$ in base 7.", "121_7"),
    (r"What is the sum of $52_7$ and $36_7$ in base $7$?", "121_7"),
    (r"Express the sum of $101_2$ and $22_3$ in base 10.", "13"),
    (r"Find the difference between $300_5$ and $44_5$ in base 5.", "201_5"),
    (r"What is $1011_2 \times 11_2$? Express your answer in base 2.", "100001_2"),
    (r"Find $110_2 \times 101_2 \div 11_2$. Express your answer in base 2.", "1010_2"),
    (r"What is $21_4 - 33_4$? Express your answer in base 4.", "-12_4"),
])
def test_arithmetic_in_bases(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 765_8 = 501 = 6 * 83 + 3
    (r"When the base-8 number $765_8$ is divided by 6, what is the remainder?", "3"),
    (r"What is the remainder when $765_8$ is divided by $6$?", "3"),
    (r"When the octal number $765_8$ is divided by 6, what is the remainder (give your "
     r"answer in base 10)?", "3"),
])
def test_remainders_of_numerals(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 81 <= 200 < 243: five base-3 digits; 99 = 344_5; 100 = 244_6; 0x123 = 291 < 512
    ("How many digits are there in the base-3 representation of 200?", "5"),
    (r"When $123_{16}$ is written in base 2, how many digits does it have?", "9"),
    (r"What is the sum of the digits of the base-5 representation of $99_{10}$?", "11"),
    (r"What is the product of the digits in the base 6 representation of $100_{10}$?", "32"),
    (r"What is the units digit of the base-6 representation of $100_{10}$?", "4"),
])
def test_digits_in_a_base(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Convert $2701_6$ to base 10.",  # 7 is not a base-6 digit
    r"Express the sum of $101_2$ and $11$ in base 10.",  # the plain 11: in which base?
    r"Convert $53_6$ to base 10 and to base 5.",  # two answers asked
    r"How many digits does $53_6$ have in this base?",
])
def test_declines_what_it_cannot_read_safely(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 2b + 5 + b + 3 = 4b; (b + 3)^2 = b^2 + 7b + 1; 61_8 = 49 = (b + 1)^2; 3b + 1 = 25
    (r"Find the value of $b$ that satisfies the equation $25_b + 13_b = 40_b$.", "8"),
    (r"In a certain base $b$, the square of $13_b$ is $171_b$. What is $b$?", "8"),
    (r"The base eight number $61_8$ is equal to the base $b$ number $121_b$. What is the "
     r"positive value of $b$?", "6"),
    (r"What is the smallest integer $b > 5$ for which the base $b$ number $31_b$ is a perfect "
     r"square?", "8"),
])
def test_an_unknown_base(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Find the value of $b$ that satisfies the equation $12_b + 12_b = 24_b$.",  # every base
    r"Find the value of $b$ that satisfies the equation $25_b + 13 = 40_b$.",  # 13 in base?
    r"In a certain base $b$, the square of $13_b$ is $171_a$. What is $b$?",
])
def test_an_unknown_base_declines(problem):
    assert solve_now(problem).answer is None


def test_exact_arithmetic_reads_only_numbers_and_operators():
    assert evaluate(r"\frac{96}{3} + 2 \times (7 - 4) \div 3") == 34
    for bad in ("2 ** 3", "x + 1", r"\sqrt{4}", "1 +"):
        with pytest.raises(Exception, match="expression|whole numbers"):
            evaluate(bad)
