"""Conditions on a value computed from the integer sought (a rational function of it),
the digits an integer contains, and 'the least integer that can be added to N to give
...'. Read by the search, count and sum readers. Our own problems; the answers worked out
by plain Python listing (exact fractions, isqrt, trial division)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the least positive integer $w$ for which $63w$ is a perfect square.", "7"),
    ("Find the least positive integer $m$ for which $12m$ is a perfect square.", "3"),
    ("What is the smallest positive integer $k$ such that $k^2+k+1$ is divisible by $19$?", "7"),
    ("Name the least positive integer $d$ for which $20d$ is a perfect cube and $d$ is a "
     "perfect square.", "400"),
    ("What is the largest positive integer $n$ less than or equal to $50$ such that $n^2+4$ is "
     "prime?", "47"),
    ("How many integers $n$ with $1 \\le n \\le 40$ are there such that $n^3+1$ is a multiple of "
     "$7$?", "17"),
    ("What is the least positive integer $t$ such that $t^2 + t + 41$ is not prime?", "40"),
    # "results in" says "is": 4321 + 13 = 4334; 2718 = 7 * 388 + 2, so 5 more
    ("What is the smallest positive integer $x$ such that $x + 4321$ results in a palindrome?",
     "13"),
    ("What is the least positive integer that can be added to 4321 to result in a palindrome?",
     "13"),
    ("Find the smallest positive integer $y$ for which $y + 2718$ results in a multiple of 7.",
     "5"),
    # "a positive integer": the positive divisors of 36, whatever the sign of n allowed
    ("For how many positive integers $n$ is $\\frac{36}{n}$ also a positive integer?", "9"),
    ("For how many integers $n$ is $\\frac{36}{n}$ a positive integer?", "9"),
    # 12 / (n - 2) > 0 and whole: n - 2 in {1, 2, 3, 4, 6, 12}; the largest n is 14
    ("What is the largest integer $n$ such that $\\frac{12}{n - 2}$ is a positive integer?",
     "14"),
])
def test_properties_of_a_value(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 3r + 1 divides 42: 3r + 1 in {-14, -2, 1, 7}
    ("Determine the sum of the integers $r$ for which $\\frac{42}{3r+1}$ is itself an integer.",
     "-4"),
    # n + 1 divides n^2 + 5 exactly when it divides 6
    ("What is the largest integer $n$ for which $\\frac{n^2+5}{n+1}$ is an integer?", "5"),
    ("How many integers $n$ make $\\frac{n^2+5}{n+1}$ an integer?", "8"),
    ("For how many positive integers $n$ is $\\frac{n+15}{n-3}$ an integer?", "8"),
    # a divides 5a + 30 exactly when it divides 30
    ("How many positive integer values of $a$ are there for which $\\frac{5a+30}{a}$ is itself "
     "an integer?", "8"),
    # y - 2 divides 3y^2 + 2 exactly when it divides 14
    ("Compute the sum of the integers $y$ that make $\\frac{3y^2+2}{y-2}$ an integer.", "16"),
])
def test_quotients_that_are_integers(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the least positive integer $k$ for which $\\frac{k}{k+25}$ can be written as a "
     "terminating decimal.", "7"),
    ("How many integers $n$ with $1 \\le n \\le 30$ are there such that $\\frac{1}{n}$ is a "
     "terminating decimal?", "9"),
    ("How many positive integers $m$ less than 1000 contain the digit 6 and make $\\frac{3}{m}$ "
     "a terminating decimal?", "12"),
])
def test_terminating_decimals(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many three-digit integers contain the digit 6?", "252"),
    ("How many four-digit odd numbers less than 2000 include both the digits 4 and 9?", "27"),
    ("What is the largest three-digit multiple of 9 that does not contain the digit 9?", "882"),
    ("What is the sum of all two-digit primes that contain the digit 7?", "488"),
    ("What is the smallest four-digit multiple of 11 that has the digit 5?", "1045"),
    ("How many primes less than 100 have at least one digit equal to 1?", "8"),
])
def test_digits_contained(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the least positive integer which must be added to 6,014 so that the result is "
     "divisible by 11.", "3"),
    ("What is the smallest whole number that must be subtracted from 2023 to get a multiple of "
     "12?", "7"),
    ("What is the least whole number that should be subtracted from 8,120 to make a "
     "palindrome?", "2"),
    ("Find the smallest positive integer that can be added to 90 so that the sum is a perfect "
     "square.", "10"),
    ("What is the least positive integer that must be added to 1000 to give a number that is "
     "prime?", "9"),
])
def test_added_to_a_number(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many positive integers $m$ below 60 satisfy $m^2 \\equiv 4 \\pmod{5}$?", "24"),
    ("Find the sum of all positive integer solutions at most $40$ of the congruence "
     "$3(x+2) \\equiv 6 \\pmod{9}$.", "273"),
    ("What is the least positive integer $v$ such that $v^2 + v \\equiv 2 \\pmod{7}$ and $v$ is "
     "odd?", "1"),
    ("Find the largest two-digit integer that satisfies $4y + 3 \\equiv 7 \\pmod{9}$.", "91"),
    # x^3 - x = (x - 1) x (x + 1) is always a multiple of 6
    ("How many integers $z$ with $1 \\le z \\le 200$ are there such that $z^3 \\equiv z "
     "\\pmod{6}$?", "200"),
])
def test_congruences_as_conditions(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 0 = 1^2 - 1 is a multiple of 12 only if 0 counts: reads two ways
    "Find the least positive integer $b$ for which $b^2 - b$ is divisible by $12$.",
    # no bound: infinitely many candidates
    "Find the greatest integer $s$ for which $s^2 + 4$ is prime.",
    # an integer for every k but -2: infinitely many
    "Compute the sum of the integers $k$ for which $\\frac{3k+6}{k+2}$ is an integer.",
    # not bounded below: the search has nowhere to start
    "What is the smallest integer $n$ such that $3n$ is a perfect square?",
    # two letters: not a value of the integer sought alone
    "Find the least positive integer $c$ for which $c + d$ is divisible by $5$.",
    # the value is not a rational function of e
    "Find the least positive integer $e$ for which $3^e - 1$ is a multiple of $13$.",
    "Find the least positive integer that must be subtracted from 6,014 to give a happy number.",
    # a congruence in another letter than the one sought
    "How many positive integers $m$ below 60 satisfy $k^2 \\equiv 4 \\pmod{5}$?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "find the number of ..." and "determine how many ..." ask what "how many" asks
    ("Find the number of positive integers $m \\le 60$ such that $m^2 + 2$ is divisible by 3.",
     "40"),
    ("Determine how many positive integers $q \\le 90$ make $\\frac{q}{90}$ a terminating "
     "decimal.", "10"),
    ("Find the number of positive multiples of 7 that are less than 150.", "21"),
    # the property asked before the value ("is F ...", "have F ..."), the range in the name
    # (k^2 - k would be 0 at k = 1, and whether 0 counts as a multiple is declined)
    ("For how many positive integers $k$ less than or equal to 45 is $k^2 + k$ a multiple of "
     "4?", "22"),
    ("How many positive integers $a < 30$ have $a^2 + a + 1$ divisible by 7?", "8"),
    # "are such that", "are there such that" after the name or a bound
    ("How many positive integers $d$ are such that $\\frac{84}{d}$ is an integer?", "12"),
    ("How many positive integers $r$ below 50 are there such that $r^2 + 1$ is divisible by "
     "5?", "20"),
])
def test_counts_asked_in_other_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 2^n + 1 is not a rational function of n
    "Find the number of positive integers $n \\le 100$ such that $2^n + 1$ is divisible by 3.",
    # no upper bound: infinitely many
    "Find the number of positive integers $n$ such that $n^2 + n$ is divisible by 6.",
    # the range names another letter than the value uses
    "How many positive integers $m \\le 40$ have $k^2 + 1$ divisible by 5?",
])
def test_counts_asked_in_other_words_decline_what_they_cannot_bound(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a value that factors is prime only where a factor is 1 or -1: x^2 - 9 = (x - 3)(x + 3)
    # gives 7 at x = 4 and x = -4; (n - 1)(n - 2) is 2 at n = 3 (and at n = 0, not positive)
    ("For how many integers $x$ is $x^2 - 9$ prime?", "2"),
    ("For how many positive integers $n$ is $n^2 - 3n + 2$ a prime number?", "1"),
    # n^3 - 1 = (n - 1)(n^2 + n + 1): 7 at n = 2 only
    ("For how many positive integers $n$ is $n^3 - 1$ prime?", "1"),
    # a square: (n + 3)^2 + 11 = m^2 gives (m - n - 3)(m + n + 3) = 11, n = 2;
    # (n + 6)^2 - 35 = m^2: n = 12, 0, -12, -24; (2k + 5)^2 - 25 = (2m)^2: k = 4 (and 0);
    # (2n + 1)^2 + 16 = m^2: n = 1 (25)
    ("Find the sum of all positive integers $n$ such that $n^2 + 6n + 20$ is a perfect square.",
     "2"),
    ("How many integers $n$ make $n^2 + 12n + 1$ a perfect square?", "4"),
    ("Find the sum of all positive integers $k$ such that $k^2 + 5k$ is a perfect square.", "4"),
    ("For how many positive integers $n$ is $4n^2 + 4n + 17$ a perfect square?", "1"),
    # (n + 10)^2 - 89 = m^2: 89 is prime, n + 10 = 45
    ("Find the largest integer $n$ for which $n^2 + 20n + 11$ is a perfect square.", "35"),
    # the size of a value: |(n - 2)(n - 6)| is 5, 3, 3, 5 at n = 1, 3, 5, 7;
    # |(x - 3)(x + 3)| is prime at x = 4, 2, -2, -4; |(2n - 1)(n - 3)| is 3 at n = 0
    ("What is the greatest integer $n$ such that $|n^2 - 8n + 12|$ is prime?", "7"),
    ("For how many integers $x$ is $|x^2 - 9|$ a prime number?", "4"),
    ("What is the least integer $n$ such that $|2n^2 - 7n + 3|$ is prime?", "0"),
])
def test_values_bounded_by_their_algebra(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # n^2 + 1 does not factor: no bound (whether infinitely many are prime is open)
    "For how many positive integers $n$ is $n^2 + 1$ prime?",
    # (n + 4)^2 is a square for every n: infinitely many
    "How many positive integers $n$ make $n^2 + 8n + 16$ a perfect square?",
    # the leading coefficient 2 is not a square: a Pell equation, infinitely many
    "How many positive integers $n$ make $2n^2 + 1$ a perfect square?",
    # |f| a square also when f is minus a square: not the bound for f = m^2
    "For how many integers $n$ is $|n^2 - 4n|$ a perfect square?",
    # a linear value is a square infinitely often
    "For how many positive integers $n$ is $3n + 1$ a perfect square?",
])
def test_values_that_the_algebra_does_not_bound_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # n + 5 | n^2 + 7 iff n + 5 | 32: n + 5 in {8, 16, 32}
    ("For how many positive integers $n$ does $n+5$ divide $n^2+7$?", "3"),
    ("Find the sum of all positive integers n such that n + 5 divides n^2 + 7.", "41"),
    # n + 1 | n^2 + 3 iff n + 1 | 4: the integers -5, -3, -2, 0, 1, 3; the least is -5
    ("What is the smallest integer $n$ such that $n+1$ divides $n^2+3$?", "-5"),
    ("What is the product of all positive integers $n$ such that $n+1$ divides $n^2+3$?", "3"),
    # k - 3 | k^3 + 2 iff k - 3 | 29: k - 3 in {-29, -1, 1, 29}
    ("For how many integers $k$ does $k-3$ divide $k^3+2$?", "4"),
    ("What is the largest positive integer $t$ for which $t+8$ is a divisor of $t^2+40$?",
     "96"),
    # a number divides the value: n^2 + 1 divisible by 13 at n = 5, 8, 18, 21, ...
    ("What is the smallest positive integer $n$ such that $13$ divides $n^2+1$?", "5"),
    ("How many positive integers $n$ less than 30 are such that $13$ divides $n^2 + 1$?", "4"),
    # the name itself divides: n | 3n + 20 iff n | 20
    ("For how many positive integers n does n divide 3n + 20?", "6"),
    ("Find the number of positive integers $m$ such that $m$ is a factor of $m^2 + 18$.", "6"),
])
def test_one_value_dividing_another(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # n + 4 divides n^2 - 16 for every n: no finite count
    "For how many positive integers $n$ does $n+4$ divide $n^2-16$?",
    # two letters
    "For how many positive integers $n$ does $n+m$ divide $n^2+6$?",
])
def test_one_value_dividing_another_near_misses_decline(problem):
    assert solve_now(problem).answer is None
