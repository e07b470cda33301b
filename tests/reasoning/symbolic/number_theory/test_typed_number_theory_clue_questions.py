"""The integer that clues describe, asked in other ways than the search reader's own
question: clue stories ("It is ...", "My number ...", "The sum of its digits ..."), a letter
described and asked back ("Suppose $w$ is ...", "Determine $q$ if $q$ is ..."), "Name a
positive integer that ...", and a square or cube root between two decimals. Our own
problems; each answer found by plain listing."""

from __future__ import annotations

from math import gcd, lcm

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _only(test, lo, hi):
    found = [n for n in range(lo, hi + 1) if test(n)]
    assert len(found) == 1, found
    return str(found[0])


def _digit_sum(n):
    return sum(map(int, str(n)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("Omar's lucky number is more than 30 and less than 90. It is divisible by 7 and it is odd. "
     "The sum of its digits is a multiple of 4. What is Omar's lucky number?",
     _only(lambda n: n % 7 == 0 and n % 2 and _digit_sum(n) % 4 == 0, 31, 89)),
    ("Priya has a number in mind. She offers these three clues: It is a multiple of 12. It has "
     "25 as a factor. It is less than 400 and greater than 250. What number does Priya have in "
     "mind?", _only(lambda n: n % 25 == 0 and n % 12 == 0, 251, 399)),
    ("Dev picked an integer from 60 to 120. It is a multiple of 9. The sum of its digits is 18. "
     "Find Dev's number.", _only(lambda n: n % 9 == 0 and _digit_sum(n) == 18, 60, 120)),
    ("Ines's secret number is between 100 and 150. This number is a multiple of 13. It is a "
     "multiple of 4 as well. What is her number?", None),
])
def test_clue_stories(problem, answer):
    if answer is None:  # "as well" is not read: the story is left alone
        assert solve_now(problem).answer is None
    else:
        assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Suppose $w$ is a positive multiple of 9 with $w^2 > 500$ and $w < 30$. Determine $w$.",
     _only(lambda n: n % 9 == 0 and n * n > 500, 1, 29)),
    ("Given that $t$ is a positive multiple of 7 and $t^2 < 300$ and $t > 10$, what is the "
     "value of $t$?", _only(lambda n: n % 7 == 0 and n * n < 300, 11, 300)),
    ("If $p$ is a prime, $p$ leaves a remainder of 3 when divided by 4, and $p$ is from 20 to 30, "
     "find $p$.", "23"),
    ("Determine $q$ if $q$ is a perfect cube that is a multiple of 5 and less than 500.", "125"),
    ("Name a positive integer that is between 200 and 210 and is divisible by 17.", "204"),
    ("Name a positive integer whose square root lies between 30 and 30.1 and which is a "
     "multiple of 7.", _only(lambda n: n % 7 == 0 and 900 < n < 906.01, 1, 1000)),
    ("Give a positive integer that is a multiple of 11 and has a cube root between 7 and 7.1.",
     _only(lambda n: n % 11 == 0 and 343 < n < 357.911, 1, 400)),
    ("Compute the least positive $c$ such that $c$ is divisible by 8 and $c$ is divisible by "
     "12.", "24"),
    ("What is the greatest positive $d$ for which $d$ is a divisor of 90 and $d$ is odd?", "45"),
])
def test_letters_and_other_questions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 35, 49, 63 and 77 are all odd multiples of 7 in range
    "Omar's lucky number is more than 30 and less than 90. It is divisible by 7 and it is odd. "
    "What is Omar's lucky number?",
    # four clues promised, three given
    "Priya has a number in mind. She offers these four clues: It is a multiple of 12. It has 25 "
    "as a factor. It is less than 400 and greater than 250. What number does Priya have in "
    "mind?",
    # 343 = 7^3 is itself a multiple of 7: with or without the end, two answers
    "Give a positive integer that is a multiple of 7 and has a cube root between 7 and 7.1.",
    # 27 and 36 both qualify
    "Suppose $w$ is a positive multiple of 9 with $w^2 > 500$ and $w < 40$. Determine $w$.",
    # the letter asked is not the one described
    "Suppose $w$ is a positive multiple of 9 and $w < 10$. Determine $v$.",
    # 64 and 100
    "Determine $q$ if $q$ is a perfect square that is a multiple of four and from 50 to 110.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def _is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


@pytest.mark.parametrize(("problem", "answer"), [
    # the number of digits said after the noun, as a condition
    ("How many perfect cubes are four-digit and even?",
     str(sum(1 for r in range(10, 22) if r**3 % 2 == 0))),
    ("How many primes are two-digit and end in 3?",
     str(sum(1 for p in range(13, 100, 10) if _is_prime(p)))),
    ("Count the multiples of 9 that have three digits: how many multiples of 9 have three "
     "digits?", None),
    ("What is the least prime that has three digits and leaves a remainder of 2 when divided "
     "by 5?", str(min(p for p in range(100, 1000) if p % 5 == 2 and _is_prime(p)))),
])
def test_digits_said_as_a_condition(problem, answer):
    if answer is None:  # two questions in one: left alone
        assert solve_now(problem).answer is None
    else:
        assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("The gcd of 18 and an unknown integer between 40 and 50 is 9. Find the integer.",
     _only(lambda n: gcd(n, 18) == 9, 41, 49)),
    ("What integer between 40 and 50 has a greatest common divisor with 18 of 9?",
     _only(lambda n: gcd(n, 18) == 9, 41, 49)),
    ("The least common multiple of 10 and a certain integer from 20 to 30 is 110. Find that "
     "integer.", _only(lambda n: lcm(n, 10) == 110, 20, 30)),
])
def test_a_gcd_or_lcm_with_a_given_number(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 40 and 56
    "The gcf of 16 and one whole number between 30 and 60 is 8. Name that number.",
    # 21 and 28
    "The least common multiple of 12 and a certain number between 20 and 30 is 84. What is the "
    "number?",
])
def test_a_gcd_or_lcm_with_two_answers_declines(problem):
    assert solve_now(problem).answer is None


def _primes_of(n):
    return {d for d in range(2, n + 1) if n % d == 0 and _is_prime(d)}


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the smallest positive integer that is divisible by four different primes.",
     str(min(n for n in range(1, 1000) if len(_primes_of(n)) >= 4))),
    ("What is the least three-digit integer divisible by three distinct primes?",
     str(min(n for n in range(100, 1000) if len(_primes_of(n)) >= 3))),
    ("Determine the least positive odd integer having exactly 3 different prime factors.",
     str(min(n for n in range(1, 1000, 2) if len(_primes_of(n)) == 3))),
    ("How many positive integers below 60 have exactly two different prime factors?",
     str(sum(1 for n in range(1, 60) if len(_primes_of(n)) == 2))),
])
def test_how_many_different_primes_divide_it(problem, answer):
    assert_solved(problem, answer)
