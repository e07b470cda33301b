"""Residues read by `number_theory.residue_questions` and the remainder, inverse and
condition readers: an integer of a range that satisfies a congruence, a value with inverses
modulo m, residues and inverses asked with an answer range, and 'congruent to' conditions;
our own problems (answers by hand, e.g. 5 * 7 = 35 = 2 * 17 + 1), and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find the integer $n$, $0 \le n \le 8$, such that \[n \equiv 5000 \pmod{9}.\]", "5"),
    (r"Which integer $n$ with $0 \le n < 13$ satisfies $$n \equiv -100 \pmod{13}~?$$", "4"),
    (r"Find the integer $k$, $10 \le k \le 16$, that satisfies $k \equiv 45 \pmod 7$.", "10"),
    (r"What integer $n$ satisfies $0 \le n < 17$ and $5n \equiv 1 \pmod{17}$?", "7"),
])
def test_the_integer_of_a_range(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 47 * 53 = 2491; 6n = 18 (mod 30) iff n = 3 (mod 5); 4x + 3 = 1 (mod 6) iff x = 1 (mod 3)
    (r"Suppose $47 \cdot 53 \equiv n \pmod{20}$, where $0 \le n < 20$. What is the value of "
     r"$n$?", "11"),
    (r"What is the largest three-digit integer $n$ that satisfies $6n \equiv 18 \pmod{30}$?",
     "998"),
    (r"Find the largest negative integer $x$ which satisfies the congruence "
     r"$4x + 3 \equiv 1 \pmod{6}$.", "-2"),
    (r"How many two-digit positive integers $x$ satisfy $5x \equiv 3 \pmod{7}$?", "12"),
])
def test_solutions_of_a_congruence_in_a_range(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 5^-1 = 9 and 2^-1 = 6 modulo 11; 7^-1 = 3 modulo 20; 4^-1 = 7 modulo 9
    (r"What is $5^{-1} + 2^{-1} \pmod{11}$? Express your answer as an integer from $0$ to "
     r"$10$, inclusive.", "4"),
    (r"Find $3 \cdot 7^{-1} \pmod{20}$.", "9"),
    (r"Compute $2^{-2} \pmod{9}$.", "7"),
    (r"What is the residue of $7^{100}$, modulo 5?", "1"),
    (r"What is the modulo $7$ residue of $100 + 3 \cdot 20$?", "6"),
    ("Compute the multiplicative inverse of 7 modulo 26. Express your answer as an integer "
     "from 0 to 25.", "15"),
])
def test_values_modulo_m(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the smallest positive three-digit integer congruent to 4 (mod 9)?", "103"),
    (r"What is the largest 3 digit integer congruent to $5 \pmod{12}$?", "989"),
    ("How many two-digit positive integers are congruent to 2 (mod 5)?", "18"),
])
def test_congruent_to_as_a_condition(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 11 = 3*3 + 2 = 4*2 + 3 = 5*2 + 1; lcm(4, 5, 6) + 1 = 61; 7 * 29 = 203
    ("What is the smallest whole number that has a remainder of 2 when divided by 3, a "
     "remainder of 3 when divided by 4, and a remainder of 1 when divided by 5?", "11"),
    ("What is the least positive integer greater than 1 that leaves a remainder of 1 when "
     "divided by each of 4, 5 and 6?", "61"),
    ("What is the smallest positive integer that ends in 3 and is divisible by 7?", "63"),
    ("What is the smallest positive integer that ends in 03 and is divisible by 7?", "203"),
    ("How many positive multiples of 3 that are less than 100 have a units digit of 3?", "4"),
    ("What is the greatest possible three-digit number that is divisible by 4 and divisible "
     "by 9?", "972"),
])
def test_remainder_and_last_digit_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Find the integer $n$, $0 \le n \le 20$, such that $n \equiv 3 \pmod{7}$.",  # 3, 10, 17
    r"What is $2^{-1} + 4^{-1} \pmod{8}$?",  # no inverse of 2 modulo 8
    r"What is $5^{-1} + 1 \pmod{11}$? Express your answer as an integer from $1$ to $11$.",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 7^10 = 282475249; 3^7 = 2187; 2^12 = 4096; 3^9 = 19683; 1000003 = 17 * 58823 + 12
    (r"What are the rightmost two digits of $7^{10}$?", "49"),
    (r"What is the units digit when $3^{7}$ is multiplied out?", "7"),
    (r"What is the sum of the tens digit and the units digit in the decimal representation of "
     r"$2^{12}$?", "15"),
    (r"What is the digit in the tens place when $3^{9}$ is expressed in decimal notation?", "8"),
    ("Calculate the whole number remainder when 1000003 is divided by 17.", "12"),
])
def test_digits_and_remainders_in_other_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # gcd * lcm = product: 4 * 120 / 24 = 20 (gcd(24, 20) = 4, lcm = 120); 5 * 60 = 300
    ("The least common multiple of two positive integers is 120 and their greatest common "
     "divisor is 4. If one of the numbers is 24, what is the other number?", "20"),
    ("The greatest common divisor of two integers is 5 and their least common multiple is 60. "
     "What is the product of the two numbers?", "300"),
])
def test_two_numbers_from_their_gcd_and_lcm(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 7 does not divide 60: no such numbers
    "The least common multiple of two integers is 60 and 7 is their greatest common divisor. "
    "What is the product of the two numbers?",
    # 4 * 120 / 36 is not whole
    "The least common multiple of two positive integers is 120 and their greatest common "
    "divisor is 4. If one of the numbers is 36, what is the other number?",
])
def test_gcd_and_lcm_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 11 * 13 * 15 * 17 * 19 ends in 5; 1 * 2 * ... * 12 ends in 0; 12, 18, ..., 96: mean 54;
    # 3 * 5 * 7 = 105
    ("What is the units digit of the product of all the odd positive integers between 10 and "
     "20?", "5"),
    ("What is the units digit in the product of all natural numbers from 1 to 12, inclusive?",
     "0"),
    ("What is the arithmetic mean of all positive two-digit multiples of 6?", "54"),
    ("What is the product of all the odd integers between 2 and 8?", "105"),
])
def test_products_and_means_of_integer_sets(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 9 squares and 4 cubes below 100, 1 and 64 both; 50 - (7 + 3 - 1); (6k)^2 < 1000: k <= 5;
    # 27 and 64; the sixth powers 64, 729
    ("How many positive integers less than 100 are either a perfect cube or a perfect "
     "square?", "11"),
    ("How many numbers from 1 to 50 are not perfect squares or perfect cubes?", "41"),
    ("How many positive perfect squares less than 1000 are multiples of 12?", "5"),
    ("How many two-digit perfect cubes are divisible by 4?", "1"),
    ("What is the least three-digit whole number that is both a perfect square and a perfect "
     "cube?", "729"),
    ("What is the greatest two-digit number that is a perfect square?", "81"),
])
def test_perfect_squares_and_cubes(problem, answer):
    assert_solved(problem, answer)
