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
