"""Usual definitions of standard terms said before the question (`told_definitions`, tried
by the engine after the problem as written declines). Our own problems; answers worked by
hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.told_definitions import split_off


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 + 2 + 3 + 4 + 5 + 6 + 10 + 12 + 15 + 20 + 30
    ("A proper factor of a positive integer n is a factor of n other than n itself. Find the "
     "sum of the proper factors of 60.", "108"),
    # 36 has 9 divisors
    ("The proper divisors of a number are its divisors other than the number itself. How many "
     "proper divisors does 36 have?", "8"),
    # phi(50)
    ("Two integers are relatively prime if they have no common factors other than 1 or -1. "
     "How many positive integers less than 50 are relatively prime to 50?", "20"),
    # phi(36)
    ("Two positive integers are called relatively prime if their greatest common divisor is "
     "1. How many integers from 1 to 36 are relatively prime to 36?", "12"),
    # 11 + 13 + 17 + 19 + 23 + 29
    ("A prime number is a positive integer greater than 1 whose only divisors are 1 and "
     "itself. What is the sum of the primes between 10 and 30?", "112"),
    # abba with a + b a multiple of 3: 12 + 9 + 9
    ("A palindrome is an integer which reads the same backward and forward. For example, "
     "4554 and 373 are palindromes. How many four-digit palindromes are divisible by 3?", "30"),
    # aba with a = 1 to 4
    ("Palindromes are numbers that read the same backwards and forwards. How many palindromes "
     "are there between 100 and 500?", "40"),
    # 64, 81, ..., 225
    ("A perfect square is the square of an integer. How many perfect squares lie between 50 "
     "and 250?", "8"),
    # a closing note: 48 has 10 divisors
    ("How many proper divisors does 48 have? (Note: the proper divisors of a number are its "
     "divisors other than the number itself.)", "9"),
    # abba = 11 (91a + 10b)
    ("Find the largest number that divides every one of the four-digit palindromes. (Note: "
     "palindromes are integers that read the same backwards and forwards.)", "11"),
    # a reminder of the factorial with an example: 20 / 5 + 20 / 25 = 4 trailing zeros
    ("How many zeros does $20!$ end in? (Recall: $n!$ is the product of the integers from 1 "
     "to $n$; for example, $3! = 6$.)", "4"),
    # 10 / 3 + 10 / 9 = 4
    ("What is the exponent of 3 in the prime factorization of $10!$? (Reminder: the number "
     "$n!$ means the product of all the positive integers from 1 through $n$.)", "4"),
    # a reminder of the mean of two numbers: r = d + 16, r + d = 2 * 90
    ("Rita's quiz score was 16 points higher than Dan's, and the average of their two scores "
     "was 90. What was Rita's score? (Recall that the average of two numbers is their sum "
     "divided by 2.)", "98"),
    ("Rita's quiz score was 16 points higher than Dan's, and the mean of their two scores was "
     "90. What was Dan's score? (Note: the mean of two numbers is half their sum.)", "82"),
    # a reminder opening the problem: 1, 9, ..., 441 (the odd squares below 500)
    ("Recall that a perfect square is the square of some integer. How many odd perfect squares "
     "are less than 500?", "11"),
    # the term set in italics; 30512 + 91 = 30603
    ("A $\\textit{palindrome}$ is a number that reads the same forward as backward. For "
     "example, 434 and 2112 are palindromes. What is the least natural number that can be "
     "added to 30,512 to create a palindrome?", "91"),
    ("Remember that a \\emph{palindrome} is an integer that reads the same forwards and "
     "backwards. What is the smallest palindrome greater than 1000 that is divisible by 3?",
     "1221"),
])
def test_usual_definitions_are_read_past(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another base: not the usual meaning
    "Palindromes are numbers that read the same backwards and forwards in base 3. How many "
    "palindromes are there between 100 and 500?",
    # 'proper' defined another way
    "A proper factor of a positive integer n is a factor of n other than 1. Find the sum of "
    "the proper factors of 60.",
    # a factorial defined another way (a double factorial)
    "What is the exponent of 3 in $10!$? (Note: here $n!$ means the product of the odd "
    "integers from 1 to $n$.)",
])
def test_other_definitions_are_not_dropped(problem):
    assert split_off(problem) is None
    assert solve_now(problem).answer is None


def test_split_off_keeps_the_question_and_needs_the_term():
    assert split_off("A perfect square is the square of an integer. Is 49 a perfect square?") \
        == "Is 49 a perfect square?"
    # the term is not used after its definition: nothing to read past
    assert split_off("A perfect square is the square of an integer. What is 2 + 3?") is None
    assert split_off("What is the sum of the proper divisors of 12?") is None
