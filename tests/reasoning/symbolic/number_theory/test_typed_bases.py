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
    (r"Find the decimal value of $3142_5$.", "422"),  # 375 + 25 + 20 + 2
    (r"The binary numeral $101101_2$ is what decimal number?", "45"),  # 32 + 8 + 4 + 1
    ("Find the base 10 integer represented by the base eight numeral 75.", "61"),
    (r"Write $1202_3$ in base 10.", "47"),
    # a base-10 number written in another base (300 = 216 + 2*36 + 2*6; 400 = 343 + 49 + 7 + 1)
    ("Express the decimal number 300 in base 6.", "1220_6"),
    (r"Convert $400_{10}$ to base 7.", "1111_7"),
    (r"Express $29$ in binary.", "11101_2"),
])
def test_values_in_another_base(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 43_6 + 25_6 = 27 + 17 = 44 = 112_6; 52_7 = 37, 36_7 = 27, 64 = 121_7
    (r"Compute $43_6 + 25_6$ (write the answer in base 6).", "112_6"),
    (r"Add $52_7$ and $36_7$ in base 7.", "121_7"),
    (r"What is the sum of $52_7$ and $36_7$ in base $7$?", "121_7"),
    (r"Write the sum of $1101_2$ and $21_3$ as a decimal number.", "20"),  # 13 + 7
    # 146 - 35 = 111 = 3*36 + 3; 7 * 5 = 35 = 32 + 2 + 1; 12 / 4 * 7 = 21; 11 - 22 = -11
    (r"Compute the difference of $402_6$ and $55_6$ in base six.", "303_6"),
    (r"Compute $111_2 \times 101_2$ (give the answer in binary).", "100011_2"),
    (r"Evaluate $1100_2 \div 100_2 \times 111_2$ (answer in base 2).", "10101_2"),
    (r"Calculate $102_3 - 211_3$. Leave the answer in base 3.", "-102_3"),
])
def test_arithmetic_in_bases(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 527_8 = 320 + 16 + 7 = 343 = 5 * 68 + 3
    (r"Find the remainder if the base 8 number $527_8$ is divided by 5.", "3"),
    (r"Calculate the remainder if $527_8$ is divided by $5$.", "3"),
    (r"When the octal numeral $527_8$ is divided by 5, what is the remainder? Give the answer "
     r"in decimal.", "3"),
])
def test_remainders_of_numerals(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 256 <= 1000 < 1024: five base-4 digits; 0x123 = 291 < 512; 150 = 2112_4; 180 = 345_7;
    # 500 = 55 * 9 + 5
    ("How many digits does the base 4 expansion of 1000 have?", "5"),
    (r"When $123_{16}$ is written in base 2, how many digits does it have?", "9"),
    (r"Find the sum of all the digits in the base 4 form of $150_{10}$.", "6"),
    (r"Compute the product of the digits of the base 7 expansion for $180_{10}$.", "60"),
    (r"What is the rightmost digit of the base 9 expansion of $500_{10}$?", "5"),
])
def test_digits_in_a_base(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Convert $2701_6$ to base 10.",  # 7 is not a base-6 digit
    r"Write the sum of $1101_2$ and $21$ as a decimal number.",  # the plain 21: which base?
    r"Convert $53_6$ to base 10 and to base 5.",  # two answers asked
    r"How many digits does $53_6$ have in this base?",
])
def test_declines_what_it_cannot_read_safely(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 2b + 5 + b + 3 = 4b; (k + 4)^2 = 2k^2 + 3k + 2; 144_6 = 64 = m^2; (n + 1)^2 = 144
    (r"Find the value of $b$ that satisfies the equation $25_b + 13_b = 40_b$.", "8"),
    (r"In some base $k$, the square of $14_k$ is $232_k$. Find the value of $k$.", "7"),
    (r"The base $6$ number $144_6$ is equal to the base $m$ number $100_m$. Find the value of "
     r"$m$.", "8"),
    (r"Find the positive value of $n$ for which $121_n = 144_{10}$.", "11"),
    # 3b + 2 = 29; b^2 + 2b + 1 = 64; 3b + 2 = 29; 2b + 4 + b + 3 = 4b + 1
    (r"If $32_b = 29_{10}$, what is the base $b$?", "9"),
    (r"In what base $b$ is $121_b = 64_{10}$?", "7"),
    (r"Find the base $b$ for which $32_b = 29_{10}$.", "9"),
    (r"In which base $b$ does $24_b + 13_b = 41_b$?", "6"),
])
def test_an_unknown_base(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Determine the value of $k$ such that $21_k + 13_k = 34_k$.",  # every base from 5 up
    r"Find the value of $b$ that satisfies the equation $25_b + 13 = 40_b$.",  # 13 in base?
    r"In some base $k$, the square of $14_k$ is $232_j$. Find the value of $k$.",
    r"In which base $b$ does $47_b = 61_b$?",  # 4b + 7 = 6b + 1 gives b = 3, below the digit 7
])
def test_an_unknown_base_declines(problem):
    assert solve_now(problem).answer is None


