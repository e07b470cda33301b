"""The chance that an integer "chosen at random from 1 to N" has a property, the choice
said after the noun. Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2, 3, 5, 7, 11, 13, 17, 19 of 20
    ("What is the probability that a number chosen at random from 1 to 20 is prime?",
     "\\frac{2}{5}"),
    ("What is the probability that an integer selected at random from 1 to 50 is a multiple "
     "of 7?", "\\frac{7}{50}"),  # 7 of 50
    # the range named "the integers 1 through N": 1, 5, ..., 37 (10 of 40); 10 primes of 30
    ("A number is chosen at random from the integers 1 through 40. What is the probability "
     "that it is congruent to 1 modulo 4?", "\\frac{1}{4}"),
    ("An integer is picked at random from the integers 1 through 30. What is the probability "
     "that it is prime?", "\\frac{1}{3}"),
])
def test_chosen_after_the_noun(problem, answer):
    assert_solved(problem, answer)


def test_between_with_two_readings_is_declined():
    assert solve_now("What is the probability that a number chosen at random between 1 and 10 "
                     "is even?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(n) < 7 when n < 49: 10..48 of the 90 two-digit numbers, 39/90
    ("What is the probability that the square root of a randomly chosen two-digit whole "
     "number is less than seven?", "13/30"),
    # sqrt(n) > 5 when n > 25: 26..60 of 1..60, 35/60
    ("A whole number from 1 to 60 is chosen at random. What is the probability that its "
     "square root is greater than 5?", "7/12"),
    # sqrt(n) <= 4 when n <= 16: 16 of 1..40
    ("An integer from 1 to 40 is picked at random. What is the probability that its square "
     "root is at most 4?", "2/5"),
    # n^2 < 150 when n <= 12: 12 of 1..30
    ("A whole number from 1 to 30 is chosen at random. What is the probability that its "
     "square is less than 150?", "2/5"),
    # typed casually: sqrt(n) >= 8 when n >= 64: 64..99 of the 90, 36/90
    ("whats the probability that the square root of a random two-digit number is at least 8",
     "2/5"),
])
def test_square_root_or_square_compared(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another condition between the root and the comparison
    "A two-digit whole number is chosen at random. What is the probability that its square "
    "root is a whole number less than 8?",
    # a letter, not a number
    "A two-digit whole number is chosen at random. What is the probability that its square "
    "root is less than k?",
    # 'not less than' is not read by the comparison
    "What is the probability that the square root of a randomly chosen two-digit whole "
    "number is not less than seven?",
])
def test_square_root_near_misses_decline(problem):
    assert solve_now(problem).answer is None
