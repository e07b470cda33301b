"""Integers described by more kinds of condition, read by the count, sum and search readers:
the number of divisors (odd, even, exactly k), not a multiple of k, a multiple of a or b,
relatively prime to k, the sum of the digits, 'has a and b as factors', 'no remainder',
'not exceeding' / 'at most', and 'the first n positive integers'. Our own problems; the
answers worked out by hand or plain Python listing."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the number of divisors is odd exactly for the perfect squares
    ("How many positive three-digit odd integers have an even number of divisors?", "439"),
    ("Find the greatest multiple of $3$ less than $500$ having an odd number of positive "
     "integer factors.", "441"),
    ("Find the sum of all even positive integers less than or equal to $100$ that have an odd "
     "number of factors.", "220"),
    ("How many positive integers at most $30$ have exactly $4$ positive divisors?", "9"),
    ("Find the smallest positive integer that has exactly six positive divisors and is a "
     "multiple of $5$.", "20"),
    ("Name the largest whole number less than $50$ that is not a multiple of $7$ and has "
     "exactly three positive divisors.", "25"),
])
def test_divisor_counts_as_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # multiples of 30 up to 200: 30, 60, ..., 180
    ("How many integers from $1$ to $200$ have both $6$ and $15$ as factors?", "6"),
    ("How many integers from $1$ to $80$ are divisible by either $4$ or $6$ and not divisible by "
     "$8$?", "17"),
    # 75/6 + 75/10 - 75/30, rounded down: 12 + 7 - 2
    ("How many of the $75$ smallest positive integers are multiples of $6$ or $10$?", "17"),
    ("How many of the $100$ smallest positive integers leave no remainder when divided by $7$?",
     "14"),
    ("How many positive integers less than $100$ are relatively prime to $12$?", "33"),
    ("How many whole numbers no greater than $250$ are congruent to $7$ modulo $12$?", "21"),
    # 'neither ... nor' with a parity: 50 odd numbers - 10 - 7 + 1 (35)
    ("How many odd integers from 1 to 99 are divisible by neither 5 nor 7?", "34"),
    # 150 - 18 - 12 + 6 (multiples of 24), the noun said twice
    ("How many whole numbers between 1 and 150, inclusive, are neither multiples of 8 nor "
     "multiples of 12?", "126"),
    # 90 - 22 - 15 + 8 (multiples of 12 from 12 to 96)
    ("How many two-digit numbers are divisible by neither 4 nor 6?", "61"),
    # 50 - 16 - 7 + 2
    ("How many integers from 1 to 50 are divisible by neither 3 nor 7?", "29"),
])
def test_divisibility_in_other_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 14 + 23 + 32 + 41 + 50
    ("What is the sum of all two-digit numbers whose digits add up to $5$?", "160"),
    ("How many three-digit numbers have digits that sum to $4$?", "10"),
    ("Find the least prime number with a digit sum of $16$.", "79"),
    ("Find the largest three-digit multiple of $4$ with a digit sum of $10$.", "820"),
])
def test_digit_sums_as_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # abcba is a multiple of 4 when the two-digit ba is: 20 choices of (a, b), 10 of c
    ("How many five-digit palindromes are multiples of $4$?", "200"),
    ("What is the largest three-digit palindrome that is a multiple of $7$?", "959"),
    ("A palindrome is a positive integer which reads the same forwards and backwards, such as "
     "$373$. Find the sum of all two-digit palindromes.", "495"),
    ("Find the greatest five-digit palindrome divisible by $6$.", "89898"),
    ("What is the smallest prime greater than $100$ that is a palindrome?", "101"),
    # digit products: 1 * 3 * 8 = 24; 26, 34, 43, 62
    ("Find the smallest four-digit even integer, the product of whose digits is $30$.", "1156"),
    ("How many two-digit numbers have a digit product of $12$?", "4"),
    ("Determine the largest two-digit integer with a digit product of $18$.", "92"),
])
def test_palindromes_and_digit_products(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # is 0 a palindrome? the count reads two ways
    "How many palindromes are less than $100$?",
    # negative integers have divisors too: which count?
    "Of the integers under $80$, how many have an odd number of divisors?",
    "How many integers are less than $80$ and have an odd number of divisors?",
    # three alternatives are not read
    "How many positive integers less than $100$ are multiples of $2$ or $3$ or $5$?",
    # no bound to search from
    "Find the greatest integer with exactly six divisors.",
    # digit sums of negative numbers read two ways
    "How many integers between $-50$ and $50$ have digits that add up to $5$?",
])
def test_unsafe_conditions_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # n = 3 (mod 60): 63 is the only two-digit one
    ("What two-digit positive integer leaves a remainder of $3$ when divided by each of $4$, "
     "$5$ and $6$?", "63"),
    # n = -1 (mod 990): 989
    ("Which three-digit number is one less than a multiple of $9$, $10$ and $11$?", "989"),
    ("What is the least positive multiple of $5$ that has remainder $1$ when divided by any "
     "integer $2$ through $4$?", "25"),
    ("Find the greatest integer below $400$ that gives a remainder of five when divided by "
     "$6$, $8$ or $12$.", "389"),
    # n + 2 a multiple of 264, n < 1000: 262, 526, 790
    ("How many three-digit integers are two less than a multiple of both $3$ and $8$ and also "
     "of $11$?", None),
    ("How many three-digit integers are two less than a multiple of each of $3$, $8$ and $11$?",
     "3"),
])
def test_remainders_on_several_divisors(problem, answer):
    if answer is None:
        assert solve_now(problem).answer in (None, "3")
    else:
        assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 39 and 75 both qualify: one is asked
    "What two-digit integer leaves a remainder of $3$ when divided by $4$, $6$ and $9$?",
    # a remainder as large as the divisor
    "What is the least positive integer with remainder $6$ when divided by each of $4$ and $7$?",
])
def test_one_integer_asked_declines_when_unsure(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the smallest positive integer $x$ which is greater than $1$ and relatively prime to "
     "$90$.", "7"),
    ("What is the largest integer $n$ such that $n$ divides $3^{12}$ and $n < 100$?", "81"),
    ("How many positive integers $k$ with $k \\le 60$ are multiples of $4$ or $6$?", "20"),
    # 31 + 37 + 41 + 43 + 47
    ("Find the sum of all integers $m$ such that $30 < m < 50$ and $m$ is prime.", "199"),
    ("Determine the least integer $t$ for which $t > 1$ and $t$ leaves remainder one when "
     "divided by $5$, $9$ or $4$.", "181"),
])
def test_the_integer_named_by_a_letter(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another letter's bound
    "What is the largest integer $n$ such that $m < 40$ and $n$ is a multiple of $6$?",
])
def test_conditions_not_on_the_named_integer_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1200 = 2^4 3 5^2: squares 1, 4, 16, 25, 100, 400
    ("How many perfect squares divide $1200$?", "6"),
    ("How many three-digit multiples of $9$ end with $7$?", "10"),
    # a square multiple of 60 = 2^2 * 3 * 5 needs 3^2 and 5^2
    ("Find the least positive square divisible by both $12$ and $15$.", "900"),
    # 64 and 4096
    ("How many even integers from $1$ to $5000$ are a square and also a cube?", "2"),
])
def test_squares_and_final_digits_in_more_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 17, 37, 47, 67, 97
    ("How many two-digit primes end in $7$?", "5"),
    # 41, 47, 53, 59, 71, 83, 89, 101, 107, 113
    ("How many primes from $40$ to $120$ leave a remainder of $5$ when divided by $6$?", "10"),
    ("How many prime numbers below $80$ are odd?", "21"),
])
def test_primes_counted_with_other_conditions(problem, answer):
    assert_solved(problem, answer)


def test_a_range_below_zero_asks_whether_negative_multiples_count():
    # -24, ..., 24 or only 8, 16, 24? the words do not say
    assert solve_now("How many multiples of $8$ are above $-30$ and under $30$?").answer is None
    assert_solved("How many positive multiples of $8$ are above $-30$ and under $30$?", "3")
    # integers are negative too: -9, -6, ..., 9
    assert_solved("How many integers over $-11$ and under $11$ are divisible by $3$?", "7")


@pytest.mark.parametrize(("problem", "answer"), [
    # a range of divisors: lcm(1..6) = 60, lcm(2..7) = 420, lcm(3..6) = 60
    ("What is the least positive integer divisible by each of the integers 1 through 6?", "60"),
    ("What is the smallest positive integer divisible by each of 1 through 9?", "2520"),
    ("Find the smallest positive integer that is a multiple of every integer from 2 to 7.",
     "420"),
    ("How many positive integers below 2000 are divisible by all of the numbers 3 through 6?",
     "33"),
    ("What is the greatest three-digit integer divisible by each of the integers 1 to 6?",
     "960"),
    # "have the property that" joins the name to its condition: the divisors of 30
    ("How many positive integers $k$ have the property that $\\frac{k + 30}{k}$ is an integer?",
     "8"),
])
def test_ranges_of_divisors_and_properties(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a range too long to take term by term
    "What is the least positive integer divisible by each of the integers 1 through 100?",
    # the range runs backwards
    "What is the least positive integer divisible by each of the integers 8 through 3?",
])
def test_ranges_of_divisors_decline_when_unreasonable(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # every digit odd or every digit even (worked out by listing in plain Python)
    ("What is the smallest two-digit prime whose digits are both odd?", "11"),
    ("How many three-digit positive integers have only odd digits?", "125"),
    ("How many two-digit numbers whose digits are both even are multiples of 4?", "12"),
    ("What is the largest three-digit multiple of 9 all of whose digits are odd?", "999"),
    ("How many two-digit numbers with even digits are prime?", "0"),
])
def test_digits_all_odd_or_all_even(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a sum of digits that is even is not every digit even
    "How many two-digit numbers with even digit sums are prime?",
    "How many two-digit numbers whose digits are odd in number are prime?",
])
def test_digit_parity_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "strictly between": the ends left out, so no second reading to agree with
    ("How many integers are strictly between 30 and 40?", "9"),
    ("How many primes are strictly between 40 and 60?", "5"),  # 41 43 47 53 59
    ("What is the sum of the integers strictly between 5 and 10?", "30"),  # 6 + 7 + 8 + 9
])
def test_strictly_between(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_strictly_between_and_inclusive_decline() -> None:
    assert solve_now("How many integers are strictly between 30 and 40, inclusive?").answer \
        is None
