"""Codes that are sequences of numbers or digits with a condition on some places
(`combinatorics.position_codes`). Our own problems; each count is the product, place by
place, worked out in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 odd, 10, 10, 5 even
    ("A bike lock code is a sequence of 4 digits. The first digit is odd and the last digit is "
     "even. How many codes are possible?", "2500"),
    # 20 even, 20 odd, 8 multiples of 5 in 1..40
    ("A locker combination is a sequence of three numbers, each from 1 to 40, inclusive. The "
     "first number is even, the second number is odd, and the third number is a multiple of 5. "
     "How many combinations are possible?", "3200"),
    # 8 primes, 5 multiples of 4, 10 odd in 1..20
    ("A code consists of three numbers, each between 1 and 20, inclusive. The first number is "
     "prime, the second is a multiple of 4 and the third is odd. How many codes are there?",
     "400"),
    # 2, 3, 5, 7; any; 7, 8, 9
    ("Nora has forgotten her bike lock code. It is a sequence of 3 digits. She knows that the "
     "first digit is prime and the middle digit is greater than 6. How many codes are possible?",
     "120"),
    # whose code it is: "could possibly be his"; 13 odd, 12 even, 8 multiples of 3 in 1..25
    ("Omar has forgotten his locker combination. It is a sequence of three numbers, each in the "
     "range from 1 to 25, inclusive. He knows that the first number is odd, the second number is "
     "even, and the third number is a multiple of 3. How many combinations could possibly be "
     "his?", "1248"),
    ("A password is a sequence of 5 digits. The last digit is odd. How many passwords are "
     "possible?", "50000"),
])
def test_position_codes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # repeats ruled out: not read
    "A code is a sequence of 4 digits with no digit repeated. The first digit is odd. How many "
    "codes are possible?",
    "A code is a sequence of 4 digits. The middle digit is odd. How many codes are possible?",
    "A code consists of three numbers, each between 1 and 20. The first number is prime. How "
    "many codes are there?",
    "A code is a sequence of 4 numbers. The first number is odd. How many codes are possible?",
    "A code is a sequence of 3 digits. The fifth digit is odd. How many codes are possible?",
    "A code is a sequence of 3 digits. The first digit is odd and the first digit is prime. How "
    "many codes are possible?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the length said with the question; 'cannot be 0 or 1' is neither: 8 * 10^6
    ("How many different 7-digit phone numbers are possible if the first digit cannot be 0 "
     "or 1?", "8000000"),
    ("How many 5-digit zip codes are possible if the first digit cannot be 0?", "90000"),
    ("How many different 4-digit PINs are possible?", "10000"),
    # 8 * 2 * 10
    ("How many 3-digit area codes are possible if the first digit cannot be 0 or 1 and the "
     "second digit must be 0 or 1?", "160"),
    # 5 odd first digits, 5 even last digits, 100 middles
    ("How many 4-digit passcodes are possible if the first digit must be odd and the last "
     "digit must be even?", "2500"),
])
def test_digit_codes_said_with_the_question(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a word about repeats is not read
    "How many 4-digit codes are possible if no digit is repeated?",
    # 'not 0 or 1' mixed with 'and'
    "How many 4-digit PINs are possible if the first digit cannot be 0 and 1?",
    # a place the code does not have
    "How many 3-digit codes are possible if the fifth digit cannot be 0?",
])
def test_digit_codes_declined(problem):
    assert solve_now(problem).answer is None