def test_exact_arithmetic_reads_only_numbers_and_operators():
    assert evaluate(r"\frac{96}{3} + 2 \times (7 - 4) \div 3") == 34
    for bad in ("2 ** 3", "x + 1", r"\sqrt{4}", "1 +"):
        with pytest.raises(Exception, match="expression|whole numbers"):
            evaluate(bad)


@pytest.mark.parametrize("problem", [
    # 275 = 1*144 + 10*12 + 11: every wording that names A = 10 and B = 11 is read the same way
    # (the answer holds letter digits, which the engine declines to write: the point is what
    # reason it gives, which names the letters only when they are not the usual ones)
    "Convert $275$ to base 12, using $A$ for $10$ and $B$ for $11$.",
    "Convert $275$ to base 12. Represent $10$ as $A$ and $11$ as $B$, if necessary.",
    "Convert $275$ to base 12. Here $A$ and $B$ denote the digits whose values are $10$ and $11$, "
    "respectively, in base 12.",
])
def test_usual_digit_letters_are_not_mistaken_for_others(problem):
    sol = solve_now(problem)
    assert sol.answer is None
    assert sol.detail == "an answer with letter digits"


@pytest.mark.parametrize("problem", [
    "Convert $275$ to base 12, using $B$ for $10$ and $A$ for $11$.",
    "Convert $275$ to base 12. Represent $10$ as $C$ and $11$ as $B$, if necessary.",
])
def test_unusual_digit_letters_decline_with_the_reason(problem):
    sol = solve_now(problem)
    assert sol.answer is None
    assert "digit letters other than" in (sol.detail or "")


@pytest.mark.parametrize(("problem", "answer"), [
    # 190 = 1*144 + 3*12 + 10 would need a letter; 193 = 1*144 + 4*12 + 1 does not
    ("Convert $193$ to base 12. Represent $10$ as $A$ and $11$ as $B$, if necessary.", "141_12"),
    ("Convert $193$ to base 12, using $A$ for $10$ and $B$ for $11$ if necessary.", "141_12"),
    # "if needed" as "if necessary": 200 = 1*169 + 2*13 + 5 needs no letter
    ("Convert $200_{10}$ to base 13. Use $A$ for 10 and $B$ for 11 if needed.", "125_13"),
    ("Write 200 in base 13, using $A$ for $10$ if needed.", "125_13"),
])
def test_digit_letters_told_but_not_needed(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # every numeral in base b: 4(b + 2) = b^2 + 3 gives b = 5 (or -1)
    (r"Find the positive base $b$ in which the equation $4 \cdot 12 = 103$ is valid.", "5"),
    (r"In what base $b$ is $4 \cdot 12 = 103$?", "5"),
    # (b + 3)^2 = b^2 + 7b + 1 gives b = 8
    (r"Find the base $b$ such that $13 \times 13 = 171$.", "8"),
    (r"In what base $b$ is $5 \cdot 5 = 31$?", "8"),  # 25 = 3b + 1
])
def test_an_unknown_base_every_numeral_written_in_it(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"In what base $b$ is $12 + 12 = 24$?",  # true in every base from 5 up
    r"In what base $b$ is $x + 12 = 103$?",  # a letter
    r"In what base $b$ is $4 \cdot 12 = 103_b$?",  # some numerals marked, some not
])
def test_an_unknown_base_every_numeral_near_misses_decline(problem):
    assert solve_now(problem).answer is None
