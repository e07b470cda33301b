"""Remainders, units digits and inverses modulo m read by `number_theory.remainder_asks` in
many wordings (textbook, terse, reordered clauses, a short story, other notation such as
word numbers, thousands separators and a possessive), and near misses that must decline.
Our own problems; answers worked out by hand (cycles of last digits, small products)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2347 = 9 260 + 7; 3^2 = 9 = 1 (mod 8) so 3^15 = 3; 815 = 13 62 + 9; 962 = 15 64 + 2
    ("What remainder do you get when 2,347 is divided by 9?", "7"),
    (r"Find the remainder of $3^{15}$ upon division by 8.", "3"),
    ("When 815 is divided by 13, what is left over?", "9"),
    ("962 divided by 15 leaves what remainder?", "2"),
    # 500 = 12 41 + 8; 100 = 7 14 + 2; 2^12 = 4096; 7000 = 64 109 + 24
    ("Ana divides 500 by 12. What remainder does she get?", "8"),
    ("Divide 500 by 12: how much is left over?", "8"),
    ("What is the remainder on dividing one hundred by seven?", "2"),
    (r"What is $2^{12}$ modulo 5?", "1"),
    ("Dividing 7,000 by 64 leaves what remainder?", "24"),
])
def test_remainders(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 9 14 ... 49 holds 24 (= 0 mod 6); 1 3 5 ... 19 is odd and holds 5; 2 4 ... 40 holds 18
    (r"Divide the product $4 \times 9 \times 14 \times \cdots \times 49$ by 6: what is left "
     "over?", "0"),
    (r"What is the last digit of $1 \times 3 \times 5 \times \cdots \times 19$?", "5"),
    (r"When $2 \cdot 4 \cdot 6 \cdot \ldots \cdot 40$ is divided by 9, what remainder results?",
     "0"),
    # two factors written after the dots, each checked against the pattern; 24 54 84 hold 3^3
    (r"What is left over when $4 \times 14 \times \cdots \times 84 \times 94$ is divided by 9?",
     "0"),
])
def test_products_with_dots(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # last digits cycle: 9: 9 1; 4: 4 6; 2: 2 4 8 6; 3: 3 9 7 1; 8: 8 4 2 6; 6: 6
    (r"Give the ones digit of $9^{13}$.", "9"),
    (r"Find the ones digit of $4^{11}$.", "4"),
    (r"When $2^{22}$ is written out, what is its units digit?", "4"),
    (r"In $3^{17}$, which digit is in the units place?", "3"),
    (r"$8^{9}$ ends in what digit?", "8"),
    (r"What is the final digit of $17 \cdot 19 \cdot 23$?", "9"),  # 7 9 3 = 189
    (r"Give the last digit of the product $12 \times 13 \times 14$.", "4"),
    (r"Which is the rightmost digit of $6^{25}$?", "6"),
])
def test_units_digits(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 7 = 28 = 27 + 1; 2 7 = 14; 3 7 = 21; 6 3 = 18; 5 9 = 45; 8 2 = 16; 7 3 = 21
    ("What is the modular inverse of 4 modulo 9?", "7"),
    ("Find the inverse of 2 mod 13.", "7"),
    ("Modulo 10, what is 3's inverse?", "7"),
    ("Working modulo 17, what is the multiplicative inverse of 6?", "3"),
    ("What is the inverse of five modulo eleven?", "9"),
    ("Modulo 15, 8 has which inverse? Give your answer as an integer from 0 to 14.", "2"),
    ("What is the inverse of 7 when working modulo 20?", "3"),
    ("Modulo 23, find the inverse of 5.", "14"),  # 5 14 = 70 = 69 + 1
])
def test_inverses(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Divide 1234 by 7 and then by 5; what is left over?",  # two divisors
    "Find what is left over when 1234 and 7 are each divided by 5.",
    "What is the inverse of 6 modulo 9?",  # 6 and 9 share 3: no inverse
    r"What is the units digit of $-3^{5}$?",  # digits of a negative number
    "How many numbers leave remainder 2 when divided by 7?",
    r"What is left over when $1 \times 3 \times \cdots \times 17 \times 21$ is divided by 4?",
    "Divide 500 by 12. How many full groups are there?",
    "What is the remainder when 1234 is divided by 7? Express your answer as an integer "
    "from 1 to 7.",  # not the least non-negative residue
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is the remainder of 2^50 / 3", "1"),  # 2 = -1 (mod 3), an even power
    ("the remainder of 2^50 / 3", "1"),
    ("what is the remainder of 100 / 7", "2"),  # 98 = 14 * 7
    ("find the remainder of 17 ÷ 5", "2"),
])
def test_the_division_written_as_one_piece(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "what is the remainder of 2^50 / 3 / 2",  # two divisions
    "what is the remainder of 7 / 2.5",  # not a whole divisor
    "what is the remainder of x / 3",
])
def test_the_division_as_one_piece_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
