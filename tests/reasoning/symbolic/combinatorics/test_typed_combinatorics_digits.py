"""Integers counted by their digits (`combinatorics.digit_counts`): distinct or repeated digits,
every digit of a kind, a digit present or absent, with a parity, a multiple or a range, and
the same conditions as a probability for an integer picked at random. Our own problems; each
count is worked out by hand (the comment) and listed again here in plain Python."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(lo: int, hi: int, test) -> int:
    return sum(1 for v in range(lo, hi + 1) if test(str(v)))


def _distinct(s: str) -> bool:
    return len(set(s)) == len(s)


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # every digit of a kind: 5^3; 4 * 5 (first digit not 0); 4 * 4; 4 * 5^3
    ("How many three-digit numbers have all digits odd?", 125,
     _listed(100, 999, lambda s: all(c in "13579" for c in s))),
    ("How many 2-digit positive numbers have both of their digits even?", 20,
     _listed(10, 99, lambda s: all(c in "02468" for c in s))),
    ("Find how many 2-digit numbers have both digits prime.", 16,
     _listed(10, 99, lambda s: all(c in "2357" for c in s))),
    ("How many four-digit integers have only even digits?", 500,
     _listed(1000, 9999, lambda s: all(c in "02468" for c in s))),
    # a bound on each digit: 3^3 (7, 8, 9); a pair of digits: 2^6
    ("How many 3-digit integers have every digit greater than 6?", 27,
     _listed(100, 999, lambda s: all(c in "789" for c in s))),
    ("How many six-digit numbers have all digits either 1 or 2?", 64,
     _listed(100000, 999999, lambda s: set(s) <= {"1", "2"})),
])
def test_every_digit_of_a_kind(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # 9 * 9 * 8 * 7 in four wordings
    ("How many four-digit positive integers have digits that are all different?", 4536,
     _listed(1000, 9999, _distinct)),
    ("How many four-digit numbers have no two digits the same?", 4536,
     _listed(1000, 9999, _distinct)),
    ("Find the number of 4-digit integers with distinct digits.", 4536,
     _listed(1000, 9999, _distinct)),
    ("How many positive integers with 4 digits have no repeated digits?", 4536,
     _listed(1000, 9999, _distinct)),
    # with a parity: ends in 0 (9 * 8) or in 2, 4, 6, 8 (4 * 8 * 8)
    ("How many even positive integers between 100 and 999 have distinct digits?", 328,
     _listed(100, 999, lambda s: _distinct(s) and int(s) % 2 == 0)),
    # odd: last digit 5 ways, first 8, middle 8
    ("How many odd three-digit numbers have distinct digits?", 320,
     _listed(100, 999, lambda s: _distinct(s) and int(s) % 2 == 1)),
    # 14, 21, 28, 35, 42, 49, 56, 63, 70, 84, 91, 98 (77 repeats)
    ("How many two-digit numbers with distinct digits are multiples of 7?", 12,
     _listed(10, 99, lambda s: _distinct(s) and int(s) % 7 == 0)),
    # a repeated digit: 900 - 648; in 300-699: 400 - 4 * 9 * 8
    ("How many three-digit numbers have a repeated digit?", 252,
     _listed(100, 999, lambda s: not _distinct(s))),
    ("How many whole numbers from 300 to 699 have at least 2 digits that are identical?",
     112, _listed(300, 699, lambda s: not _distinct(s))),
])
def test_distinct_and_repeated_digits(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # 90000 - 9^5
    ("How many five-digit numbers include the digit 0 at least once?", 30951,
     _listed(10000, 99999, lambda s: "0" in s)),
    # 8 * 9 * 9 * 9
    ("How many four-digit numbers do not contain the digit 5?", 5832,
     _listed(1000, 9999, lambda s: "5" not in s)),
    # 7 * 8 * 8
    ("How many three-digit numbers have no digit 4 and no digit 8?", 448,
     _listed(100, 999, lambda s: "4" not in s and "8" not in s)),
    # 9 + 81 + 4 * 81
    ("How many of the integers from 1 to 500 contain no zeros?", 414,
     _listed(1, 500, lambda s: "0" not in s)),
])
def test_a_digit_present_or_absent(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "chance"), [
    # 648 of 900
    ("A three-digit number is chosen at random. What is the probability that its digits are all "
     "different?", r"\frac{18}{25}", Fraction(_listed(100, 999, _distinct), 900)),
    # 25 of the 90 integers 10-99
    ("A whole number between 10 and 99, inclusive, is picked at random. Find the chance that "
     "both of its digits are odd.", r"\frac{5}{18}",
     Fraction(_listed(10, 99, lambda s: all(c in "13579" for c in s)), 90)),
    # 11, 22, ..., 99 of 90
    ("A positive two-digit integer is selected at random. Find the probability that it has a "
     "repeated digit.", r"\frac{1}{10}", Fraction(_listed(10, 99, lambda s: s[0] == s[1]), 90)),
    # 1 - 5832 / 9000
    ("If a four-digit number is picked at random, what is the probability that it contains at "
     "least one 7?", r"\frac{44}{125}", Fraction(_listed(1000, 9999, lambda s: "7" in s), 9000)),
])
def test_picked_at_random(problem, answer, chance):
    top, bottom = answer.removeprefix("\\frac{").removesuffix("}").split("}{")
    assert chance == Fraction(int(top), int(bottom))
    assert_solved(problem, answer)


def _places(lo: int, hi: int, test) -> int:
    return sum(1 for n in range(lo, hi + 1) if test(list(map(int, str(n)))))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # a place equal to a digit, with a parity: 9 hundreds * 5 odd units
    ("How many odd three-digit numbers have a tens digit equal to 5?", "45",
     _places(100, 999, lambda d: d[2] % 2 and d[1] == 5)),
    # two places compared: 9 * 45 pairs with units above tens
    ("How many three-digit numbers have a units digit greater than the tens digit?", "405",
     _places(100, 999, lambda d: d[2] > d[1])),
    # the sum of two places, 'such that': 9 thousands * 6 pairs * 5 odd units
    ("What is the number of odd four-digit numbers such that the sum of the hundreds and tens "
     "digits is 5?", "270", _places(1000, 9999, lambda d: d[3] % 2 and d[1] + d[2] == 5)),
    # 'at least 3 times': tens 3..9 for hundreds 1 (7), 6..9 for 2 (4), 9 for 3 (1): 12 * 10
    ("In how many three-digit numbers is the tens digit at least 3 times the hundreds digit?",
     "120", _places(100, 999, lambda d: d[1] >= 3 * d[0])),
    # the leading digit and a product: 4-digit numbers whose first and last digits multiply to 12
    ("How many four-digit numbers have the property that the product of the first and last "
     "digits is 12?", str(_places(1000, 9999, lambda d: d[0] * d[3] == 12)),
     _places(1000, 9999, lambda d: d[0] * d[3] == 12)),
])
def test_digits_in_named_places(problem, answer, listed):
    assert str(listed) == answer
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a place the numbers do not have
    "How many two-digit numbers have a hundreds digit equal to 3?",
    # one place compared with itself
    "How many three-digit numbers have a tens digit greater than the tens digit?",
    # a count of different digits, not 'distinct digits'
    "How many four-digit integers have at most three different digits in them?",
    "How many three-digit numbers have exactly 2 distinct digits?",
    # integers below a bound with no lower end
    "How many integers less than 500 have distinct digits?",
    # 'the three digits' of a two-digit number
    "How many 2-digit integers have each of their 3 digits prime?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
