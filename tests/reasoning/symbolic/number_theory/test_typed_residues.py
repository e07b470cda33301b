"""Residues read by `number_theory.residue_questions` and the remainder, inverse and
condition readers: an integer of a range that satisfies a congruence, a value with inverses
modulo m, residues and inverses asked with an answer range, and 'congruent to' conditions;
our own problems (answers by hand, e.g. 4 * 15 = 60 = 3 * 19 + 3), and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 4321 = 11 * 392 + 9 and 9 - 11 = -2; 61 = 9 * 6 + 7 and 25 = 18 + 7; 4 * 15 = 60 = 57 + 3
    (r"Determine the integer $t$ for which $t \equiv 4321 \pmod{11}$, where $-5 \le t \le 5$.",
     "-2"),
    (r"Which integer $n$ with $0 \le n < 13$ satisfies $$n \equiv -100 \pmod{13}~?$$", "4"),
    (r"What is the integer $m$ satisfying $m \equiv 61 \pmod 9$ with $20 \le m \le 28$?", "25"),
    (r"Determine the integer $b$ where $0 \le b < 19$ and $4b \equiv 3 \pmod{19}$.", "15"),
])
def test_the_integer_of_a_range(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 38 * 61 = 2318 = 25 * 92 + 18; 4y = 12 (mod 20) iff y = 3 (mod 5);
    # 5z + 2 = 7 (mod 8) iff z = 1 (mod 8); 3w = 2 (mod 11) iff w = 8 (mod 11): 107, ..., 998
    (r"Given $38 \cdot 61 \equiv r \pmod{25}$ with $0 \le r < 25$, determine $r$.", "18"),
    (r"Find the greatest two-digit integer solution to $4y \equiv 12 \pmod{20}$.", "98"),
    (r"Determine the greatest negative integer solution to $5z + 2 \equiv 7 \pmod{8}$.", "-7"),
    (r"How many three-digit integers $w$ solve $3w \equiv 2 \pmod{11}$?", "82"),
])
def test_solutions_of_a_congruence_in_a_range(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 3^-1 = 9, 4^-1 = 10 and 6^-1 = 11 modulo 13 (30 = 26 + 4); 7^-1 = 3 modulo 20;
    # 4^-1 = 7 modulo 9; 23 * 45 * 67 = 7 * 5 * 3 = 105 = 1 (mod 8); 5 * 25 = 125 = 4 * 31 + 1
    (r"Evaluate $3^{-1} + 4^{-1} + 6^{-1} \pmod{13}$. Give your answer as an integer between 0 "
     r"and 12.", "4"),
    (r"Find $3 \cdot 7^{-1} \pmod{20}$.", "9"),
    (r"Compute $2^{-2} \pmod{9}$.", "7"),
    (r"Find the residue of the product $23 \cdot 45 \cdot 67$ modulo 8.", "1"),
    (r"What is the modulo $7$ residue of $100 + 3 \cdot 20$?", "6"),
    ("Determine the modular inverse of 5 mod 31. Give your answer as an integer between 0 and "
     "30.", "25"),
])
def test_values_modulo_m(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 495 = 11 * 45, so 501 = 6 (mod 11); 89 = 6 * 14 + 5; 51, 59, ..., 243: (243 - 51) / 8 + 1
    ("Find the smallest positive integer greater than 500 that is congruent to 6 (mod 11).",
     "501"),
    (r"Find the greatest two-digit number which is congruent to $5 \pmod{14}$.", "89"),
    ("How many integers from 50 through 250 are congruent to 3 (mod 8)?", "25"),
])
def test_congruent_to_as_a_condition(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 17 = 7 * 2 + 3 = 5 * 3 + 2, odd; lcm(3, 7, 8) + 2 = 170; 9 * 6 = 54; 11 * 37 = 407;
    # 7 * 3, 7 * 13, 7 * 23 = 21, 91, 161; lcm(6, 8) = 24 and 24 * 416 = 9984
    ("Find the least positive integer that leaves a remainder of 3 when divided by 7, leaves a "
     "remainder of 2 when divided by 5, and is odd.", "17"),
    ("Find the smallest positive integer that is greater than 2 and has a remainder of 2 when "
     "divided by 3, 7 and 8.", "170"),
    ("Find the least positive multiple of 9 that has a units digit of 4.", "54"),
    ("Find the least positive multiple of 11 that ends in 07.", "407"),
    ("How many multiples of 7 between 1 and 200 have a ones digit of 1?", "3"),
    ("What is the largest four-digit integer that is a multiple of both 6 and 8?", "9984"),
])
def test_remainder_and_last_digit_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # -5 and 4 both lie in the range
    r"Determine the integer $q$ satisfying $q \equiv 4 \pmod{9}$, where $-10 \le q \le 10$.",
    r"What is $2^{-1} + 4^{-1} \pmod{8}$?",  # no inverse of 2 modulo 8
    # an answer range that is not 0 to 12
    r"Compute $3^{-1} + 2 \pmod{13}$. Give your answer as an integer between $1$ and $13$.",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 13 * 17 * 19 = 4199; 6^3 * 7^2 = 216 * 49 = 10584; 123 * 456 + 789 = 56877;
    # 17 * 23 * 29 = 11339; 2000005 = 13 * 153846 + 7
    (r"Give the rightmost two digits of the product $13 \cdot 17 \cdot 19$.", "99"),
    (r"What is the unit digit when $6^{3} \cdot 7^{2}$ is expanded?", "4"),
    (r"Compute the sum of the tens digit and the units digit of $123 \cdot 456 + 789$.", "14"),
    # 3^{12} = 531441: 4 + 1; 7^4 = 2401 = 1 (mod 100), so 7^{42} = 49 (mod 100): 4 + 9
    (r"What is the sum of the last two digits of $3^{12}$?", "5"),
    (r"Find the sum of the rightmost two digits of $7^{42}$.", "13"),
    (r"Determine the digit in the tens place of $17 \cdot 23 \cdot 29$.", "3"),
    ("Find the remainder of 2000005 upon division by 13.", "7"),
])
def test_digits_and_remainders_in_other_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # gcd * lcm = product: 6 * 180 / 36 = 30 (gcd(36, 30) = 6, lcm = 180); 8 * 96 = 768
    ("If one of the numbers is 36, the gcd of two numbers is 6 and their lcm is 180, find the "
     "other number.", "30"),
    ("The gcf of the two positive numbers is 8 and the lcm is 96. Find the product of the two "
     "numbers.", "768"),
    # the product with the gcd or the lcm: 500 = 10 * 50 = 20 * 25 (gcd 5, lcm 100 both);
    # 500 / 100 = 5; 20 * 35 = 700 with gcd 5: the other of 35 is 20 (lcm 140)
    ("The product of two positive integers is 500 and their greatest common divisor is 5. "
     "What is their least common multiple?", "100"),
    ("The product of two numbers is 500 and their lcm is 100. Find their gcd.", "5"),
    ("The product of two numbers is 700 and their gcd is 5. If one of the numbers is 35, what "
     "is the other?", "20"),
    ("The greatest common divisor of two integers is 5 and their least common multiple is 140. "
     "If one of the integers is 35, what is the other?", "20"),
    # a ratio in lowest terms p : q makes the numbers p k and q k with gcd k and lcm p q k:
    # 20k = 140 gives k = 7 (28 and 35); 6:9 is 2:3, lcm 6 * 5 = 30; 12 k^2 = 300, k = 5
    ("If the least common multiple of $P$ and $Q$ is $140$, and the ratio of $P$ to $Q$ is "
     "$4:5$, then what is their greatest common divisor?", "7"),
    ("If the greatest common divisor of $u$ and $v$ is $5$ and the ratio of $u$ to $v$ is "
     "$6:9$, what is their least common multiple?", "30"),
    ("The product of $m$ and $n$ is $300$ and the ratio of $m$ to $n$ is $3:4$. What is the "
     "greatest common divisor of $m$ and $n$?", "5"),
    ("The ratio of two numbers is 3:7 and their greatest common divisor is 4. What is their "
     "least common multiple?", "84"),
])
def test_two_numbers_from_their_gcd_and_lcm(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 4 does not divide 90: no such numbers
    "The gcf of the two integers is 4 and 90 is their lcm. Find the product of the two integers.",
    # 6 * 180 / 42 is not whole
    "If one of the numbers is 42, the gcd of two numbers is 6 and their lcm is 180, find the "
    "other number.",
    # no two positive integers with gcd 3 multiply to 100 (9 does not divide it)
    "The product of two positive integers is 100 and their greatest common divisor is 3. What "
    "is their least common multiple?",
    # the product and the lcm are both given and the lcm is asked: nothing to find
    "The product of two numbers is 500 and their lcm is 100. Find their lcm.",
    # 12 does not divide 100: no k
    "If the least common multiple of $P$ and $Q$ is $100$, and the ratio of $P$ to $Q$ is "
    "$3:4$, then what is their greatest common divisor?",
    # 6 * 50 = 300 is not 6 times a square
    "The product of $m$ and $n$ is $300$ and the ratio of $m$ to $n$ is $2:3$. What is their "
    "greatest common divisor?",
    # three letters: a third number
    "The least common multiple of $a$ and $b$ is $60$ and the greatest common divisor of $a$ "
    "and $c$ is $4$. What is the product of $a$ and $b$?",
    # 7 does not divide 48: no such pair
    "The product of two numbers is 48 and their gcd is 2. If one of the numbers is 7, what is "
    "the other?",
])
def test_gcd_and_lcm_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 12 * 14 * 16 * 18 = 48384; 1 * 2 * ... * 8 = 40320; 14, 21, ..., 98: mean 56;
    # 4 * 8 * 12 * 16 = 6144
    ("Find the ones digit of the product of the even integers from 12 to 18.", "4"),
    ("Determine the ones digit in the product of all counting numbers less than 9.", "0"),
    ("Find the average of all the two-digit multiples of 7.", "56"),
    ("Compute the product of the multiples of 4 that are less than 20.", "6144"),
])
def test_products_and_means_of_integer_sets(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 16, 25, 36, 49, 64, 81 and 27, 64; 80 - (8 + 4 - 2); (6k)^2 < 2000: k <= 7;
    # 125, 343, 729; the sixth powers 1, 64, 729, 4096
    ("How many two-digit numbers are either perfect squares or perfect cubes?", "7"),
    ("How many integers between 1 and 80, inclusive, are neither a perfect square nor a perfect "
     "cube?", "70"),
    ("How many perfect squares are multiples of 18 and less than 2000?", "7"),
    ("How many odd perfect cubes are greater than 100 and less than 1000?", "3"),
    ("Find the largest integer less than 5000 that is a perfect square and a perfect cube.",
     "4096"),
    ("What is the greatest two-digit number that is a perfect square?", "81"),
])
def test_perfect_squares_and_cubes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find $4^{-1}$ modulo 21.", "16"),  # 4 * 16 = 64 = 3 * 21 + 1
    (r"What is $5^{-1}$ modulo 12?", "5"),  # 25 = 2 * 12 + 1
    (r"Compute $7^{-1} \bmod 10$.", "3"),  # 21 = 2 * 10 + 1
    (r"What is $3^{-1}$ mod 20, as a residue modulo 20?", "7"),  # 21 = 20 + 1
])
def test_an_inverse_written_with_its_modulus_in_words(problem, answer):
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


@pytest.mark.parametrize("problem", [
    r"Find $6^{-1}$ modulo 15.",  # 6 and 15 share 3: no inverse
    r"What is $5^{-1}$ modulo 12, as a residue modulo 13?",  # two moduli
])
def test_an_inverse_in_words_near_misses_decline(problem):
    assert solve_now(problem).answer is None
