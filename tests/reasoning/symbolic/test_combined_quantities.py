"""Sums, products, differences and ratios of quantities the engine finds one at a time
(`combined_quantities`, tried by the engine after the problem as written declines). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # gcd(42, 56) = 14, lcm(9, 15) = 45
    ("Find the sum of the gcd of 42 and 56 and the lcm of 9 and 15.", "59"),
    # 2401: the tail "of 7^4" is shared
    ("Find the sum of the units digit and the tens digit of $7^{4}$.", "1"),
    # 14 * 98: the plural noun is shared
    ("What is the product of the smallest and largest two-digit multiples of 7?", "1372"),
    # 100 = 7 * 14 + 2 = 9 * 11 + 1
    ("Compute the product of the remainder when 100 is divided by 7 and the remainder when "
     "100 is divided by 9.", "2"),
    # mean 35 / 5 = 7, median 6
    ("What is the sum of the mean and the median of the numbers 4, 6, 6, 8 and 11?", "13"),
    # 3 + 6 + 9 + 12 and 4 + 8 + 12 + 16
    ("Give the positive difference between the sum of the first four positive multiples of 3 "
     "and the sum of the first four positive multiples of 4.", "10"),
    # 1155 = 3 * 5 * 7 * 11: the plural noun is shared
    ("Compute the sum of the largest and smallest prime factors of 1155.", "14"),
    # the noun shared before a range: 23 + 59; 105 + 196 (multiples of 7 from 100 to 200)
    ("What is the sum of the smallest and largest prime numbers between 20 and 60?", "82"),
    ("Find the sum of the smallest and largest multiples of 7 between 100 and 200.", "301"),
    # "the" said twice: 2 + 37 (primes below 40); 18 * 99 (two-digit multiples of 9)
    ("What is the sum of the smallest and the largest prime numbers less than 40?", "39"),
    ("What is the product of the least and the greatest two-digit multiples of 9?", "1782"),
    # 2002 = 2 * 7 * 11 * 13
    ("What is the positive difference between the greatest and least prime factors of "
     "$2002$?", "11"),
    # lcm(8, 18) = 72, gcd(8, 18) = 2
    ("Determine the difference between the least common multiple of $8$ and $18$ and the "
     "greatest common divisor of $8$ and $18$.", "70"),
    # 36 has 9 divisors, 20 has 6
    ("What is the sum of the number of positive divisors of 36 and the number of positive "
     "divisors of 20?", "15"),
    # three parts: gcd(20, 50) = 10, lcm(4, 10) = 20, gcd(9, 6) = 3
    ("What is the sum of the gcd of 20 and 50, the lcm of 4 and 10, and the gcd of 9 and 6?",
     "33"),
    # lcm 36, gcd 3
    ("How much greater is the least common multiple of 9 and 12 than the greatest common "
     "divisor of 9 and 12?", "33"),
    # 2 + 4 + ... + 14 = 56, 1 + 3 + ... + 13 = 49
    ("By how much does the sum of the first seven positive even integers exceed the sum of "
     "the first seven positive odd integers?", "7"),
    # gcd 6, lcm 36: the tail "of 12 and 18" is shared
    ("What is the ratio of the gcd to the lcm of 12 and 18? Express your answer as a common "
     "fraction.", "1/6"),
    # mean 30 / 5 = 6, median 4
    ("Find the ratio of the mean to the median of the numbers 1, 4, 4, 9 and 12.", "3/2"),
    # parts that are one piece of maths each: 12 / 4 = 3 and 27 / 4
    ("Find the positive difference between $\\frac{3^2 + 3}{4}$ and $\\frac{3^2 \\cdot 3}{4}$.",
     "15/4"),
    # C(7, 2) = 21, C(7, 3) = 35
    ("What is the ratio of $\\binom{7}{2}$ to $\\binom{7}{3}$? Express your answer as a common "
     "fraction.", "3/5"),
    # (104 + 988) / 2: the plural noun is shared
    ("What is the arithmetic mean of the smallest and largest three-digit multiples of 13?",
     "546"),
    # (4 + 24) / 2
    ("What is the arithmetic mean of the gcd of 8 and 12 and the lcm of 8 and 12?", "14"),
    # (p - 5)(p + 2): the larger root 5 and the product -10 (once two near misses elsewhere)
    ("Compute the sum of the larger root and the product of the roots of $p^2 - 3p - 10 = 0$.",
     "-5"),
    # 100 has 9 divisors, 45 has 6
    ("How many more positive divisors does 100 have than 45?", "3"),
    # 700 = 1010111100 in base 2 (10 digits), 90 = 1011010 (7 digits)
    ("How many more digits does 700 have than 90 when both are written in base 2?", "3"),
])
def test_combined_quantities_are_found_part_by_part(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert any(s.rule == "put the parts together" for s in solution.steps)


def test_the_combining_step_states_a_checkable_claim() -> None:
    solution = solve_now("What is the product of the smallest and largest two-digit multiples "
                         "of 7?")
    assert solution.steps[-1].latex == r"14 \cdot 98 = 1372"
    # each part is named on its own last (checked) step, not on a step nothing could check
    assert sum("This is the smallest two-digit multiple of 7: $14$." in (s.hint or "")
               for s in solution.steps) == 1
    assert not any(s.rule == "name the part" for s in solution.steps)


@pytest.mark.parametrize("problem", [
    # "of 12 and 18 and 30": gcd(12, 18) + 30, or the gcd of three numbers? never split
    "What is the sum of the gcd of 12 and 18 and 30?",
    # which way round? lcm - gcd would be positive, but it is asked the other way
    "What is the difference between the gcd of 8 and 12 and the lcm of 8 and 12?",
    # asked the other way round: the gcd is not greater
    "How much greater is the gcd of 10 and 15 than the lcm of 10 and 15?",
    # fewer, not more
    "How many more positive divisors does 45 have than 100?",
    # a part that is not one number
    "What is the sum of the solutions of $x^2 = 9$ and the gcd of 4 and 6?",
    # "prime factors" counted with or without repeats: the part declines
    "What is the positive difference between the number of positive divisors of 48 and the "
    "number of prime factors of 48?",
    # a part nobody can find
    "What is the sum of the largest prime factor of 91 and the cost of the ticket?",
])
def test_unclear_combinations_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1200 has 11 binary digits (1024 <= 1200 < 2048), 200 has 8
    ("How many more digits does 1200 have than 200 when written in base 2?", "3"),
    # 1000 has 7 digits in base 3 (729 <= 1000), 100 has 5 (81 <= 100 < 243)
    ("How many more digits does 1000 have than 100 in base 3?", "2"),
    # 300 has 9 binary digits, 30 has 5
    ("How many more digits does 300 have than 30 in binary?", "4"),
])
def test_how_many_more_digits_in_one_base_for_both(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_how_many_more_digits_in_two_bases_declines() -> None:
    assert solve_now("How many more digits does 1000 have than 100 in base 3 and base "
                     "4?").answer is None
