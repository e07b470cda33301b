"""Divisor sums and counts, the largest prime factor, the gcd and the lcm read by
`number_theory.integer_asks` in many wordings: a textbook one, a terse one, the clauses
reordered, a short story, and the maths in another form (word numbers, a possessive, an
expression, thousands separators); plus near misses that must decline. Our own problems,
answers worked out by hand from the factorisations."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 42 = 2 3 7: 3 4 8; 50 = 2 5^2: 3 31; 18: 3 13; 20: 7 6; 45: 13 6; 63: 13 8; 44: 7 12
    ("What do all of the positive divisors of 42 sum to?", "96"),
    ("Add up every positive divisor of 50.", "93"),
    ("Compute the total of the positive factors of 18.", "39"),
    ("Of all positive divisors of 20, what is their sum?", "42"),
    ("When the positive divisors of 45 are added together, what is the result?", "78"),
    ("The positive divisors of 63 add up to what?", "104"),
    ("Nora writes down every positive divisor of 44 and adds them up. What total does she get?",
     "84"),
    # 28: 56; 56 = 2^3 7: 15 8; 1210 = 2 5 11^2: 3 6 133
    ("What do the positive divisors of twenty-eight add up to?", "56"),
    (r"Add together the positive factors of $7 \cdot 2^3$.", "120"),
    ("Total up the positive divisors of 1,210.", "2394"),
])
def test_divisor_sums(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 1309 = 7 11 17; 3135 = 3 5 11 19; 910 = 2 5 7 13; 1547 = 7 13 17; 2002 = 2 7 11 13;
    # 3^4 - 1 = 80 = 2^4 5; 999 = 3^3 37; 4199 = 13 17 19
    ("Which prime factor of 1309 is largest?", "17"),
    ("Find the greatest prime factor of 3135.", "19"),
    ("Of all the prime factors of 910, which is the largest?", "13"),
    ("Among the primes that divide 1547, which is the biggest?", "17"),
    ("Priya lists the prime factors of 2002. What is the largest of them?", "13"),
    (r"Compute the biggest prime dividing $3^4 - 1$.", "5"),
    ("What is 999's largest prime factor?", "37"),
    ("What is the largest prime that divides 4199?", "19"),
])
def test_largest_prime_factors(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Among the common divisors of 90 and 126, which is the greatest?", "18"),
    ("Find the GCF of 56 and 84.", "28"),
    ("For 54 and 72, what is their greatest common factor?", "18"),
    ("84 and 120: what is their GCD?", "12"),
    ("What is the largest number dividing both 45 and 75?", "15"),
    ("What is the highest common factor of forty and sixty?", "20"),
    ("1,260 and 1,050 have what greatest common divisor?", "210"),
    ("Leo computes the greatest common divisor of 64 and 80. What does he get?", "16"),
    ("Compute the GCF of 60, 36 and 24.", "12"),
])
def test_gcds(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # gcd(36, 60) = 12 = 2^2 3: 6 divisors summing to 28; gcd(40, 100) = 20: 6 divisors
    ("For 36 and 60, count their positive common divisors.", "6"),
    ("36 and 60 share common divisors. What is their sum?", "28"),
    ("Count the common factors of 40 and 100.", "6"),
    ("Of the positive common multiples of 25 and 10, which is smallest?", "50"),
])
def test_common_divisors_and_multiples(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("21 and 14 have what least common multiple?", "42"),
    ("Find the LCM of 9, 12 and 15.", "180"),
    ("For 8 and 10, what is their least common multiple?", "40"),
    ("6 and 15: what is their lowest common multiple?", "30"),
    ("Which smallest positive whole number is divisible by each of 20 and 12?", "60"),
    ("What is the least common multiple of sixteen and twenty-four?", "48"),
    ("Ravi computes the least common multiple of 18 and 27. What does he get?", "54"),
    ("Of 4 and 22, which number is their least common multiple?", "44"),
])
def test_lcms(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 72 = 2^3 3^2: 4 3; 100: 3 3; 48 = 2^4 3: 5 2; 60: 3 2 2; 30: 2 2 2
    ("How many positive divisors does 72 have?", "12"),
    ("Count the positive factors of 100.", "9"),
    ("Forty-eight has how many positive divisors?", "10"),
    ("How many positive integers divide 60 evenly?", "12"),
    ("Kim lists every positive divisor of 30. How many numbers does she list?", "8"),
    (r"$3^2 \cdot 2^3$ has how many positive factors?", "12"),
    ("Of all the positive divisors of 100, how many are there?", "9"),
    ("The number sixty has how many positive divisors?", "12"),
])
def test_divisor_counts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # sigma(200) = 15 31 = 465 = 3 5 31;
    # sigma(50) = 3 31 = 93; 720 = 2^4 3^2 5 has 30 divisors and sigma(30) = 72
    ("What is the number of different prime divisors of the sum of all positive factors of 200?",
     "3"),
    (r"Suppose $M$ denotes the sum of the positive factors of 98. Find the number of different "
     r"prime divisors of $M$.", "2"),  # sigma(98) = 3 57 = 3^2 19
    ("Which prime factor of the sum of the positive divisors of 50 is largest?", "31"),
    ("Add up the positive divisors of the number of positive divisors of 720.", "72"),
])
def test_questions_about_divisor_aggregates(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Suppose $M$ denotes the sum of the positive factors of 98. Find the largest prime divisor "
    r"of $N$.",
    "Add the two biggest factors of 36 together.",  # a count it does not read
    "Which positive divisors of 36 are even?",  # a list, not a number
    "The gcd of 12 and a number is 4. What is the number?",  # the unknown is the number
    "What number has positive divisors that add up to 28?",
    "Sam lists every divisor of 36 except 36 itself and adds them up. What does he get?",
    "Find the gcd of 12 and 18 plus the lcm of 4 and 6.",
    "What is the sum of the divisors of 36 and of 48?",
    "What is the smallest number divisible by both 6 and 8?",  # 0 is divisible by both
    "What is the smallest common multiple of 6 and 8 that is above 100?",
    "How many common multiples do 6 and 8 have?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
